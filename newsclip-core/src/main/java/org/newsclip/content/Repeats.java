package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsclip.html.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paragraphs that responsive layouts ship once per screen size: the block builder asks, for each paragraph it
 * builds, whether it repeats one built earlier. One instance serves one extraction.
 */
final class Repeats {
    /** The paragraphs built so far, by their count of non-blank characters (for {@link #isRepeat}). */
    private Map<Integer, List<Built>> seen;

    /** A paragraph repeated word for word from elsewhere is dropped when it has at least this many characters. */
    private static final int REPEAT_MIN_CHARS = 40;
    /** How many ancestors of a repeated paragraph are looked at for a screen-size class. */
    private static final int SCREEN_VARIANT_DEPTH = 5;

    /**
     * True if a built paragraph repeats, word for word, one built earlier, and one of the two copies sits in a
     * screen-size variant ("d-none d-md-block", "hidden-mobile"): responsive layouts ship the same text once per
     * screen size. A repeat without such a marker is the author's (a refrain, a repeated notice) and stays.
     */
    boolean isRepeat(Element src, Element built) {
        // keyed by the count of non-blank characters, a cheap pass; the hash of the characters, dearer (a multiply
        // per character), is computed only for paragraphs of equal count: most paragraphs have a count of their own
        int chars = nonBlankChars(built);
        if (chars < REPEAT_MIN_CHARS) return false;
        if (seen == null) seen = new HashMap<>();
        Built mine = new Built(src, built);
        List<Built> same = seen.get(chars);
        if (same == null) {
            same = new ArrayList<>(2);
            seen.put(chars, same);
        }
        Built first = null;
        for (int i = 0; i < same.size() && first == null; i++) {
            if (same.get(i).hash() == mine.hash()) first = same.get(i);
        }
        if (first == null) {
            same.add(mine); // the first paragraph with this text
            return false;
        }
        return (inScreenVariant(src) || inScreenVariant(first.src))
                && built.text().equals(first.built.text()); // the hash ignores spaces: confirm on the text
    }

    /** A built paragraph with its source, and the hash of its non-blank characters once asked for. */
    private static final class Built {
        final Element src;
        final Element built;
        private long hash;
        private boolean hashed;

        Built(Element src, Element built) {
            this.src = src;
            this.built = built;
        }

        long hash() {
            if (!hashed) {
                hash = textHash(built, 0);
                hashed = true;
            }
            return hash;
        }
    }

    /** The non-blank characters of the text under {@code e} (no string built). */
    private static int nonBlankChars(Element e) {
        int n = 0;
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) {
            Node c = e.childNode(ci);
            if (c instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    if (!Vocabulary.isSpace(s.charAt(i))) n++;
                }
            } else if (c instanceof Element ce) {
                n += nonBlankChars(ce);
            }
        }
        return n;
    }

    /** Folds the non-blank characters under {@code e} into the hash {@code h} (FNV-style): spaces do not count. */
    private static long textHash(Element e, long h) {
        for (int ci = 0, cn = e.childNodeSize(); ci < cn; ci++) {
            Node c = e.childNode(ci);
            if (c instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (!Vocabulary.isSpace(ch)) h = (h ^ ch) * 0x100000001b3L;
                }
            } else if (c instanceof Element ce) {
                h = textHash(ce, h);
            }
        }
        return h;
    }

    /** True if the element or one of its nearest ancestors is named as shown or hidden by screen size. */
    private static boolean inScreenVariant(Element e) {
        Element p = e;
        for (int i = 0; i < SCREEN_VARIANT_DEPTH && p != null; i++, p = p.parent()) {
            if (p.hasAttr("class") && Vocabulary.isScreenVariant(p.className())) return true;
        }
        return false;
    }
}
