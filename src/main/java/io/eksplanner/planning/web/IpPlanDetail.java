package io.eksplanner.planning.web;

/** How much of an IP plan to return: the summary, a page of nodes, or a page of pods. */
enum IpPlanDetail {
    SUMMARY,
    NODES,
    PODS
}
