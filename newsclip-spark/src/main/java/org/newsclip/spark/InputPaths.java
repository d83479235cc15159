package org.newsclip.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Resolves the job's input, on the driver, to the list of WARC files: one task will read each. */
final class InputPaths {
    private InputPaths() {
    }

    static List<String> resolve(JobArgs args, Configuration conf) throws IOException {
        List<String> files = args.inputList() != null ? readList(args.inputList(), conf) : glob(args.inputGlob(), conf);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no WARC files found in "
                    + (args.inputList() != null ? args.inputList() : args.inputGlob()));
        }
        return files;
    }

    /** The lines of a text file of paths; blank lines and lines starting with {@code #} are left out. */
    static List<String> readList(String listFile, Configuration conf) throws IOException {
        Path p = new Path(listFile);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getFileSystem(conf).open(p),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
        }
        return out;
    }

    /** The files a path or glob names; a directory stands for the files directly in it. */
    static List<String> glob(String pattern, Configuration conf) throws IOException {
        Path p = new Path(pattern);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        List<String> out = new ArrayList<>();
        if (matches == null) return out;
        for (FileStatus st : matches) {
            if (st.isDirectory()) {
                for (FileStatus child : fs.listStatus(st.getPath())) {
                    if (child.isFile() && !hidden(child.getPath())) out.add(child.getPath().toString());
                }
            } else {
                out.add(st.getPath().toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path p) {
        return p.getName().startsWith(".") || p.getName().startsWith("_");
    }
}
