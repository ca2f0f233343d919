package io.eksplanner.diagrams;

/** A row of swatches naming each colour (and dash) a diagram uses. */
final class Legend {

    private Legend() {}

    /** Draws {@code entries} (colour, label, optional dash pattern, repeated) left to right from ({@code x}, {@code y}). */
    static void draw(Svg svg, double x, double y, String... entries) {
        svg.group("legend", "Legend").text(x, y + 11, "Legend:", "font-weight", "bold");
        double left = x + 56;
        for (int i = 0; i + 2 < entries.length; i += 3) {
            var label = entries[i + 1];
            svg.rect(left, y, 14, 14, "fill", entries[i], "stroke", Palette.INK, "stroke-dasharray", entries[i + 2]);
            svg.text(left + 18, y + 11, label);
            left += 26 + label.length() * 6.2;
        }
        svg.close();
    }
}
