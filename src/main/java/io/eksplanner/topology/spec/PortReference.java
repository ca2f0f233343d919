package io.eksplanner.topology.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.eksplanner.common.NameRule;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A Kubernetes IntOrString port: a number (1-65535) or a container port name; written in JSON as a number or a
 * string, as Kubernetes does.
 */
@Schema(
        name = "PortReference",
        title = "a port number or a port name",
        description = "A port number (1-65535) or the name of a container port, as a Kubernetes IntOrString",
        oneOf = {Integer.class, String.class},
        example = "80")
public record PortReference(Integer number, String name) {

    /** Reads a numeric port. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PortReference of(int number) {
        return new PortReference(number, null);
    }

    /** Reads a port name; a string of digits is not a name, as in Kubernetes. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PortReference of(String name) {
        return new PortReference(null, name);
    }

    /** Restores a reference from its stored text: digits are a number, anything else a name. */
    public static PortReference parse(String text) {
        if (text == null) {
            return null;
        }
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() <= 5
                ? of(Integer.parseInt(text))
                : of(text);
    }

    /** The JSON form: the number or the name. */
    @JsonValue
    public Object json() {
        return number != null ? number : name;
    }

    /** Whether this is a port number in 1-65535 or a valid port name. */
    public boolean wellFormed() {
        return number != null ? number >= 1 && number <= 65535 : NameRule.PORT_NAME.accepts(name);
    }

    /** The text stored for this reference. */
    public String text() {
        return number != null ? number.toString() : name;
    }
}
