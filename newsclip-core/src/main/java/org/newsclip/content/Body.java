package org.newsclip.content;

import org.jsoup.nodes.Element;
import org.newsclip.model.Image;

import java.util.List;

/**
 * The main content of a page: a detached, cleaned element whose children are structural blocks only (headings,
 * paragraphs, lists, block quotes, tables, preformatted code, figures), ready for the renderers.
 *
 * @param pageType {@code article}, {@code listing}, {@code homepage}, {@code product}, {@code forum} or
 *                 {@code other}
 * @param images   images found inside the content, role {@code body}
 */
public record Body(Element root, String pageType, List<Image> images, List<String> warnings) {
    public Body {
        images = images == null ? List.of() : List.copyOf(images);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
