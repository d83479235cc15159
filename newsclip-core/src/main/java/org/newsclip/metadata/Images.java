package org.newsclip.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsclip.model.Image;

import java.util.ArrayList;
import java.util.List;

/** The lead image and its declared variants: JSON-LD image/ImageObject arrays, og:image with sizes, twitter:image. */
final class Images {
    private static final java.util.regex.Pattern PX = java.util.regex.Pattern.compile("(?i)px$");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("\\d{1,5}(\\.0+)?");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private Images() {
    }

    /** Lead images, first the best, each with width and height where declared; role {@code lead}. */
    static List<Image> lead(JsonLd ld, JsonNode main, MetaTags meta, String baseUrl) {
        List<Image> out = new ArrayList<>();
        if (main != null) {
            for (JsonNode n : JsonLd.list(main.get("image"))) add(out, fromJson(ld.resolve(n), baseUrl));
            if (out.isEmpty()) for (JsonNode n : JsonLd.list(main.get("thumbnailUrl"))) add(out, fromJson(n, baseUrl));
        }
        addOpenGraph(out, meta, baseUrl);
        for (String k : new String[]{"twitter:image", "twitter:image:src"}) {
            for (String v : meta.all(k)) add(out, image(v, null, null, meta.first("twitter:image:alt") == null ? null
                    : meta.first("twitter:image:alt").value(), null, baseUrl));
        }
        if (out.isEmpty()) {
            String src = meta.linkHref("image_src");
            if (src != null) add(out, image(src, null, null, null, null, baseUrl));
        }
        return out;
    }

    /** og:image values in page order, each followed by its own :width/:height/:alt tags. */
    private static void addOpenGraph(List<Image> out, MetaTags meta, String baseUrl) {
        String url = null;
        Integer w = null;
        Integer h = null;
        String alt = null;
        for (MetaTags.Value v : meta.ordered()) {
            String k = v.key();
            if (k.equals("og:image") || k.equals("og:image:url") || k.equals("og:image:secure_url")) {
                if (url != null && !(k.equals("og:image:secure_url") || k.equals("og:image:url"))) {
                    add(out, image(url, w, h, alt, null, baseUrl));
                    w = null;
                    h = null;
                    alt = null;
                }
                if (url == null || k.equals("og:image")) url = v.value();
            } else if (k.equals("og:image:width")) w = integer(v.value());
            else if (k.equals("og:image:height")) h = integer(v.value());
            else if (k.equals("og:image:alt")) alt = v.value();
        }
        if (url != null) add(out, image(url, w, h, alt, null, baseUrl));
    }

    private static Image fromJson(JsonNode n, String baseUrl) {
        if (n == null) return null;
        if (!n.isObject()) return image(JsonLd.str(n), null, null, null, null, baseUrl);
        String url = JsonLd.str(n.get("url"));
        if (url == null) url = JsonLd.str(n.get("contentUrl"));
        if (url == null) url = JsonLd.str(n.get("@id"));
        String credit = JsonLd.nameOrText(n.get("creditText"));
        if (credit == null) credit = JsonLd.nameOrText(n.get("copyrightHolder"));
        if (credit == null) credit = JsonLd.nameOrText(n.get("author"));
        String caption = JsonLd.str(n.get("caption"));
        if (caption == null) caption = JsonLd.str(n.get("description"));
        return image(url, integer(JsonLd.str(n.get("width"))), integer(JsonLd.str(n.get("height"))), caption, credit,
                baseUrl);
    }

    static Image image(String url, Integer w, Integer h, String caption, String credit, String baseUrl) {
        if (url == null || url.isBlank() || url.startsWith("data:")) return null;
        return new Image(absolute(url.trim(), baseUrl), w, h, caption, credit, Image.LEAD);
    }

    /** Adds the image unless its URL is there; a later duplicate may add the size the first one lacked. */
    private static void add(List<Image> out, Image img) {
        if (img == null) return;
        for (int i = 0; i < out.size(); i++) {
            Image o = out.get(i);
            if (o.url().equals(img.url())) {
                if (o.width() == null && img.width() != null || o.caption() == null && img.caption() != null) {
                    out.set(i, new Image(o.url(), o.width() != null ? o.width() : img.width(),
                            o.height() != null ? o.height() : img.height(),
                            o.caption() != null ? o.caption() : img.caption(),
                            o.credit() != null ? o.credit() : img.credit(), Image.LEAD));
                }
                return;
            }
        }
        if (out.size() < 12) out.add(img);
    }

    static Integer integer(String s) {
        if (s == null) return null;
        String d = PX.matcher(s).replaceAll("").trim();
        if (!SIZE.matcher(d).matches()) return null;
        int v = (int) Double.parseDouble(d);
        return v > 0 ? v : null;
    }

    /** Resolves a URL against the page URL; unchanged when it cannot. */
    static String absolute(String url, String baseUrl) {
        if (url.startsWith("//")) return "https:" + url;
        if (baseUrl == null || baseUrl.isEmpty() || SCHEME.matcher(url).matches()) return url;
        try {
            return java.net.URI.create(baseUrl).resolve(url.replace(" ", "%20")).toString();
        } catch (RuntimeException e) {
            return url;
        }
    }
}
