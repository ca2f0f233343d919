package io.eksplanner.topology.model;

/**
 * An IngressClass's {@code spec.parameters}: the API group (null for the core group), kind and name of the object that
 * holds its settings.
 */
public record ParametersReference(String apiGroup, String kind, String name) {}
