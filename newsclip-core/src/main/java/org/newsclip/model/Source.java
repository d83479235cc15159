package org.newsclip.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a page came from and how its bytes were read, so that any record can be traced back to its input.
 *
 * @param kind           {@code file}, {@code http}, {@code warc}, {@code stdin} or {@code string}
 * @param location       path or URL of the input
 * @param charset        the charset the bytes were decoded with
 * @param charsetSource  how that charset was decided: {@code bom}, {@code http}, {@code meta}, {@code detector},
 *                       {@code default} or {@code given}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(String kind, String location,
                     @JsonProperty("warc_file") String warcFile,
                     @JsonProperty("warc_offset") Long warcOffset,
                     @JsonProperty("warc_length") Long warcLength,
                     @JsonProperty("warc_date") String warcDate,
                     @JsonProperty("warc_record_id") String warcRecordId,
                     @JsonProperty("http_status") Integer httpStatus,
                     @JsonProperty("content_type") String contentType,
                     String charset,
                     @JsonProperty("charset_source") String charsetSource,
                     @JsonProperty("fetch_time") String fetchTime,
                     Long bytes) {

    public static Source of(String kind, String location) {
        return new Source(kind, location, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Source withCharset(String newCharset, String how, long size) {
        return new Source(kind, location, warcFile, warcOffset, warcLength, warcDate, warcRecordId, httpStatus,
                contentType, newCharset, how, fetchTime, size);
    }

    public Source withHttp(Integer status, String type) {
        return new Source(kind, location, warcFile, warcOffset, warcLength, warcDate, warcRecordId, status,
                type, charset, charsetSource, fetchTime, bytes);
    }

    public Source withWarc(String file, long offset, long length, String date, String recordId) {
        return new Source(kind, location, file, offset, length, date, recordId, httpStatus, contentType, charset,
                charsetSource, date, bytes);
    }
}
