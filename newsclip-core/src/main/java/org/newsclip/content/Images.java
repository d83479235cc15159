package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclip.model.Image;

import java.util.ArrayList;
import java.util.List;

/** Collects the body images of a content tree, with declared size and caption. */
final class Images {
    /** Parsed once: jsoup parses a query string on every call. */
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");

    private Images() {
    }

    static List<Image> of(Element root) {
        List<Image> images = new ArrayList<>();
        for (Element img : root.getElementsByTag("img")) {
            String src = img.attr("src");
            if (src.isEmpty() || images.stream().anyMatch(i -> i.url().equals(src))) continue;
            Element fig = img.closest(FIGURE);
            Element cap = fig == null ? null : fig.selectFirst(FIGCAPTION);
            String capText = cap == null ? "" : cap.text(); // built once
            String caption = capText.isBlank() ? null : capText;
            images.add(new Image(src, dim(img.attr("width")), dim(img.attr("height")), caption, null, Image.BODY));
        }
        return images;
    }

    static Integer dim(String v) {
        String s = v.strip();
        // as replaceAll("px$", ""), without a pattern compiled per call: where "$" would also match before a
        // trailing line terminator (one strip keeps, U+0085), the result holds a non-digit either way
        String d = s.endsWith("px") ? s.substring(0, s.length() - 2) : s;
        if (d.isEmpty() || !d.chars().allMatch(Character::isDigit) || d.length() > 6) return null;
        return Integer.valueOf(d);
    }
}
