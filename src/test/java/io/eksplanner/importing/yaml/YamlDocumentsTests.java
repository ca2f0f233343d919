package io.eksplanner.importing.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.report.ImportTooLarge;
import io.eksplanner.support.HostileYaml;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlDocumentsTests {

    private final YamlDocuments yaml = new YamlDocuments();

    @Test
    void readsEveryDocumentOfAStream() {
        var documents = yaml.parse("a: 1\n---\n- x\n- y\n---\nplain\n");

        assertThat(documents).containsExactly(Map.of("a", 1), List.of("x", "y"), "plain");
    }

    @Test
    void resolvesAnchorsAndAliases() {
        var documents = yaml.parse("""
                defaults: &defaults
                  instanceType: m5.large
                  desiredCapacity: 2
                group:
                  <<: *defaults
                  name: ng-1
                copy: *defaults
                """);

        @SuppressWarnings("unchecked")
        var document = (Map<String, Object>) documents.get(0);
        assertThat(document.get("copy")).isEqualTo(Map.of("instanceType", "m5.large", "desiredCapacity", 2));
        assertThat(document.get("group"))
                .isEqualTo(Map.of("instanceType", "m5.large", "desiredCapacity", 2, "name", "ng-1"));
    }

    @Test
    void letsAMapsOwnKeysWinOverMergedOnes() {
        var documents = yaml.parse("""
                base: &base {size: 2, type: a}
                other: &other {size: 3, zone: z}
                group: {<<: [*base, *other], type: b}
                """);

        @SuppressWarnings("unchecked")
        var document = (Map<String, Object>) documents.get(0);
        assertThat(document.get("group")).isEqualTo(Map.of("size", 2, "type", "b", "zone", "z"));
    }

    @Test
    void refusesBillionLaughsQuickly() {
        var lol = HostileYaml.billionLaughs();

        long start = System.nanoTime();
        assertThatThrownBy(() -> yaml.parse(lol))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("aliases")
                .satisfies(e -> assertThat(((ImportRejected) e).problems()).singleElement());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void refusesTooManyDocuments() {
        var small = new YamlDocuments(YamlDocuments.DEFAULT_CODE_POINT_LIMIT, 3);

        assertThatThrownBy(() -> small.parse("a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("more than 3 documents");
    }

    @Test
    void refusesDeepNesting() {
        var deep = "[".repeat(200) + "]".repeat(200);

        assertThatThrownBy(() -> yaml.parse(deep))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("deeper than 100")
                .hasMessageContaining("line 1");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        var nested = "[".repeat(100) + "]".repeat(100);

        assertThat(yaml.parse(nested)).hasSize(1);
    }

    @Test
    void refusesACollectionThatContainsItself() {
        assertThatThrownBy(() -> yaml.parse("a: &a [1, *a]\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("contains itself");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> yaml.parse("name: a\nname: b\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("duplicate key name")
                .hasMessageContaining("line 2");
    }

    @Test
    void reportsASyntaxErrorWithLineAndColumn() {
        assertThatThrownBy(() -> yaml.parse("---\nok: 1\n---\nmetadata:\n  name: [unclosed\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageMatching("(?s).*line \\d+, column \\d+.*")
                .satisfies(e -> assertThat(((ImportRejected) e).problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.document()).isEqualTo(1)));
    }

    @Test
    void refusesAStreamOverTheSizeLimit() {
        var tiny = new YamlDocuments(100, 10);

        assertThatThrownBy(() -> tiny.parse("a: " + "x".repeat(200) + "\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("100");
    }

    @Test
    void constructsNoArbitraryTypes() {
        assertThatThrownBy(() -> yaml.parse("!!java.net.URL [http://example.com]\n"))
                .isInstanceOf(ImportRejected.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"note: \"a\\0b\"", "note: \"lone \\ud800\"", "- ok\n- \"ends \\udc00\""})
    void refusesAScalarNoDatabaseKeepsExactly(String text) {
        assertThatThrownBy(() -> yaml.parse("kind: Service\n---\n" + text + "\n"))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("NUL character or an unpaired UTF-16 surrogate")
                .hasMessageContaining("(line ")
                .satisfies(
                        e -> assertThat(((ImportRejected) e).problems().get(0).document())
                                .isEqualTo(1));
    }

    @Test
    void keepsAPairedSurrogateWrittenAsEscapes() {
        assertThat(yaml.parse("note: \"ship \\ud83d\\udea2\"\n")).containsExactly(Map.of("note", "ship \ud83d\udea2"));
    }

    @Test
    void refusesAScalarAliasedPastTheExpandedSize() {
        var amplified = HostileYaml.aliasedScalar(256 * 1024, 2_000);

        assertThatThrownBy(() -> yaml.parse(amplified))
                .isInstanceOf(ImportTooLarge.class)
                .hasMessageContaining("planner.import.max-expanded-size")
                .satisfies(e -> assertThat(((ImportTooLarge) e).maximum()).isEqualTo(ExpansionBudget.DEFAULT_LIMIT))
                .satisfies(
                        e -> assertThat(((ImportRejected) e).problems().get(0).document())
                                .isZero());
    }

    @Test
    void refusesCollectionAliasesThatDoubleWithinTheAliasLimit() {
        assertThatThrownBy(() -> yaml.parse(HostileYaml.doublingAliases())).isInstanceOf(ImportTooLarge.class);
    }

    @Test
    void acceptsAliasesThatStayWithinTheExpandedSize() {
        @SuppressWarnings("unchecked")
        var service = (Map<String, Map<String, Map<String, String>>>)
                yaml.parse(HostileYaml.aliasedScalar(1_000, 100)).get(0);

        assertThat(service.get("metadata").get("annotations"))
                .hasSize(101)
                .containsEntry("example.com/a100", "x".repeat(1_000));
    }

    @Test
    void countsAnAliasedCollectionAtItsExpandedSize() {
        var text = "base: &base {a: " + "x".repeat(100) + "}\ncopies: [*base, *base, *base]\n";
        // The map costs 1 + 2 (key "a") + 101 (its value) = 104, and each alias to it 104 again; the root map 1,
        // the keys "base" and "copies" 5 and 7, the list 1.
        var exact = new ExpansionBudget(1 + 5 + 104 + 7 + 1 + 3 * 104);
        var tight = new ExpansionBudget(exact.limit() - 1);

        assertThat(yaml.parse(text, exact)).hasSize(1);
        assertThatThrownBy(() -> yaml.parse(text, tight)).isInstanceOf(ImportTooLarge.class);
    }

    @Test
    void sharesOneBudgetAcrossTheStreamsOfAnImport() {
        var budget = new ExpansionBudget(3_000);
        var stream = "note: " + "x".repeat(1_000) + "\n";

        yaml.parse(stream, budget);
        yaml.parse(stream, budget);
        assertThatThrownBy(() -> yaml.parse(stream, budget)).isInstanceOf(ImportTooLarge.class);
    }

    @Test
    void composesUnderTheSameLimits() {
        assertThatThrownBy(() -> yaml.compose("[".repeat(200) + "]".repeat(200)))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("deeper than 100");
        assertThatThrownBy(() -> yaml.compose(HostileYaml.aliasedScalar(256 * 1024, 2_000)))
                .isInstanceOf(ImportTooLarge.class);
    }
}
