package org.newsclip.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetDecoderTest {
    private final CharsetDecoder decoder = new CharsetDecoder();

    private DecodedPage decode(byte[] bytes, String contentType) {
        Map<String, List<String>> h = contentType == null ? Map.of() : Map.of("content-type", List.of(contentType));
        return decoder.decode(new Page(bytes, "http://example.org/", h, null));
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        DecodedPage d = decode(b, "text/html; charset=iso-8859-1");
        assertThat(d.how()).isEqualTo("bom");
        assertThat(d.html()).isEqualTo("<p>Grüße</p>");
    }

    @Test
    void httpHeaderThenMetaPrescan() {
        byte[] latin = "<meta charset=\"windows-1252\"><p>café</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(decode(latin, "text/html; charset=ISO-8859-1").how()).isEqualTo("http");
        DecodedPage meta = decode(latin, "text/html");
        assertThat(meta.how()).isEqualTo("meta");
        assertThat(meta.html()).contains("café");
    }

    @Test
    void utf8BytesWinOverAWrongDeclaration() {
        byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>谷歌在2014年收购</p>"
                .getBytes(StandardCharsets.UTF_8);
        DecodedPage d = decode(b, null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.html()).contains("谷歌在2014年收购");
        assertThat(d.warnings()).singleElement().asString().contains("charset conflict");
    }

    @Test
    void undeclaredLegacyBytesGoToTheDetector() {
        String text = "<html><body><p>" + "Новости дня: правительство утвердило новый бюджет на следующий год. ".repeat(20)
                + "</p></body></html>";
        DecodedPage d = decode(text.getBytes(Charset.forName("windows-1251")), null);
        assertThat(d.how()).isEqualTo("detector");
        assertThat(d.html()).contains("правительство утвердило");
    }

    @Test
    void plainAsciiDefaultsToUtf8() {
        DecodedPage d = decode("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    /** The prescan asks the regex only from each "&lt;meta": the same charsets as the plain regex loop. */
    @Test
    void metaPrescanFastPathAnswersAsThePlainRegexLoop() {
        java.util.Random r = new java.util.Random(7);
        String[] parts = {"<meta", "<META", "<Meta ", "<metal>", "<meta_x charset=koi8-r>", "<metaé charset=koi8-r>",
                " charset=", "charset = 'windows-1251'", "shift_jis", "utf-8", ">", "<", "\"", " ", "<meta>", "x", "é",
                "<meta content=\"<meta charset=gbk>\" charset=euc-kr>", "charset=bogus", "<meta charset=iso-8859-2"};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            byte[] b = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            assertThat(CharsetDecoder.prescanMeta(b)).as(sb.toString()).isEqualTo(plainPrescan(b));
        }
    }

    private static Charset plainPrescan(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("<meta\\b[^>]*>",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(head);
        while (meta.find()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(meta.group());
            if (m.find()) {
                Charset c = CharsetDecoder.lookup(m.group(1));
                if (c != null) return c;
            }
        }
        return null;
    }
}
