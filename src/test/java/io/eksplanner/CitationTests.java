package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document the code cites is in the repository, and every section it cites exists there: a reader who clones
 * the project can follow each citation. A section sign refers to the nearest document named before it.
 */
class CitationTests {

    private static final Pattern DOCUMENT = Pattern.compile("src/docs/[\\w/.-]+?\\.md");

    private static final Pattern SECTION = Pattern.compile("§\\s?([0-9]+[a-z]?(?:\\.[0-9]+)*)");

    /** A document named by another spelling than its path, which a reader of the repository cannot open. */
    private static final Pattern STALE = Pattern.compile("(?<![/\\w])(domain-rules(?:\\.md)?\\s*§"
            + "|(?<!reference/)(?:vpc-cni|eks-vpc|aws-load-balancers)\\.md"
            + "|shared/docs|style\\.md)");

    /** A numbered heading ({@code ## 3.} or {@code ### 3.7}) or the label of a numbered table row ({@code | 1.6 |}). */
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^(?:#+\\s+([0-9]+[a-z]?(?:\\.[0-9]+)*)[.\\s]|\\|\\s*([0-9]+[a-z]?(?:\\.[0-9]+)*)\\s*\\|)");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private final Map<Path, Set<String>> sections = new HashMap<>();

    @Test
    void everyCitedDocumentAndSectionExists() {
        var problems = new ArrayList<String>();
        for (Path source : sources()) {
            var text = read(source);
            var documents = DOCUMENT.matcher(text);
            while (documents.find()) {
                if (!Files.isRegularFile(Path.of(documents.group()))) {
                    problems.add(source + ": cites " + documents.group() + ", which is not in the repository");
                }
            }
            var citations = SECTION.matcher(text);
            while (citations.find()) {
                checkSection(source, text, citations, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void citesDocumentsByTheirPathInTheRepository() {
        var problems = new ArrayList<String>();
        for (Path source : sources()) {
            var stale = STALE.matcher(read(source));
            while (stale.find()) {
                problems.add(source + ": cites \"" + stale.group() + "\"; cite src/docs/… by its path");
            }
        }
        assertThat(problems).isEmpty();
    }

    private void checkSection(Path source, String text, Matcher citation, List<String> problems) {
        var before = text.substring(Math.max(0, citation.start() - 400), citation.start());
        if (before.matches("(?s).*RFC \\d+[^§]*")) {
            return;
        }
        var documents = DOCUMENT.matcher(before);
        String document = null;
        while (documents.find()) {
            document = documents.group();
        }
        if (document == null) {
            problems.add(source + ": \"" + citation.group() + "\" names no document before it");
            return;
        }
        var path = Path.of(document);
        var section = citation.group(1);
        if (Files.isRegularFile(path) && !sectionsOf(path).contains(section)) {
            problems.add(source + ": " + document + " has no section " + section);
        }
    }

    private Set<String> sectionsOf(Path document) {
        return sections.computeIfAbsent(
                document,
                path -> HEADING.matcher(read(path))
                        .results()
                        .map(heading -> heading.group(1) != null ? heading.group(1) : heading.group(2))
                        .collect(Collectors.toSet()));
    }

    /** The main code and its resources, the examples and the README: what a reader of the repository follows. */
    private static List<Path> sources() {
        var roots = List.of(Path.of("src/main"), Path.of("examples"));
        var files = new ArrayList<Path>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> path.toString().matches(".*\\.(java|md|yaml|yml|json|properties|sql)"))
                        // An applied migration never changes: Flyway checksums it, comments included.
                        .filter(path -> !path.startsWith(MIGRATIONS))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(Path.of("README.md"));
        return files;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path).replaceAll("\n\\s*(?:\\*|//)\\s?", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
