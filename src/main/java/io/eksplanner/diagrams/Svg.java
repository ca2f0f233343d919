package io.eksplanner.diagrams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small SVG writer: elements opened and closed in order, attributes and text XML-escaped, numbers written the same
 * way on every machine. Each diagram is one {@code <svg>} with a {@code <title>} and {@code <desc>} for screen
 * readers; elements that mean something carry a {@code <title>} of their own ({@link #titled}).
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    private final String title;
    private final String description;

    /** A drawing whose size is given when it is finished, once its content has been laid out. */
    Svg(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** Opens {@code name} with attributes given as name, value pairs (a null value leaves the attribute out). */
    Svg open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    /** Opens a group of {@code cssClass} whose first child is a title, so a pointer or a screen reader names it. */
    Svg group(String cssClass, String title, String... attributes) {
        var all = new String[attributes.length + 2];
        all[0] = "class";
        all[1] = cssClass;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        open("g", all);
        return titled(title);
    }

    /** Closes the innermost open element. */
    Svg close() {
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** An element with no children. */
    Svg leaf(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** A rectangle. */
    Svg rect(double x, double y, double width, double height, String... attributes) {
        return leaf("rect", prepend(attributes, "x", num(x), "y", num(y), "width", num(width), "height", num(height)));
    }

    /** A line. */
    Svg line(double x1, double y1, double x2, double y2, String... attributes) {
        return leaf("line", prepend(attributes, "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2)));
    }

    /** Text at ({@code x}, {@code y}), escaped. */
    Svg text(double x, double y, String text, String... attributes) {
        out.append("<text");
        attributes(prepend(attributes, "x", num(x), "y", num(y)));
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** A {@code <title>} child of the element just opened. */
    Svg titled(String title) {
        out.append("<title>").append(escape(title)).append("</title>\n");
        return this;
    }

    /** The document, {@code width} by {@code height}, every element closed. */
    String finish(double width, double height) {
        while (!open.isEmpty()) {
            close();
        }
        var head = new StringBuilder(512);
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
        head.append(" aria-labelledby=\"diagram-title diagram-desc\" width=\"").append(num(width));
        head.append("\" height=\"")
                .append(num(height))
                .append("\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ');
        head.append(num(height)).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        head.append("<title id=\"diagram-title\">").append(escape(title)).append("</title>\n");
        head.append("<desc id=\"diagram-desc\">").append(escape(description)).append("</desc>\n");
        return head.append(out).append("</svg>\n").toString();
    }

    /** A number with at most one decimal, the same on every locale. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** {@code text} safe in XML content and in double-quoted attributes; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private void attributes(String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(' ')
                        .append(pairs[i])
                        .append("=\"")
                        .append(escape(pairs[i + 1]))
                        .append('"');
            }
        }
    }

    private static String[] prepend(String[] attributes, String... first) {
        var all = new String[first.length + attributes.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(attributes, 0, all, first.length, attributes.length);
        return all;
    }
}
