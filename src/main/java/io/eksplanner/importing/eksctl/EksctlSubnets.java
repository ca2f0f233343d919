package io.eksplanner.importing.eksctl;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cluster's subnets as eksctl knows them: the public and private ones of {@code vpc.subnets} by their key (an AZ
 * or an alias), or eksctl's default split of the VPC CIDR over the AZs, and the subnets node groups name only by id.
 */
final class EksctlSubnets {

    static final String PUBLIC_ROLE_TAG = "kubernetes.io/role/elb";
    static final String PRIVATE_ROLE_TAG = "kubernetes.io/role/internal-elb";

    /** The key of eksctl's split over an Outpost's AZ, which only AWS Outposts knows. */
    private static final String OUTPOST_ZONE = "";

    private static final Pattern AZ_NAME = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+[a-z]");

    private final String region;
    private final boolean natGateways;
    private final EksctlLog log;
    private final Map<String, SubnetSpec> publicSubnets = new LinkedHashMap<>();
    private final Map<String, SubnetSpec> privateSubnets = new LinkedHashMap<>();
    private final Map<String, SubnetSpec> localPublicSubnets = new LinkedHashMap<>();
    private final Map<String, SubnetSpec> localPrivateSubnets = new LinkedHashMap<>();
    private final List<SubnetSpec> extraSubnets = new ArrayList<>();

    EksctlSubnets(String region, boolean natGateways, EksctlLog log) {
        this.region = region;
        this.natGateways = natGateways;
        this.log = log;
    }

    /** The AZ's letter part, as eksctl's default subnet names use it: {@code ap-northeast-2a} → {@code a}. */
    static String zoneSuffix(String zone, String region) {
        if (zone == null) {
            return null;
        }
        if (region != null && zone.startsWith(region) && zone.length() > region.length()) {
            var suffix = zone.substring(region.length());
            return suffix.startsWith("-") ? suffix.substring(1) : suffix;
        }
        return zone;
    }

    /** The name the planner gives a subnet eksctl keys by its AZ: {@code public-a}, {@code private-b}. */
    static String defaultSubnetName(SubnetType type, String zone, String region) {
        return type.name().toLowerCase(Locale.ROOT) + "-" + zoneSuffix(zone, region);
    }

    static SubnetSpec subnet(String name, String id, String cidr, String zone, SubnetType type, boolean natGateways) {
        boolean isPublic = type == SubnetType.PUBLIC;
        return new SubnetSpec(
                name,
                id,
                cidr,
                zone,
                type,
                isPublic ? Egress.INTERNET_GATEWAY : natGateways ? Egress.NAT_GATEWAY : Egress.NONE,
                isPublic,
                Map.of(isPublic ? PUBLIC_ROLE_TAG : PRIVATE_ROLE_TAG, "1"),
                null);
    }

    /**
     * Reads the subnets of {@code vpc.subnets}; without them, and for a VPC eksctl creates, eksctl's split of the
     * VPC CIDR over {@code availabilityZones} and {@code localZones} (or the AZs eksctl would pick), or, for a control
     * plane on Outposts ({@code onOutposts}), over the Outpost's one AZ.
     */
    void read(EksctlFields root, EksctlVpc vpc, boolean onOutposts) {
        var zones = root.strings("availabilityZones");
        var localZones = root.strings("localZones");
        var subnets = vpc.fields() == null ? null : vpc.fields().object("subnets");
        if (subnets != null) {
            subnets.allowOnly(ClusterConfigSchema.SUBNET_GROUPS);
            if (zones != null) {
                log.problem("availabilityZones", "vpc.subnets and availabilityZones cannot be set at the same time");
            }
            given(subnets, SubnetType.PUBLIC, publicSubnets);
            given(subnets, SubnetType.PRIVATE, privateSubnets);
            return;
        }
        if (vpc.existingId() != null) {
            log.defaulted("vpc.subnets: none given for the existing VPC " + vpc.existingId()
                    + "; eksctl would look them up in AWS, so the topology has none");
            return;
        }
        if (onOutposts && zones == null && localZones == null) {
            split(vpc.cidr(), List.of(OUTPOST_ZONE), List.of());
            return;
        }
        if (zones == null) {
            if (region == null) {
                return;
            }
            zones = defaultZones();
        }
        split(vpc.cidr(), zones, localZones == null ? List.of() : localZones);
    }

    private List<String> defaultZones() {
        var letters = region.equals("us-east-1") ? List.of("a", "b") : List.of("a", "b", "c");
        var zones = letters.stream().map(letter -> region + letter).toList();
        log.defaulted("availabilityZones: " + zones + "; eksctl picks " + letters.size()
                + " of the region's AZs at random, and the planner takes the first ones");
        return zones;
    }

