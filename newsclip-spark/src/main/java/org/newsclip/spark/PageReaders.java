package org.newsclip.spark;

import org.apache.hadoop.fs.FSDataInputStream;

import java.io.IOException;

/** Opens the {@link PageReader} for a WARC stream a task has opened through Hadoop's FileSystem. */
final class PageReaders {
    private PageReaders() {
    }

    static PageReader open(FSDataInputStream in, String file) throws IOException {
        return new JwarcPageReader(in, file);
    }
}
