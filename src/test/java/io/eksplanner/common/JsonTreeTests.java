package io.eksplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class JsonTreeTests {

    @Test
    void leavesOutNullFieldsAtEveryDepthAndKeepsTheOrder() {
        var inner = new HashMap<String, Object>();
        inner.put("gone", null);
        inner.put("kept", 1);
        var tree = new LinkedHashMap<String, Object>();
        tree.put("z", "first");
        tree.put("absent", null);
        tree.put("list", new ArrayList<>(Arrays.asList(inner, null, "text")));
        tree.put("a", inner);

        Map<String, Object> shown = JsonTree.withoutNulls(tree);

        assertThat(shown).containsOnlyKeys("z", "list", "a");
        assertThat(shown.keySet()).containsExactly("z", "list", "a");
        assertThat(shown.get("a")).isEqualTo(Map.of("kept", 1));
        assertThat((List<Object>) shown.get("list")).containsExactly(Map.of("kept", 1), null, "text");
    }

    @Test
    void returnsAValueThatIsNeitherMapNorListAsItIs() {
        assertThat(JsonTree.withoutNulls("text")).isEqualTo("text");
        assertThat(JsonTree.<Object>withoutNulls(null)).isNull();
    }
}
