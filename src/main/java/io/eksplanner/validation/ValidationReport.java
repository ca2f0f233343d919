package io.eksplanner.validation;

import java.util.List;

/**
 * The verdict on a topology: {@code valid} is false exactly when a finding is an ERROR; findings are ordered by
 * severity, then path. Public: {@code planning} and {@code planning.web} use it.
 */
public record ValidationReport(boolean valid, Summary summary, List<Finding> findings) {

    /** How many findings of each severity. */
    public record Summary(int errors, int warnings, int infos) {}

    /** Builds the report of the given findings, ordering them. */
    public static ValidationReport of(List<Finding> findings) {
        var ordered = findings.stream().sorted(ORDER).toList();
        int errors = count(ordered, Severity.ERROR);
        return new ValidationReport(
                errors == 0,
                new Summary(errors, count(ordered, Severity.WARNING), count(ordered, Severity.INFO)),
                ordered);
    }

    /** Whether a finding reaches {@code severity} (an ERROR reaches WARNING). */
    public boolean reaches(Severity severity) {
        return findings.stream().anyMatch(finding -> finding.severity().compareTo(severity) <= 0);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream()
                .filter(finding -> finding.severity() == severity)
                .count();
    }

    static final java.util.Comparator<Finding> ORDER = java.util.Comparator.comparing(Finding::severity)
            .thenComparing(Finding::path, ValidationReport::comparePaths)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    /** Orders paths so that {@code subnets[2]} comes before {@code subnets[10]}. */
    static int comparePaths(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (Character.isDigit(a) && Character.isDigit(b)) {
                int endA = i;
                while (endA < left.length() && Character.isDigit(left.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < right.length() && Character.isDigit(right.charAt(endB))) {
                    endB++;
                }
                int byNumber = Long.compare(
                        Long.parseLong(left.substring(i, Math.min(endA, i + 18))),
                        Long.parseLong(right.substring(j, Math.min(endB, j + 18))));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (a != b) {
                    return Character.compare(a, b);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
