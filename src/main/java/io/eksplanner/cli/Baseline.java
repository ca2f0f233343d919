package io.eksplanner.cli;

import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.yaml.YamlDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings a team has accepted, as a JSON file of fingerprints (the same as SARIF's {@code partialFingerprints}):
 * {@code check --write-baseline FILE} records a run's findings, {@code --baseline FILE} reports them as suppressed.
 */
final class Baseline {

    private Baseline() {}

    static Set<String> read(String file) {
        if (file == null) {
            return Set.of();
        }
        try {
            var documents = new YamlDocuments().parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            var fingerprints = new HashSet<String>();
            if (!documents.isEmpty()
                    && documents.get(0) instanceof Map<?, ?> root
                    && root.get("findings") instanceof List<?> findings) {
                for (Object finding : findings) {
                    if (finding instanceof Map<?, ?> entry && entry.get("fingerprint") instanceof String fingerprint) {
                        fingerprints.add(fingerprint);
                    }
                }
                return fingerprints;
            }
            throw new InputRejected(file + ":1:1: a baseline is {\"findings\": [{\"fingerprint\": ...}]}");
        } catch (IOException e) {
            throw new InputRejected(file + ": cannot be read");
        } catch (ImportRejected e) {
            throw new InputRejected(file + ":" + YamlProblems.place(e.problems().get(0)) + ": "
                    + YamlProblems.withoutPlace(e.problems().get(0).message()));
        }
    }

    static void write(String file, List<ReportedFinding> findings) throws IOException {
        var entries = new ArrayList<Object>();
        for (ReportedFinding finding : findings) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("fingerprint", finding.fingerprint());
            entry.put("code", finding.code());
            entry.put("cluster", finding.cluster());
            entry.put("path", finding.finding().path());
            entry.put("location", finding.location().display());
            entries.add(entry);
        }
        var root = new LinkedHashMap<String, Object>();
        root.put("version", 1);
        root.put("findings", entries);
        Files.writeString(Path.of(file), JsonText.of(root), StandardCharsets.UTF_8);
    }
}
