package io.eksplanner.cli;

import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.yaml.YamlDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The files a run reads: each PATH as a file, a folder walked in name order ({@code .yaml}, {@code .yml} and {@code
 * .json} files only, the planner's own {@code .eksplanner.yaml} left out), or {@code -} for standard input. Each YAML
 * stream is parsed with the importer's own limits (size, aliases, depth, documents); a file holding no Kubernetes or
 * eksctl object (a workflow, Helm values) is skipped with a note. JSON files are topology documents.
 */
final class Inputs {

    private final YamlDocuments yaml = new YamlDocuments();
    private final InputStream stdin;
    private final Path workingDirectory = Path.of("").toAbsolutePath();
    private final List<SourceDocument> documents = new ArrayList<>();
    private final List<TopologyJson> topologies = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A topology JSON document: the file as shown, its text, and its composed node (null if YAML cannot read it). */
    record TopologyJson(String file, String text, Node node) {}

    Inputs(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Reads every PATH; throws {@link InputRejected} for a missing file or ill-formed YAML. */
    Inputs read(List<String> paths) {
        for (String path : paths) {
            if (path.equals("-")) {
                readStream("<stdin>", readStdin(), false);
                continue;
            }
            var file = Path.of(path);
            if (Files.isDirectory(file)) {
                walk(file).forEach(found -> readFile(found, true));
            } else if (Files.isRegularFile(file)) {
                readFile(file, false);
            } else {
                throw new InputRejected(path + ": no such file or folder");
            }
        }
        return this;
    }

    List<SourceDocument> documents() {
        return documents;
    }

    List<TopologyJson> topologies() {
        return topologies;
    }

    List<String> notes() {
        return notes;
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(Inputs::readable)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.equals(ProjectConfig.FILE_NAME)
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private void readFile(Path file, boolean foundInFolder) {
        String shown = shown(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new InputRejected(shown + ": cannot be read as UTF-8 text");
        }
        readStream(
                shown,
                text,
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    private void readStream(String shown, String text, boolean json) {
        if (json || text.stripLeading().startsWith("{")) {
            topologies.add(new TopologyJson(shown, text, composedOrNull(text)));
            return;
        }
        List<Object> parsed;
        try {
            parsed = yaml.parse(text);
        } catch (ImportRejected e) {
            throw new InputRejected(
                    shown + ":" + YamlProblems.place(e.problems().get(0)) + ": "
                            + YamlProblems.withoutPlace(e.problems().get(0).message()));
        }
        List<Node> nodes = yaml.compose(text);
        var read = new ArrayList<SourceDocument>();
        for (int index = 0; index < parsed.size(); index++) {
            Node node = nodes.size() == parsed.size() ? nodes.get(index) : null;
            read.add(new SourceDocument(shown, index, parsed.size() > 1, parsed.get(index), node));
        }
        if (read.stream().noneMatch(SourceDocument::isKubernetesObject)) {
            notes.add(shown + ": skipped, it holds no Kubernetes or eksctl object");
            return;
        }
        documents.addAll(read);
    }

    private Node composedOrNull(String text) {
        try {
            var nodes = yaml.compose(text);
            return nodes.isEmpty() ? null : nodes.get(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String readStdin() {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shown(Path file) {
        var absolute = file.toAbsolutePath().normalize();
        var relative = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
