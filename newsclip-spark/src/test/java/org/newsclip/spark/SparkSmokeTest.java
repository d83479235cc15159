package org.newsclip.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newsclip.Newsclip;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkSmokeTest {
    @Test
    void runs() {
        SparkSession s = SparkSession.builder().master("local[2]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
        long n = s.createDataset(List.of("<p>a</p>", "<p>b</p>"), org.apache.spark.sql.Encoders.STRING())
                .javaRDD().map(h -> Newsclip.article("<html><body>" + h + "</body></html>", "http://x/").text()).count();
        assertThat(n).isEqualTo(2);
        s.stop();
    }
}
