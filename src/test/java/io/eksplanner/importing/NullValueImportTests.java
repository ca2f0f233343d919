package io.eksplanner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eksplanner.importing.eksctl.EksctlReader;
import io.eksplanner.importing.manifests.ManifestObjects;
import io.eksplanner.importing.manifests.ManifestReader;
import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.yaml.YamlDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every value of the example files set to null, one at a time, as a careless or hostile file would: the readers
 * either take it or refuse it with an import problem, never fail with anything else (a null item used to be a
 * NullPointerException, and so a 500).
 */
class NullValueImportTests {

    private final EksctlReader eksctl = new EksctlReader();
    private final ManifestReader manifests = new ManifestReader();

    @Test
    void takesOrRefusesEveryNullValueInTheExamples() throws IOException {
        var failures = new ArrayList<String>();
        int variants = 0;
        for (String file : List.of(
                "examples/canonical-cluster.eksctl.yaml",
                "examples/canonical-cluster.manifests.yaml",
                "src/test/resources/importing/rich-cluster.yaml")) {
            var documents = new YamlDocuments().parse(Files.readString(Path.of(file)));
            for (int index = 0; index < documents.size(); index++) {
                for (List<Object> path : paths(documents.get(index), List.of())) {
                    variants++;
                    var mutated = new ArrayList<>(documents);
                    mutated.set(index, withNullAt(documents.get(index), path));
                    var failure = failureOf(mutated);
                    if (failure != null) {
                        failures.add(file + " document " + index + " " + path + ": " + failure);
                    }
                }
            }
        }
        System.out.println("null-value imports: " + variants + " variants, " + failures.size() + " failures");
        assertThat(variants).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    /** What went wrong other than an import problem, or null. */
    private String failureOf(List<Object> documents) {
        var log = new ImportLog();
        try {
            var objects = new ManifestObjects();
            for (int index = 0; index < documents.size(); index++) {
                var document = documents.get(index);
                if (document instanceof Map<?, ?> map && EksctlReader.isClusterConfig(map)) {
                    @SuppressWarnings("unchecked")
                    var typed = (Map<String, Object>) map;
                    eksctl.read(typed, index, log);
                } else if (document != null) {
                    manifests.read(document, index, log, objects);
                }
            }
            manifests.finish(log, objects);
            return null;
        } catch (ImportRejected refused) {
            return null;
        } catch (RuntimeException e) {
            var top = e.getStackTrace().length == 0 ? "" : " at " + e.getStackTrace()[0];
            return e.getClass().getSimpleName() + top;
        }
    }

    /** The path (map keys and list indexes) of every value below {@code node}. */
    private static List<List<Object>> paths(Object node, List<Object> prefix) {
        var paths = new ArrayList<List<Object>>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                var path = append(prefix, key);
                paths.add(path);
                paths.addAll(paths(value, path));
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                var path = append(prefix, i);
                paths.add(path);
                paths.addAll(paths(list.get(i), path));
            }
        }
        return paths;
    }

    private static List<Object> append(List<Object> prefix, Object step) {
        var path = new ArrayList<>(prefix);
        path.add(step);
        return path;
    }

    /** A deep copy of {@code node} with the value at {@code path} replaced by null. */
    private static Object withNullAt(Object node, List<Object> path) {
        var step = path.get(0);
        UnaryOperator<Object> below =
                child -> path.size() == 1 ? null : withNullAt(child, path.subList(1, path.size()));
        if (node instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<Object, Object>(map);
            copy.put(step, below.apply(map.get(step)));
            return copy;
        }
        var copy = new ArrayList<Object>((List<?>) node);
        copy.set((Integer) step, below.apply(copy.get((Integer) step)));
        return copy;
    }
}
