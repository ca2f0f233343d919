package io.eksplanner.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed command line: the command ({@code check} or {@code diff}), its paths, and the options. Each {@code --format}
 * may be followed by its own {@code --output}; a format without one writes to standard output.
 */
record Options(
        String command,
        List<String> paths,
        List<Report> reports,
        FailOn failOn,
        String config,
        String baseline,
        String writeBaseline,
        String controller,
        Boolean webhook,
        boolean help,
        boolean version) {

    /** One report to write: its format, and its file (null for standard output). */
    record Report(OutputFormat format, String output) {}

    /** The options of {@code args}, whose first element is the command; throws {@link UsageError} on a bad one. */
    static Options parse(String[] args) {
        var parser = new Parser(args);
        return parser.parse();
    }

    /** The reports asked for, or one table on standard output when none was. */
    List<Report> reportsOrDefault() {
        return reports.isEmpty() ? List.of(new Report(OutputFormat.TABLE, null)) : reports;
    }

    private static final class Parser {

        private final String[] args;
        private int next = 1;
        private final List<String> paths = new ArrayList<>();
        private final List<Report> reports = new ArrayList<>();
        private FailOn failOn;
        private String config;
        private String baseline;
        private String writeBaseline;
        private String controller;
        private Boolean webhook;
        private boolean help;
        private boolean version;

        Parser(String[] args) {
            this.args = args;
        }

        Options parse() {
            boolean onlyPaths = false;
            while (next < args.length) {
                String arg = args[next++];
                if (onlyPaths || arg.equals("-") || !arg.startsWith("-")) {
                    paths.add(arg);
                } else if (arg.equals("--")) {
                    onlyPaths = true;
                } else {
                    option(arg);
                }
            }
            return new Options(
                    args[0],
                    List.copyOf(paths),
                    List.copyOf(reports),
                    failOn,
                    config,
                    baseline,
                    writeBaseline,
                    controller,
                    webhook,
                    help,
                    version);
        }

        private void option(String arg) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String inline = equals < 0 ? null : arg.substring(equals + 1);
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                case "--format", "-f" -> reports.add(new Report(OutputFormat.named(value(name, inline)), null));
                case "--output", "-o" -> output(value(name, inline));
                case "--fail-on" -> failOn = FailOn.named(value(name, inline), name);
                case "--config" -> config = value(name, inline);
                case "--baseline" -> baseline = value(name, inline);
                case "--write-baseline" -> writeBaseline = value(name, inline);
                case "--controller" -> controller = value(name, inline);
                case "--webhook" -> webhook = bool(name, value(name, inline));
                default -> throw new UsageError("unknown option " + name + "; see --help");
            }
        }

        private void output(String file) {
            if (reports.isEmpty()) {
                reports.add(new Report(OutputFormat.TABLE, file));
                return;
            }
            var last = reports.get(reports.size() - 1);
            if (last.output() != null) {
                throw new UsageError("--output " + file + " follows a --format that already has an output");
            }
            reports.set(reports.size() - 1, new Report(last.format(), file));
        }

        private String value(String name, String inline) {
            if (inline != null) {
                return inline;
            }
            if (next >= args.length) {
                throw new UsageError(name + " needs a value");
            }
            return args[next++];
        }

        private static Boolean bool(String name, String value) {
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new UsageError(name + " must be true or false, not \"" + value + "\"");
            };
        }
    }
}
