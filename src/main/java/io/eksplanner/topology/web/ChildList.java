package io.eksplanner.topology.web;

import java.util.List;

/** The children of one collection of a cluster, in the order they were given. */
record ChildList<S>(List<S> items) {}
