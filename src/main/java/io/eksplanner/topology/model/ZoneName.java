package io.eksplanner.topology.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An AWS zone name split into its region and what follows: one letter for an Availability Zone
 * ({@code ap-northeast-2a}), a hyphen and more for a Local Zone ({@code us-west-2-lax-1a}) or a Wavelength Zone
 * ({@code us-east-1-wl1-bos-wlz-1}). Public because validation (the control plane's zones) and routing (the zones the
 * legacy cloud provider places load balancers in) both classify zones.
 */
public record ZoneName(String region, String suffix) {

    // src/docs/reference/eks-vpc.md §1.6–1.7: a Local or Wavelength Zone is named after its parent region plus a
    // hyphenated suffix.
    private static final Pattern ZONE = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d+)([a-z]|-[a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern WAVELENGTH_GROUP = Pattern.compile("-wl\\d+-");

    /** The parts of {@code name}, or empty when it is null or not written like an AWS zone name. */
    public static Optional<ZoneName> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var matcher = ZONE.matcher(name);
        return matcher.matches() ? Optional.of(new ZoneName(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** Whether {@code name} is a zone of {@code region}: an AZ, Local Zone or Wavelength Zone whose parent it is. */
    public static boolean isInRegion(String name, String region) {
        return parse(name).map(zone -> zone.region().equals(region)).orElse(false);
    }

    /** Whether {@code name} is a Local Zone or Wavelength Zone, where EKS places no control-plane interfaces. */
    public static boolean isLocalOrWavelength(String name) {
        return parse(name).map(ZoneName::isLocalOrWavelength).orElse(false);
    }

    /** Whether this is a Local Zone or Wavelength Zone rather than an Availability Zone. */
    public boolean isLocalOrWavelength() {
        return suffix.startsWith("-");
    }

    /** Whether this is a Wavelength Zone: its suffix carries a {@code wl<n>} group. */
    public boolean isWavelength() {
        return isLocalOrWavelength() && WAVELENGTH_GROUP.matcher(suffix).find();
    }

    /** "Availability Zone", "Local Zone" or "Wavelength Zone". */
    public String kind() {
        if (!isLocalOrWavelength()) {
            return "Availability Zone";
        }
        return isWavelength() ? "Wavelength Zone" : "Local Zone";
    }
}
