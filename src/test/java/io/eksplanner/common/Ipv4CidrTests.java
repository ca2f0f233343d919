package io.eksplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4CidrTests {

    @Property
    void readsBackWhatItWrites(@ForAll int address, @ForAll @IntRange(min = 0, max = 32) int prefix) {
        var cidr = new Ipv4Cidr(address, prefix);

        assertThat(Ipv4Cidr.parse(cidr.toString())).isEqualTo(cidr);
    }

    @Property
    void hasHostBitsExactlyWhenTheAddressIsNotTheNetwork(
            @ForAll int address, @ForAll @IntRange(min = 0, max = 32) int prefix) {
        var cidr = new Ipv4Cidr(address, prefix);
        long blockStart = (address & 0xffffffffL) / cidr.size() * cidr.size();

        assertThat(cidr.network() & 0xffffffffL).isEqualTo(blockStart);
        assertThat(cidr.hostBitsSet()).isEqualTo((address & 0xffffffffL) != blockStart);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0",
                "10.0.0.0/",
                "10.0.0/8",
                "256.0.0.0/8",
                "10.0.0.0/33",
                "10.0.0.0/-1",
                "010.0.0.0/8",
                "10.0.0.0/08",
                " 10.0.0.0/8",
                "10.0.0.0/8 ",
                "a.b.c.d/8",
                "1000.0.0.0/8",
                ""
            })
    void refusesTextNotWrittenAsDottedQuadSlashPrefix(String text) {
        assertThat(Ipv4Cidr.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "192.168.0.0/16", "10.0.0.7/12", "255.255.255.255/32", "169.254.0.0/16"})
    void acceptsWellFormedBlocksWhateverTheirMeaning(String text) {
        assertThat(Ipv4Cidr.tryParse(text)).map(Ipv4Cidr::toString).contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.7/12", "192.168.1.1/24"})
    void keepsHostBitsForValidationToReport(String text) {
        var cidr = Ipv4Cidr.parse(text);

        assertThat(cidr.hostBitsSet()).isTrue();
        assertThat(cidr.toString()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void knowsItsNetworkAndSize() {
        var cidr = Ipv4Cidr.parse("192.168.37.9/19");

        assertThat(Ipv4Cidr.formatAddress(cidr.network())).isEqualTo("192.168.32.0");
        assertThat(cidr.size()).isEqualTo(8192);
        assertThat(Ipv4Cidr.parse("0.0.0.0/0").size()).isEqualTo(1L << 32);
    }
}
