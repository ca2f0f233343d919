package io.eksplanner.ipam.web;

/**
 * How much of an IP plan to return: the summary, a page of nodes, or a page of pods. Public: the one-call plan of
 * {@code planning.web} uses it too.
 */
public enum Detail {
    SUMMARY,
    NODES,
    PODS
}
