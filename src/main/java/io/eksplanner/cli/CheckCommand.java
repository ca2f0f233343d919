package io.eksplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** {@code check PATH...}: reads, plans and validates, writes each report asked for, and answers the exit code. */
final class CheckCommand {

    private final Options options;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(Options options, InputStream in, PrintStream out, PrintStream err) {
        this.options = options;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run() {
        if (options.paths().isEmpty()) {
            throw new UsageError("check needs at least one PATH (a file, a folder, or - for standard input)");
        }
        var config = Settings.config(options);
        FailOn failOn = Settings.failOn(options, config);
        var checker = new Checker(config, Baseline.read(options.baseline()));
        var result = checker.check(new Inputs(in).read(options.paths()));
        result.notes().forEach(note -> err.println("note: " + note));
        for (Options.Report report : options.reportsOrDefault()) {
            CommandLine.emit(report, render(report.format(), result, failOn), out);
        }
        if (options.writeBaseline() != null) {
            try {
                Baseline.write(options.writeBaseline(), result.findings());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            err.println("wrote " + result.findings().size() + " findings to the baseline " + options.writeBaseline());
        }
        var verdict = Verdict.of(result.findings(), failOn);
        err.println("eks-network-planner: " + verdict.sentence());
        return verdict.failed() ? CommandLine.FAILED : CommandLine.PASSED;
    }

    static String render(OutputFormat format, Checker.CheckResult result, FailOn failOn) {
        return switch (format) {
            case TABLE -> TableReport.render(result, failOn);
            case JSON -> JsonReport.render(result, failOn);
            case SARIF -> SarifReport.render(result, CommandLine.version());
            case JUNIT -> JunitReport.render(result, failOn);
            case GITHUB -> GithubReport.render(result, failOn);
            case MARKDOWN -> MarkdownReport.render(result, failOn);
        };
    }
}
