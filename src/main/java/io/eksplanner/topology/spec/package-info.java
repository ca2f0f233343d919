/**
 * The user's document: {@link io.eksplanner.topology.spec.TopologyDocument} and its spec records, with the
 * well-formedness constraints (names, CIDRs, ranges, unique keys) that a request must meet before it is stored or
 * planned (src/docs/domain-rules.md §1).
 */
package io.eksplanner.topology.spec;
