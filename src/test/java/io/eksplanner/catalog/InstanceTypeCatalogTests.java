package io.eksplanner.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstanceTypeCatalogTests {

    static final InstanceTypeCatalog CATALOG = InstanceTypeCatalog.load();

    @Test
    void loadsEveryInstanceTypeOfTheData() {
        assertThat(CATALOG.size()).isEqualTo(1391);
    }

    @Test
    void readsTheLimitsAwsPublishes() {
        assertThat(CATALOG.find("m5.large")).get().satisfies(type -> {
            assertThat(type.maxEnis()).isEqualTo(3);
            assertThat(type.ipv4PerEni()).isEqualTo(10);
            assertThat(type.branchInterfaces()).isEqualTo(9);
            assertThat(type.vcpus()).isEqualTo(2);
            assertThat(type.nitro()).isTrue();
            assertThat(type.family()).isEqualTo("m5");
        });
        assertThat(CATALOG.find("c5.4xlarge")).get().satisfies(type -> {
            assertThat(type.maxEnis()).isEqualTo(8);
            assertThat(type.ipv4PerEni()).isEqualTo(30);
        });
    }

    @Test
    void keepsUnknownFactsUnknown() {
        assertThat(CATALOG.find("c7i.32xlarge"))
                .get()
                .extracting(InstanceType::vcpus)
                .isNull();
        assertThat(CATALOG.all().stream().filter(type -> type.branchInterfaces() == null))
                .hasSize(228);
    }

    @Test
    void suggestsTheClosestNames() {
        assertThat(CATALOG.closestNames("m5.larg", 3)).first().isEqualTo("m5.large");
        assertThat(CATALOG.find("m5.larg")).isEmpty();
    }

    @Test
    void refusesARowWithTheWrongNumberOfColumns() {
        var tsv = "header\nm5.large\t3\t10\n";

        assertThatThrownBy(
                        () -> InstanceTypeCatalog.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
    }
}
