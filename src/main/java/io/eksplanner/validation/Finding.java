package io.eksplanner.validation;

/**
 * One thing validation found: a stable {@code code}, its severity, the JSON path of the offending field (e.g.
 * {@code subnets[2].cidr}), a message naming the concrete values, a hint saying how to fix it, and the rule's
 * public source. Public: {@code planning.web} uses it.
 */
public record Finding(String code, Severity severity, String path, String message, String hint, String source) {}
