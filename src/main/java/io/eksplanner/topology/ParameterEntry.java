package io.eksplanner.topology;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One entry of an IngressClassParams list or map: the field it belongs to ({@code certificateArn}, {@code tags}, …),
 * and its key and value; a list item has only a value.
 */
@Embeddable
class ParameterEntry {

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "entry_key")
    private String key;

    @Column(name = "entry_value")
    private String value;

    protected ParameterEntry() {}

    ParameterEntry(String field, String key, String value) {
        this.field = field;
        this.key = key;
        this.value = value;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }
}
