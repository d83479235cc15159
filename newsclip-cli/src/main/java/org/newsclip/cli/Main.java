package org.newsclip.cli;

import org.newsclip.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsclip} command. */
@Command(name = "newsclip", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "News pages in, clean structured article records out.",
        subcommands = {CommandLine.HelpCommand.class, PredictCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** Prints the version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"newsclip " + Version.VERSION};
        }
    }
}
