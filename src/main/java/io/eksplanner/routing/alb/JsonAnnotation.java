package io.eksplanner.routing.alb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON annotation value read as strictly as Go's {@code encoding/json} reads it, which the controller uses for its
 * {@code actions.*} and {@code conditions.*} annotations (aws-load-balancer-controller v3.5.0, commit
 * 5982613953df58f3227301b7121abde6abaa2c20, {@code pkg/annotations/parser.go}, {@code ParseJSONAnnotation}): objects
 * become maps in key order, arrays lists, numbers {@link BigDecimal}, and {@code null} Java's null. Text that is no
 * JSON throws {@link Malformed} with Go's wording.
 */
final class JsonAnnotation {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int at;

    private JsonAnnotation(String text) {
        this.text = text;
    }

    /** JSON text that Go's decoder refuses, with its reason. */
    static final class Malformed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /**
     * The value of {@code text}.
     *
     * @throws Malformed when it is no single JSON value
     */
    static Object parse(String text) {
        var reader = new JsonAnnotation(text);
        var value = reader.value();
        reader.blanks();
        if (reader.at < text.length()) {
            throw reader.unexpected("after top-level value");
        }
        return value;
    }

    private Object value() {
        blanks();
        if (at >= text.length()) {
            throw new Malformed("unexpected end of JSON input");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw unexpected("looking for beginning of value");
            }
        };
    }

    private Map<String, Object> object() {
        var map = new LinkedHashMap<String, Object>();
        at++;
        blanks();
        if (peek('}')) {
            at++;
            return map;
        }
        while (true) {
            blanks();
            if (!peek('"')) {
                throw unexpected("looking for beginning of object key string");
            }
            var key = string();
            blanks();
            expect(':', "after object key");
            map.put(key, value());
            blanks();
            if (peek(',')) {
                at++;
            } else if (peek('}')) {
                at++;
                return map;
            } else {
                throw unexpected("after object key:value pair");
            }
        }
    }

    private List<Object> array() {
        var list = new ArrayList<Object>();
        at++;
        blanks();
        if (peek(']')) {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            blanks();
            if (peek(',')) {
                at++;
            } else if (peek(']')) {
                at++;
                return list;
            } else {
                throw unexpected("after array element");
            }
        }
    }

    private String string() {
        at++;
        var out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < ' ') {
                at--;
                throw unexpected("in string literal");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> {
                    at--;
                    throw unexpected("in string escape code");
                }
            }
        }
        throw new Malformed("unexpected end of JSON input");
    }

    private char unicode() {
        if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9A-Fa-f]{4}")) {
            throw unexpected("in \\u hexadecimal character escape");
        }
        char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
        at += 4;
        return c;
    }

    private BigDecimal number() {
        var matcher = NUMBER.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            at++;
            throw unexpected("in numeric literal");
        }
        at = matcher.end();
        return new BigDecimal(matcher.group());
    }

    private Object literal(String word, Object value) {
        for (int i = 0; i < word.length(); i++, at++) {
            if (at >= text.length()) {
                throw new Malformed("unexpected end of JSON input");
            }
            if (text.charAt(at) != word.charAt(i)) {
                throw unexpected("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
        }
        return value;
    }

    private void expect(char c, String context) {
        if (!peek(c)) {
            throw unexpected(context);
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void blanks() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private Malformed unexpected(String context) {
        if (at >= text.length()) {
            return new Malformed("unexpected end of JSON input");
        }
        return new Malformed("invalid character '" + text.charAt(at) + "' " + context);
    }
}
