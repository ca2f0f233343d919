package io.eksplanner.support;

/** YAML written to hurt a parser, for the tests that prove it is refused cheaply or read in linear time. */
public final class HostileYaml {

    private HostileYaml() {}

    /** The classic "billion laughs": nine levels of nine aliases each, a billion strings once expanded. */
    public static String billionLaughs() {
        var lol =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            lol.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                lol.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            lol.append("]\n");
        }
        return lol.toString();
    }

    /**
     * Doubling within the alias limit: 25 levels of two aliases each (50 in all), 2^25 copies of one string once
     * expanded.
     */
    public static String doublingAliases() {
        var yaml = new StringBuilder("l0: &l0 [x]\n");
        for (int level = 1; level <= 25; level++) {
            yaml.append('l').append(level).append(": &l").append(level);
            yaml.append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        return yaml.toString();
    }

    /**
     * A Service whose first annotation is a scalar of {@code scalarLength} characters and whose next {@code aliases}
     * annotations alias it: small as text, {@code aliases} times the scalar once expanded. Aliases to scalars are not
     * aliases to collections, so the alias limit never sees them.
     */
    public static String aliasedScalar(int scalarLength, int aliases) {
        var yaml = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: amplified\n  annotations:\n");
        yaml.append("    example.com/a0: &big ")
                .append("x".repeat(scalarLength))
                .append('\n');
        for (int i = 1; i <= aliases; i++) {
            yaml.append("    example.com/a").append(i).append(": *big\n");
        }
        yaml.append("spec:\n  type: ClusterIP\n  ports:\n  - port: 80\n");
        return yaml.toString();
    }

    /** One plain scalar of about {@code length} characters: a single token longer than any read buffer. */
    public static String longScalar(int length) {
        return "note: " + "x".repeat(length) + "\n";
    }

    /** One comment line of about {@code length} characters, then a one-line mapping. */
    public static String longComment(int length) {
        return "# " + "x".repeat(length) + "\nnote: 1\n";
    }

    /** A sequence of small flow mappings, about {@code length} characters in all. */
    public static String manySmallObjects(int length) {
        var yaml = new StringBuilder(length + 32);
        for (int i = 0; yaml.length() < length; i++) {
            yaml.append("- {name: n").append(i).append(", port: 80}\n");
        }
        return yaml.toString();
    }
}
