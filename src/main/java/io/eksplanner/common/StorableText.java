package io.eksplanner.common;

/**
 * Text every supported database keeps exactly as given: no NUL character (PostgreSQL refuses it in text) and no
 * unpaired UTF-16 surrogate (which no UTF-8 column can hold; PostgreSQL's driver writes it as {@code ?}). Checked
 * where text enters — JSON bodies and YAML scalars — so that such a value is a client's 400, not a failed write.
 * Public: {@code common.web} and {@code importing.yaml} use it.
 */
public final class StorableText {

    /** Says what is wrong with unstorable text, for problems. */
    public static final String RULE = "must not contain a NUL character or an unpaired UTF-16 surrogate";

    private StorableText() {}

    /** The index of the first character no database can store faithfully, or -1 when there is none. */
    public static int firstUnstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }
}
