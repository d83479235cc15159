package org.newsclip.warc;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two-part parse gives the same answer wherever the block is split (the framer splits after the headers). */
class HttpPayloadTest {
    private static final List<String> MESSAGES = List.of(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n\r\nmore",
            "HTTP/1.0 404 Not Found\nServer: x\nBroken line\n\n<html>",
            "HTTP/1.1 200 OK\r\nA: 1\r\nA: 2\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nNo: end of headers\r\n",
            "\r\n\r\nHTTP/1.1 200 OK\r\n\r\nx",
            "GET / HTTP/1.1\r\n\r\n",
            "HTTP/1.1 200 OK\r\n \r\n\r\nbody with a blank-looking header line before it",
            "");

    @Test
    void everySplitPointGivesTheWholeBlocksAnswer() throws Exception {
        for (String m : MESSAGES) {
            byte[] all = m.getBytes(StandardCharsets.ISO_8859_1);
            String whole = describe(HttpPayload.parse(all, new byte[0], false, 1 << 20));
            for (int k = 0; k <= all.length; k++) {
                HttpPayload.Response r = HttpPayload.parse(Arrays.copyOf(all, k),
                        Arrays.copyOfRange(all, k, all.length), false, 1 << 20);
                assertThat(describe(r)).as("%s split at %d", m, k).isEqualTo(whole);
            }
        }
    }

    @Test
    void headEndIsJustPastTheEmptyLine() {
        assertThat(HttpPayload.headEnd(bytes("HTTP/1.1 200 OK\r\nA: 1\r\n\r\nbody"))).isEqualTo(25);
        assertThat(HttpPayload.headEnd(bytes("HTTP/1.1 200 OK\n\nbody"))).isEqualTo(17);
        assertThat(HttpPayload.headEnd(bytes("\r\nHTTP/1.1 200 OK\r\n"))).isEqualTo(-1);
        assertThat(HttpPayload.headEnd(bytes("HTTP/1.1 200 OK\r\nA: 1\r\n"))).isEqualTo(-1);
    }

    @Test
    void aHeadThatEndsTheHeadersLeavesTheBodyArrayAsThePayload() throws Exception {
        byte[] body = bytes("<p>x</p>");
        HttpPayload.Response r = HttpPayload.parse(bytes("HTTP/1.1 200 OK\r\n\r\n"), body, false, 1 << 20);
        assertThat(r.body()).isSameAs(body);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String describe(HttpPayload.Response r) {
        if (r == null) return "null";
        return r.status() + " " + r.headers() + " " + new String(r.body(), StandardCharsets.ISO_8859_1) + " "
                + r.truncated();
    }
}
