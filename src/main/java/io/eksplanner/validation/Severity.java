package io.eksplanner.validation;

/**
 * How much a finding matters: an ERROR means EKS, eksctl or AWS would refuse the network or it would not work. Public:
 * {@code planning.web} and {@code validation.rules} use it.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
