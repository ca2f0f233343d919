package io.eksplanner.cli;

import io.eksplanner.topology.spec.TopologyDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a topology JSON document as strictly as the API does (unknown properties, duplicate keys, trailing content and
 * coerced scalars are errors); the mapper is made only when a run has a JSON file, so YAML runs never start Jackson.
 */
final class TopologyJsonReader {

    private JsonMapper mapper;

    TopologyDocument read(Inputs.TopologyJson json) {
        try {
            var document = mapper().readValue(json.text(), TopologyDocument.class);
            if (document == null) {
                throw new InputRejected(json.file() + ":1:1: the file is empty");
            }
            return document;
        } catch (JacksonException e) {
            var location = e.getLocation();
            String place = location == null ? "1:1" : location.getLineNr() + ":" + location.getColumnNr();
            String path = e.getPath().isEmpty() ? "" : " at " + e.getPathReference();
            throw new InputRejected(json.file() + ":" + place + ": not a topology document" + path + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    private JsonMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .withCoercionConfig(
                            LogicalType.Textual,
                            strings -> strings.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .build();
        }
        return mapper;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
