package io.eksplanner.validation;

/**
 * Writes the JSON path of a field of the topology document, as findings name it: {@code subnets[2].cidr}. Public:
 * {@code validation.rules} uses it.
 */
public final class JsonPath {

    private JsonPath() {}

    /** Joins names with '.' and writes numbers as indices: {@code of("subnets", 2, "cidr")}. */
    public static String of(Object... parts) {
        var path = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(part);
            }
        }
        return path.toString();
    }
}
