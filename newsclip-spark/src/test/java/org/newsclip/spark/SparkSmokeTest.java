package org.newsclip.spark;

import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.newsclip.Newsclip;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkSmokeTest {
    @Test
    void theLibraryRunsInsideATask() {
        List<String> texts = SharedSpark.session().createDataset(List.of("<p>a</p>", "<p>b</p>"), Encoders.STRING())
                .javaRDD().map(h -> Newsclip.article("<html><body>" + h + "</body></html>", "http://x/").text())
                .collect();
        assertThat(texts).hasSize(2);
    }
}
