package io.eksplanner.support;

/** YAML written to hurt a parser, for the tests that prove it is refused cheaply. */
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
}
