package io.eksplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the CIDR arithmetic against a brute-force oracle that enumerates addresses, on blocks small enough
 * (/22 to /32) that enumeration stays cheap.
 */
class Ipv4CidrPropertyTests {

    private static final int BASE = Ipv4Cidr.parse("10.0.0.0/22").address();
    private static final int WINDOW = 1024;

    @Property
    void containsExactlyWhenEveryAddressOfTheOtherBlockIsInThisOne(
            @ForAll @IntRange(min = 0, max = WINDOW - 1) int offset,
            @ForAll @IntRange(min = 22, max = 32) int prefix,
            @ForAll @IntRange(min = 0, max = WINDOW - 1) int otherOffset,
            @ForAll @IntRange(min = 22, max = 32) int otherPrefix) {
        var block = new Ipv4Cidr(BASE + offset, prefix);
        var other = new Ipv4Cidr(BASE + otherOffset, otherPrefix);

        boolean oracle = addressesOf(other).allMatch(address -> inBlock(address, BASE + offset, prefix));

        assertThat(block.contains(other)).isEqualTo(oracle);
    }

    @Property
    void overlapsExactlyWhenTheBlocksShareAnAddress(
            @ForAll @IntRange(min = 0, max = WINDOW - 1) int offset,
            @ForAll @IntRange(min = 22, max = 32) int prefix,
            @ForAll @IntRange(min = 0, max = WINDOW - 1) int otherOffset,
            @ForAll @IntRange(min = 22, max = 32) int otherPrefix) {
        var block = new Ipv4Cidr(BASE + offset, prefix);
        var other = new Ipv4Cidr(BASE + otherOffset, otherPrefix);

        boolean oracle = addressesOf(other).anyMatch(address -> inBlock(address, BASE + offset, prefix));

        assertThat(block.overlaps(other)).isEqualTo(oracle);
        assertThat(other.overlaps(block)).isEqualTo(oracle);
    }

    @Property
    void isPrivateExactlyWhenEveryAddressIsInRfc1918(
            @ForAll("rangeEdges") int edge,
            @ForAll @IntRange(min = -WINDOW, max = WINDOW - 1) int offset,
            @ForAll @IntRange(min = 22, max = 32) int prefix) {
        var block = new Ipv4Cidr(edge + offset, prefix);

        boolean oracle = addressesOf(block).allMatch(Ipv4CidrPropertyTests::inRfc1918);

        assertThat(block.isPrivate()).isEqualTo(oracle);
    }

    @Property
    void hasPrefixBetweenExactlyWhenOneOfTheLengthsInTheRangeIsItsOwn(
            @ForAll @IntRange(min = 0, max = 32) int prefix,
            @ForAll @IntRange(min = 0, max = 32) int shortest,
            @ForAll @IntRange(min = 0, max = 32) int longest) {
        var block = new Ipv4Cidr(BASE, prefix);

        boolean oracle = IntStream.rangeClosed(shortest, longest).anyMatch(length -> length == prefix);

        assertThat(block.hasPrefixBetween(shortest, longest)).isEqualTo(oracle);
    }

    @Property
    void resizesToTheBlockOfTheNewLengthHoldingTheFirstAddress(
            @ForAll @IntRange(min = 0, max = WINDOW - 1) int offset,
            @ForAll @IntRange(min = 22, max = 32) int prefix,
            @ForAll @IntRange(min = 22, max = 32) int newPrefix) {
        var block = new Ipv4Cidr(BASE + offset, prefix);

        var resized = block.resizedTo(newPrefix);

        long firstAddress = addressesOf(block).min().orElseThrow();
        assertThat(resized.prefixLength()).isEqualTo(newPrefix);
        assertThat(resized.address() & 0xffffffffL)
                .isEqualTo(addressesOf(resized).min().orElseThrow());
        assertThat(addressesOf(resized)).contains(firstAddress);
    }

    @Provide
    Arbitrary<Integer> rangeEdges() {
        // The first address of each RFC 1918 range and the first one after it, so blocks straddle both edges.
        return Arbitraries.of("10.0.0.0", "11.0.0.0", "172.16.0.0", "172.32.0.0", "192.168.0.0", "192.169.0.0")
                .map(address -> Ipv4Cidr.parse(address + "/32").address());
    }

    @ParameterizedTest
    @CsvSource({"28, 11", "27, 27", "24, 251", "20, 4091", "19, 8187", "16, 65531", "30, 0", "32, 0"})
    void leavesTheAddressesAwsDoesNotReserve(int prefix, long usable) {
        assertThat(new Ipv4Cidr(BASE, prefix).awsUsableAddresses()).isEqualTo(usable);
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, true",
        "10.255.255.0/24, true",
        "172.31.0.0/16, true",
        "172.32.0.0/16, false",
        "192.168.0.0/16, true",
        "192.168.0.0/15, false",
        "100.64.0.0/10, false"
    })
    void knowsTheRfc1918Ranges(String text, boolean isPrivate) {
        assertThat(Ipv4Cidr.parse(text).isPrivate()).isEqualTo(isPrivate);
    }

    /** Every address of the block, found by comparing prefixes over the aligned 1,024-address window around it. */
    private static LongStream addressesOf(Ipv4Cidr block) {
        int window = block.address() & -WINDOW;
        return IntStream.range(0, WINDOW)
                .map(index -> window + index)
                .filter(address -> inBlock(address, block.address(), block.prefixLength()))
                .mapToLong(address -> address & 0xffffffffL);
    }

    private static boolean inBlock(long address, int blockAddress, int prefix) {
        int shift = 32 - prefix;
        return shift == 32 || ((int) address >>> shift) == (blockAddress >>> shift);
    }

    private static boolean inRfc1918(long address) {
        int a = (int) address;
        return (a >>> 24) == 10 || (a >>> 20) == 0xac1 || (a >>> 16) == 0xc0a8;
    }
}
