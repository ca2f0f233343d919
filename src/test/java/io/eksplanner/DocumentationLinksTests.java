package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README, of src/docs/ and of the examples resolves: a Markdown link to a file that
 * exists (and, for {@code #anchor}, to a heading of it), and a path named in an example's comment
 * ({@code ../src/docs/import-mapping-eksctl.md}) to a file that exists.
 */
class DocumentationLinksTests {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern PATH_IN_COMMENT =
            Pattern.compile("(?:\\.\\./|src/|docs/|examples/)[\\w./-]+\\.(?:md|json|yaml)");

    @Test
    void everyRelativeLinkResolves() throws IOException {
        var broken = new ArrayList<String>();
        int links = 0;
        for (var file : documents()) {
            var text = Files.readString(file);
            var matcher = (file.toString().endsWith(".md") ? MARKDOWN_LINK : PATH_IN_COMMENT).matcher(text);
            while (matcher.find()) {
                var link = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
                if (link.matches("^[a-z]+:.*") || link.startsWith("//")) {
                    continue;
                }
                links++;
                if (!resolves(file, link)) {
                    broken.add(file + " → " + link);
                }
            }
        }
        assertThat(broken).as("links that resolve to nothing").isEmpty();
        assertThat(links).isGreaterThan(10);
        System.out.printf("Documentation links: %d relative links in README, src/docs and examples, 0 broken%n", links);
    }

    private static boolean resolves(Path from, String link) throws IOException {
        var hash = link.indexOf('#');
        var target = hash < 0 ? link : link.substring(0, hash);
        var anchor = hash < 0 ? null : link.substring(hash + 1);
        var file = target.isEmpty()
                ? from
                : from.toAbsolutePath().getParent().resolve(target).normalize();
        if (!target.isEmpty() && !target.startsWith("../") && !Files.exists(file)) {
            // A path named in an example's comment may be written from the repository's root.
            file = Path.of(target).toAbsolutePath().normalize();
        }
        if (!Files.exists(file)) {
            return false;
        }
        if (anchor == null || anchor.isEmpty() || !file.toString().endsWith(".md")) {
            return true;
        }
        return Files.readAllLines(file).stream()
                .filter(line -> line.startsWith("#"))
                .map(DocumentationLinksTests::slug)
                .anyMatch(anchor::equals);
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.replaceFirst("^#+\\s*", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    private static List<Path> documents() throws IOException {
        var files = new ArrayList<Path>();
        files.add(Path.of("README.md"));
        for (var folder : List.of(Path.of("src/docs"), Path.of("examples"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(path -> path.toString().matches(".*\\.(md|yaml|json)$"))
                        .filter(path -> !path.endsWith("openapi.json"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
