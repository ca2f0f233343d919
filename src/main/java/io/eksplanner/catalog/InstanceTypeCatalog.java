package io.eksplanner.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EC2 instance types the planner knows, loaded once from the project's copy of the CNI's ENI limits table
 * ({@code catalog/eni-limits.tsv}, provenance in {@code catalog/eni-limits.SOURCE.md}). Public: {@code catalog.web},
 * {@code config}, {@code importing.eksctl}, {@code ipam}, {@code planning} and {@code validation} use it.
 */
public final class InstanceTypeCatalog {

    /** The classpath location of the data. */
    public static final String RESOURCE = "/catalog/eni-limits.tsv";

    private static final int COLUMNS = 11;

    private final Map<String, InstanceType> types;

    private InstanceTypeCatalog(Map<String, InstanceType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** Reads the project's copy of the data from the classpath. */
    public static InstanceTypeCatalog load() {
        try (var stream = InstanceTypeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return read(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table with the columns of {@code eni-limits.tsv}: a header row, then one type a row. */
    public static InstanceTypeCatalog read(InputStream tsv) throws IOException {
        var types = new LinkedHashMap<String, InstanceType>();
        var reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line = reader.readLine();
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            var cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new IllegalStateException(
                        "line " + lineNumber + " has " + cells.length + " columns, expected " + COLUMNS);
            }
            var type = new InstanceType(
                    cells[0],
                    Integer.parseInt(cells[1]),
                    Integer.parseInt(cells[2]),
                    cells[4],
                    Boolean.parseBoolean(cells[5]),
                    Integer.parseInt(cells[6]),
                    optionalInt(cells[8]),
                    Integer.parseInt(cells[9]),
                    optionalInt(cells[10]));
            types.put(type.name(), type);
        }
        return new InstanceTypeCatalog(types);
    }

    private static Integer optionalInt(String cell) {
        return cell.isEmpty() ? null : Integer.valueOf(cell);
    }

    /** The type of that exact name. */
    public Optional<InstanceType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type, in the data's order (sorted by name). */
    public Collection<InstanceType> all() {
        return types.values();
    }

    /** How many types the catalogue holds. */
    public int size() {
        return types.size();
    }

    /** Up to {@code limit} known names closest to {@code name} by edit distance, closest first. */
    public List<String> closestNames(String name, int limit) {
        var scored = new ArrayList<Map.Entry<String, Integer>>();
        for (String known : types.keySet()) {
            scored.add(Map.entry(known, editDistance(name, known)));
        }
        scored.sort(Comparator.comparing((Map.Entry<String, Integer> entry) -> entry.getValue())
                .thenComparing(Map.Entry::getKey));
        return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
