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
}
