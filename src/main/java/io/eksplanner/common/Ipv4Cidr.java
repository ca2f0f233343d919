package io.eksplanner.common;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block written {@code a.b.c.d/n}, parsed once; host bits may be set, since that is a finding of
 * validation rather than a syntax error. Public: {@code importing.eksctl}, {@code ipam}, {@code planning.web}, {@code
 * routing}, {@code topology.model}, {@code topology.spec} and {@code validation.rules} use it.
 */
public record Ipv4Cidr(int address, int prefixLength) {

    private static final Pattern SYNTAX =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    // Declared after SYNTAX: static fields initialise in textual order and these parse.

    /** RFC 1918 private range 10.0.0.0/8. */
    public static final Ipv4Cidr RFC1918_10 = parse("10.0.0.0/8");

    /** RFC 1918 private range 172.16.0.0/12. */
    public static final Ipv4Cidr RFC1918_172 = parse("172.16.0.0/12");

    /** RFC 1918 private range 192.168.0.0/16. */
    public static final Ipv4Cidr RFC1918_192 = parse("192.168.0.0/16");

    /** The three RFC 1918 private ranges, in address order. */
    public static final List<Ipv4Cidr> RFC1918 = List.of(RFC1918_10, RFC1918_172, RFC1918_192);

    /** RFC 6598 shared address space (carrier-grade NAT), AWS's recommended range for pod subnets. */
    public static final Ipv4Cidr SHARED_ADDRESS_SPACE = parse("100.64.0.0/10");

    /** RFC 3927 link-local range, which AWS says "cannot be assigned to VPCs". */
    public static final Ipv4Cidr LINK_LOCAL = parse("169.254.0.0/16");

    /** The range some AWS services (Cloud9, SageMaker: Docker's default bridge) use, which VPCs should avoid. */
    public static final Ipv4Cidr AWS_SERVICES_DOCKER = parse("172.17.0.0/16");

    /** The default VPC's range, which AWS refuses as a secondary block beside a primary in 172.16.0.0/12. */
    public static final Ipv4Cidr DEFAULT_VPC = parse("172.31.0.0/16");

    /** Half of RFC 2544's benchmarking range, which AWS refuses as a secondary VPC block. */
    public static final Ipv4Cidr BENCHMARK_198_19 = parse("198.19.0.0/16");

    public Ipv4Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length must be 0-32, was " + prefixLength);
        }
    }

    /** Parses {@code text}, or returns empty when it is not written {@code a.b.c.d/n} with octets ≤ 255, n ≤ 32. */
    public static Optional<Ipv4Cidr> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int address = 0;
        for (int group = 1; group <= 4; group++) {
            int octet = Integer.parseInt(matcher.group(group));
            if (octet > 255 || hasLeadingZero(matcher.group(group))) {
                return Optional.empty();
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(matcher.group(5));
        if (prefix > 32 || hasLeadingZero(matcher.group(5))) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Cidr(address, prefix));
    }

    /** Parses {@code text}, throwing {@link IllegalArgumentException} when it is ill-formed. */
    public static Ipv4Cidr parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException("not an IPv4 CIDR written a.b.c.d/n: " + text));
    }

    // Leading zeros are refused because some parsers read them as octal; the AWS APIs refuse them too.
    private static boolean hasLeadingZero(String digits) {
        return digits.length() > 1 && digits.charAt(0) == '0';
    }

    /** The netmask of this block as an int (all ones for the prefix bits). */
    public int netmask() {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    /** The first address of the block, host bits cleared. */
    public int network() {
        return address & netmask();
    }

    /** Whether the written address has bits set beyond the prefix. */
    public boolean hostBitsSet() {
        return address != network();
    }

    /** The number of addresses in the block, 2^(32−n). */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    /** The first address of the block as an unsigned value (0 to 2^32−1). */
    public long first() {
        return network() & 0xffffffffL;
    }

    /** The last address of the block as an unsigned value. */
    public long last() {
        return first() + size() - 1;
    }

    /** Whether every address of {@code other} lies in this block (host bits of either are ignored). */
    public boolean contains(Ipv4Cidr other) {
        return first() <= other.first() && other.last() <= last();
    }

    /** Whether the two blocks share at least one address (host bits ignored). */
    public boolean overlaps(Ipv4Cidr other) {
        return first() <= other.last() && other.first() <= last();
    }

    /** Whether the block lies wholly inside one of the RFC 1918 private ranges (host bits ignored). */
    public boolean isPrivate() {
        return RFC1918.stream().anyMatch(range -> range.contains(this));
    }

    /** Whether the prefix length is between {@code shortest} and {@code longest}, both included. */
    public boolean hasPrefixBetween(int shortest, int longest) {
        return shortest <= prefixLength && prefixLength <= longest;
    }

    /** The block of {@code newPrefixLength} (0–32) that holds this block's first address, host bits cleared. */
    public Ipv4Cidr resizedTo(int newPrefixLength) {
        return new Ipv4Cidr(network(), newPrefixLength).normalized();
    }

    /** This block with its host bits cleared, as AWS would store it. */
    public Ipv4Cidr normalized() {
        return hostBitsSet() ? new Ipv4Cidr(network(), prefixLength) : this;
    }

    /**
     * The addresses an AWS VPC subnet of this size leaves for use: all but the first four and the last, which AWS
     * reserves (network, VPC router, DNS, future use, broadcast); never below zero.
     */
    public long awsUsableAddresses() {
        return Math.max(0, size() - 5);
    }

    @Override
    public String toString() {
        return formatAddress(address) + "/" + prefixLength;
    }

    /**
     * Formats an IPv4 address held as an unsigned value (0 to 2^32−1), as the planners keep them, in dotted quad;
     * null stays null.
     */
    public static String formatAddress(Long address) {
        return address == null ? null : formatAddress(address.intValue());
    }

    /** Formats an IPv4 address held in an int as dotted quad. */
    public static String formatAddress(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
