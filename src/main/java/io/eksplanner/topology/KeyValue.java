package io.eksplanner.topology;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One key/value pair of a map that keeps the order the user gave (labels, selectors, tags, annotations). */
@Embeddable
class KeyValue {

    @Column(name = "entry_key", nullable = false)
    private String key;

    @Column(name = "entry_value", nullable = false)
    private String value;

    protected KeyValue() {}

    KeyValue(String key, String value) {
        this.key = key;
        this.value = value;
    }

    /** The entries of {@code map} in its iteration order; null reads as empty. */
    static List<KeyValue> listOf(Map<String, String> map) {
        var entries = new ArrayList<KeyValue>();
        if (map != null) {
            map.forEach((key, value) -> entries.add(new KeyValue(key, value)));
        }
        return entries;
    }

    /** The entries as an ordered map. */
    static Map<String, String> mapOf(List<KeyValue> entries) {
        var map = new LinkedHashMap<String, String>();
        entries.forEach(entry -> map.put(entry.key, entry.value));
        return map;
    }
}
