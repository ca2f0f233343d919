package io.eksplanner.common.web;

import io.eksplanner.common.StorableText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads every JSON string of a request body as Jackson does, and refuses one that no database can store exactly (a
 * NUL, an unpaired surrogate): refused here it is a 400 naming the field, where the database would have failed the
 * write and the client been told to retry a request that can never succeed.
 */
final class StorableStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        var value = super.deserialize(parser, context);
        if (value != null && StorableText.firstUnstorable(value) >= 0) {
            throw new Unstorable(parser);
        }
        return value;
    }

    /** A string the database could not keep as given; the problem handler names its field. */
    static final class Unstorable extends MismatchedInputException {

        Unstorable(JsonParser parser) {
            super(parser, StorableText.RULE, String.class);
        }
    }
}
