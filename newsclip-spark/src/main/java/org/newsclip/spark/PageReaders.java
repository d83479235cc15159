package org.newsclip.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.newsclip.warc.WarcOptions;
import org.newsclip.warc.WarcPageReader;

import java.io.IOException;

/** Opens the {@link PageReader} for a WARC stream a task has opened through Hadoop's FileSystem. */
final class PageReaders {
    private PageReaders() {
    }

    /**
     * @param size the file's length, from its FileStatus
     * @param file the path as the job was given it; stored in each page's {@code Source}
     */
    static PageReader open(FSDataInputStream in, long size, String file) throws IOException {
        return new WarcPages(WarcPageReader.open(new HadoopChannel(in, size), file, WarcOptions.defaults()));
    }
}
