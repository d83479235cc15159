package org.newsclip.html;

import org.jsoup.nodes.Element;

/** Lazy-loaded images: the real URL moved from {@code data-src}, {@code srcset} and the like into {@code src}. */
final class LazyImages {
    private LazyImages() {
    }

    /** Moves the real URL of a lazy-loaded image into {@code src}. */
    static void resolve(Element img) {
        if (usableSrc(img.attr("src")) && !img.hasAttr("data-src")) return;
        for (String attr : Vocabulary.LAZY_SRC_ATTRIBUTES) {
            String v = img.attr(attr).strip();
            if (v.isEmpty()) continue;
            String url = attr.endsWith("srcset") ? largestFromSrcset(v) : v;
            if (usableSrc(url)) {
                img.attr("src", url);
                return;
            }
        }
    }

    static boolean usableSrc(String src) {
        return !src.isBlank() && !Vocabulary.isPlaceholderSrc(src);
    }

    private static String largestFromSrcset(String srcset) {
        String best = "";
        double bestW = -1;
        for (String part : srcset.split(",\\s+")) {
            String[] bits = part.strip().split("\\s+");
            if (bits.length == 0 || bits[0].isEmpty()) continue;
            double w = 0;
            if (bits.length > 1) {
                try {
                    w = Double.parseDouble(bits[1].replaceAll("[^0-9.]", ""));
                } catch (NumberFormatException ignored) {
                    w = 0;
                }
            }
            if (w > bestW) {
                bestW = w;
                best = bits[0];
            }
        }
        return best;
    }
}
