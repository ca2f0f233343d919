package io.eksplanner.topology.spec;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.common.NullAsEmpty;
import io.eksplanner.topology.model.ClusterTopology;
import java.util.List;
import java.util.function.Function;

/** How the document's values become the snapshot's: CIDR text parsed once, port references, omitted lists. */
final class SpecValues {

    private SpecValues() {}

    static Ipv4Cidr cidr(String text) {
        return text == null ? null : Ipv4Cidr.parse(text);
    }

    static <S, T> List<T> map(List<S> specs, Function<S, T> mapper) {
        return NullAsEmpty.mapped(specs, mapper);
    }

    static ClusterTopology.PortRef port(PortReference reference) {
        return reference == null ? null : new ClusterTopology.PortRef(reference.number(), reference.name());
    }
}
