package org.newsclip.page;

import java.util.List;

/**
 * A page's text after charset decoding.
 *
 * @param how how the charset was chosen: {@code bom}, {@code http}, {@code meta}, {@code detector}, {@code default}
 */
public record DecodedPage(String html, String charset, String how, List<String> warnings) {
    public DecodedPage {
        warnings = List.copyOf(warnings);
    }
}
