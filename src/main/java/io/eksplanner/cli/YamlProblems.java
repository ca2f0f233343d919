package io.eksplanner.cli;

import io.eksplanner.importing.report.ImportProblem;
import java.util.regex.Pattern;

/** Reads the place out of the YAML layer's messages, which end in {@code (line L, column C)}. */
final class YamlProblems {

    private static final Pattern PLACE = Pattern.compile("\\s*\\(line (\\d+), column (\\d+)\\)");

    private YamlProblems() {}

    /** {@code line:column} of the problem, {@code 1:1} when its message names no place. */
    static String place(ImportProblem problem) {
        var matcher = PLACE.matcher(problem.message());
        String place = "1:1";
        while (matcher.find()) {
            place = matcher.group(1) + ":" + matcher.group(2);
        }
        return place;
    }

    static String withoutPlace(String message) {
        return PLACE.matcher(message).replaceAll("");
    }
}