    private void given(EksctlFields subnets, SubnetType type, Map<String, SubnetSpec> into) {
        var kind = type == SubnetType.PUBLIC ? "public" : "private";
        subnets.objects(kind).forEach((key, spec) -> {
            spec.allowOnly(ClusterConfigSchema.SUBNET);
            var id = spec.string("id");
            var zone = spec.string("az");
            var cidr = spec.cidr("cidr");
            String name;
            if (zone == null && AZ_NAME.matcher(key).matches()) {
                zone = key;
                name = defaultSubnetName(type, zone, region);
            } else if (zone != null && zone.equals(key)) {
                name = defaultSubnetName(type, zone, region);
            } else {
                name = key;
            }
            if (zone == null) {
                // eksctl (pkg/vpc/vpc.go importSubnetsForTopology, describeSubnets; commit 99984adb) finds an alias
                // subnet in AWS by its id, else by its CIDR in vpc.id, and takes the AZ from there.
                log.defaulted("vpc.subnets." + kind + "." + key + ": its AZ is not known without asking AWS for the"
                        + " subnet " + (id != null ? id : cidr != null ? "with CIDR " + cidr : "named " + key)
                        + ", so the subnet has none (SUBNET_AZ_UNKNOWN)");
            }
            if (cidr == null && id != null) {
                log.defaulted("vpc.subnets." + kind + "." + key + ": given only by id " + id
                        + "; its CIDR is not known without asking AWS, so the subnet has none");
            }
            if (all().stream().anyMatch(subnet -> subnet.name().equals(name))) {
                log.problem(spec.path(), "two subnets would both be named " + name);
            }
            into.put(key, subnet(name, id, cidr, zone, type, natGateways));
        });
    }

    /**
     * eksctl's {@code SetSubnets} (pkg/vpc/vpc.go, commit 99984adb): public blocks first, then private, one of each per
     * zone, the AZs' before the Local Zones', which it keeps apart as {@code LocalZoneSubnets}
     * (src/docs/reference/eks-vpc.md §8.2).
     */
    private void split(String vpcCidr, List<String> availabilityZones, List<String> localZones) {
        var parsed = Ipv4Cidr.tryParse(vpcCidr);
        var zones = new ArrayList<String>(availabilityZones);
        zones.addAll(localZones);
        if (parsed.isEmpty() || zones.isEmpty()) {
            return;
        }
        var cidr = parsed.get();
        int total = 2 * zones.size();
        if (!cidr.hasPrefixBetween(16, 24)) {
            log.problem("vpc.cidr", "VPC CIDR prefix must be between /16 and /24");
            return;
        }
        if (total > 16) {
            log.problem("availabilityZones", "cannot create more than 16 subnets, " + total + " requested");
            return;
        }
        int prefix = cidr.prefixLength() + (total <= 8 ? 3 : 4);
        long step = 1L << (32 - prefix);
        var parts = new ArrayList<String>();
        for (int i = 0; i < total; i++) {
            var type = i < zones.size() ? SubnetType.PUBLIC : SubnetType.PRIVATE;
            var zone = zones.get(i % zones.size());
            var block = new Ipv4Cidr((int) (cidr.network() + i * step), prefix).toString();
            var local = i % zones.size() >= availabilityZones.size();
            if (zone.equals(OUTPOST_ZONE)) {
                var name = type.name().toLowerCase(Locale.ROOT) + "-outpost";
                ofType(type).put(name, subnet(name, null, block, null, type, natGateways));
                parts.add(name + " " + block);
                continue;
            }
            var name = defaultSubnetName(type, zone, region);
            (local ? localOfType(type) : ofType(type)).put(zone, subnet(name, null, block, zone, type, natGateways));
            parts.add(name + " " + block);
        }
        log.defaulted("vpc.subnets: eksctl splits " + cidr + " into /" + prefix + " blocks, a public and a"
                + " private one per AZ: " + String.join(", ", parts)
                + (availabilityZones.contains(OUTPOST_ZONE)
                        ? "; both on the control plane's Outpost, in its AZ, which eksctl asks AWS Outposts for"
                                + " (SUBNET_AZ_UNKNOWN)"
                        : ""));
    }

    /**
     * The public or the private subnets of the AZs, by their key in {@code vpc.subnets} (or their AZ, when eksctl
     * split): eksctl's {@code VPC.Subnets}, which never holds a Local Zone's.
     */
    Map<String, SubnetSpec> ofType(SubnetType type) {
        return type == SubnetType.PUBLIC ? publicSubnets : privateSubnets;
    }

    /** The public or the private Local Zone subnets by zone: eksctl's {@code VPC.LocalZoneSubnets}. */
    Map<String, SubnetSpec> localOfType(SubnetType type) {
        return type == SubnetType.PUBLIC ? localPublicSubnets : localPrivateSubnets;
    }

    /** Whether eksctl's split made subnets in Local Zones. */
    boolean hasLocalZoneSubnets() {
        return !localPublicSubnets.isEmpty() || !localPrivateSubnets.isEmpty();
    }

    Optional<SubnetSpec> withId(String id) {
        return all().stream().filter(subnet -> id.equals(subnet.id())).findFirst();
    }

    /**
     * Adds a subnet named only by an id {@code vpc.subnets} does not list, as eksctl would look it up in AWS: of the
     * type the group's networking asks (null when nothing says, as for {@code controlPlaneSubnetIDs}), with no CIDR or
     * AZ.
     */
    void addById(String id, SubnetType type) {
        extraSubnets.add(
                type == null
                        ? new SubnetSpec(id, id, null, null, null, null, null, Map.of(), null)
                        : subnet(id, id, null, null, type, natGateways));
    }

    /** Every subnet: the public ones, the private ones, the Local Zones' public and private ones, then those by id. */
    List<SubnetSpec> all() {
        var all = new ArrayList<SubnetSpec>(publicSubnets.values());
        all.addAll(privateSubnets.values());
        all.addAll(localPublicSubnets.values());
        all.addAll(localPrivateSubnets.values());
        all.addAll(extraSubnets);
        return all;
    }
}
