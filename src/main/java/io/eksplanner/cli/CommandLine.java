package io.eksplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * The command-line mode of the executable jar: {@code check} and {@code diff}, run without Spring. Reports go to
 * standard output (or {@code --output} files), everything else to standard error. Exit codes: 0 passed, 1 a finding
 * reached {@code --fail-on}, 2 ill-formed input or a usage error, 3 an internal error. Public: the application's
 * {@code main} hands these commands here before Spring starts.
 */
public final class CommandLine {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int ILL_FORMED = 2;
    static final int INTERNAL_ERROR = 3;

    private static final Set<String> COMMANDS = Set.of("check", "diff");

    private CommandLine() {}

    /** Whether {@code args} ask for a command-line command rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command in {@code args} and answers its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        logToStandardError();
        try {
            var options = Options.parse(args);
            if (options.help()) {
                out.print(Help.text(options.command()));
                return PASSED;
            }
            if (options.version()) {
                out.println("eks-network-planner " + version());
                return PASSED;
            }
            return options.command().equals("diff")
                    ? new DiffCommand(options, in, out, err).run()
                    : new CheckCommand(options, in, out, err).run();
        } catch (UsageError e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + Help.usage(args.length > 0 ? args[0] : "check"));
            return ILL_FORMED;
        } catch (InputRejected e) {
            e.problems().forEach(problem -> err.println("error: " + problem));
            return ILL_FORMED;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage());
            return ILL_FORMED;
        } catch (RuntimeException | Error e) {
            err.println("internal error: " + e);
            for (StackTraceElement frame : e.getStackTrace()) {
                err.println("    at " + frame);
            }
            return INTERNAL_ERROR;
        }
    }

    /**
     * Standard output carries the reports and standard error the command's own messages, so the libraries' logging
     * is kept off both: SLF4J's no-operation provider (starting Logback alone would load some 500 classes), and
     * Hibernate Validator's JBoss Logging through java.util.logging at SEVERE, which writes to standard error.
     */
    private static void logToStandardError() {
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_SLF4JServiceProvider");
        System.setProperty("org.jboss.logging.provider", "jdk");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    }

    /** The jar's version, from the build information Spring Boot's plugin writes. */
    static String version() {
        try (var stream = CommandLine.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (stream == null) {
                return "unknown";
            }
            var properties = new Properties();
            properties.load(stream);
            return properties.getProperty("build.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes a report to its file, or to {@code out} when it has none. */
    static void emit(Options.Report report, String text, PrintStream out) {
        if (report.output() == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            var file = Path.of(report.output());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
