package io.eksplanner.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One topology's folder of golden files, one file per call. A missing file, or every file under {@code
 * -Dgolden.record=true}, is written from the current answers; otherwise each answer must equal its file byte for
 * byte. Under {@code CI=true} nothing is ever written, so a pipeline cannot bless a change by itself: a missing
 * file fails there as a mismatch does.
 */
final class GoldenFiles {

    private static final int CONTEXT_LINES = 3;
    private static final int MAX_SHOWN_LINES = 12;

    private final Path folder;
    private final boolean ci;
    private final boolean record;
    private final Set<String> calls = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private int written;

    GoldenFiles(Path folder) {
        this.folder = folder;
        this.ci = "true".equalsIgnoreCase(System.getenv("CI"));
        this.record = Boolean.getBoolean("golden.record");
    }

    /** Records or compares the answer of one call, remembering any mismatch for {@link #verify()}. */
    void check(String call, String actual) {
        if (!calls.add(call)) {
            throw new IllegalStateException("two calls are named " + call + "; each needs a file of its own");
        }
        var file = folder.resolve(call + ".txt");
        boolean exists = Files.exists(file);
        if (!ci && (record || !exists)) {
            write(file, actual);
            return;
        }
        if (!exists) {
            failures.add(call + ": no golden file " + file + " (record it outside CI: a missing file is written"
                    + " then, or use -Dgolden.record=true)");
            return;
        }
        var expected = read(file);
        if (!Arrays.equals(expected, actual.getBytes(StandardCharsets.UTF_8))) {
            failures.add(difference(call, file, new String(expected, StandardCharsets.UTF_8), actual));
        }
    }

    /**
     * Fails with every mismatch found, and with any golden file no call answered: a call dropped by a refactor
     * would otherwise leave its file behind unchecked. Recording deletes such files instead.
     */
    void verify() {
        for (Path stale : unclaimedFiles()) {
            if (record && !ci) {
                delete(stale);
            } else {
                failures.add(stale.getFileName() + ": golden file that no call answered (call removed or renamed?"
                        + " re-record with -Dgolden.record=true)");
            }
        }
        if (written > 0) {
            System.out.println("golden: wrote " + written + " file(s) under " + folder);
        }
        if (record && ci) {
            System.out.println("golden: golden.record ignored because CI=true; compared instead");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " golden-file check(s) failed in " + folder + ":\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** A unified-diff-like excerpt around the first block of lines that differ, with the call named. */
    static String difference(String call, Path file, String expected, String actual) {
        var before = expected.split("\n", -1);
        var after = actual.split("\n", -1);
        int first = 0;
        while (first < before.length && first < after.length && before[first].equals(after[first])) {
            first++;
        }
        int endBefore = before.length;
        int endAfter = after.length;
        while (endBefore > first && endAfter > first && before[endBefore - 1].equals(after[endAfter - 1])) {
            endBefore--;
            endAfter--;
        }
        int from = Math.max(0, first - CONTEXT_LINES);
        var text = new StringBuilder(call)
                .append(": the answer differs from its golden file, first at line ")
                .append(first + 1)
                .append('\n');
        text.append("--- ").append(file).append(" (golden)\n+++ ").append(call).append(" (actual)\n");
        text.append("@@ -")
                .append(from + 1)
                .append(',')
                .append(endBefore - from)
                .append(" +")
                .append(from + 1)
                .append(',')
                .append(endAfter - from)
                .append(" @@\n");
        lines(text, ' ', before, from, first);
        lines(text, '-', before, first, endBefore);
        lines(text, '+', after, first, endAfter);
        lines(text, ' ', before, endBefore, Math.min(before.length, endBefore + CONTEXT_LINES));
        return text.toString().stripTrailing();
    }

    private static void lines(StringBuilder text, char mark, String[] lines, int from, int to) {
        for (int i = from; i < to && i < from + MAX_SHOWN_LINES; i++) {
            text.append(mark).append(lines[i]).append('\n');
        }
        if (to - from > MAX_SHOWN_LINES) {
            text.append(mark)
                    .append(" ... ")
                    .append(to - from - MAX_SHOWN_LINES)
                    .append(" more line(s)\n");
        }
    }

    private List<Path> unclaimedFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file ->
                            !calls.contains(file.getFileName().toString().replaceFirst("\\.txt$", "")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
            System.out.println("golden: deleted " + file + ", which no call answers any more");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
