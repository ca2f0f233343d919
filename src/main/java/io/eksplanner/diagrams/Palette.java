package io.eksplanner.diagrams;

/**
 * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that readers with the common
 * colour-vision deficiencies tell apart. Each meaning keeps its colour in every diagram; the legend names them, and
 * exhausted subnets and cross-AZ hops are also dashed, so no meaning rests on colour alone.
 */
final class Palette {

    static final String NODE = "#0072B2";
    static final String ENI = "#56B4E9";
    static final String POD = "#009E73";
    static final String WARM = "#F0E442";
    static final String OTHER = "#CC79A7";
    static final String FREE = "#FFFFFF";
    static final String ALERT = "#D55E00";
    static final String WARNING = "#E69F00";
    static final String INK = "#000000";
    static final String MUTED = "#555555";
    static final String PANEL = "#F7F7F7";

    private Palette() {}
}
