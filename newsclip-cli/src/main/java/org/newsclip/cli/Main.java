package org.newsclip.cli;

import org.newsclip.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code newsclip} command. */
@Command(name = "newsclip", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "News pages in, clean structured article records out.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, EvalCommand.class,
                PredictCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(System.in, System.out, System.err, args);
    }

    /** Runs the command line on the given streams and returns its exit code (for tests and embedding). */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main(in, out, err));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("newsclip: error: " + e);
            return ExtractCommand.OUTPUT_ERROR;
        });
        return cl.execute(args);
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(err);
    }

    /** Prints the version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"newsclip " + Version.VERSION};
        }
    }
}
