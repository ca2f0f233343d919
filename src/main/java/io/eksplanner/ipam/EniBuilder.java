package io.eksplanner.ipam;

import io.eksplanner.ipam.IpPlan.EniPlan;

/** An ENI of a node while its addresses are taken. */
final class EniBuilder {

    final int index;
    final EniKind kind;
    final SubnetSpace space;
    final long primaryIp;
    final LongList secondaries = new LongList();
    final LongList prefixes = new LongList();

    EniBuilder(int index, EniKind kind, SubnetSpace space, long primaryIp) {
        this.index = index;
        this.kind = kind;
        this.space = space;
        this.primaryIp = primaryIp;
    }

    /** The prefixes the ENI holds with prefix delegation, else its secondary IPs. */
    LongList slots(boolean prefixDelegation) {
        return prefixDelegation ? prefixes : secondaries;
    }

    EniPlan build() {
        return new EniPlan(index, kind, space.name(), primaryIp, secondaries.toArray(), prefixes.toArray());
    }
}
