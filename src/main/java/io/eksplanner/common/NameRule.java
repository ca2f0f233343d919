package io.eksplanner.common;

import java.util.regex.Pattern;

/**
 * The naming rules of the systems that own the planner's resources: EKS for clusters and node groups, Kubernetes
 * for namespaced objects, labels and ports. Public: {@code importing.manifests} and {@code topology.spec} use it.
 */
public enum NameRule {
    /** EKS cluster names: letters, digits, '-' and '_', starting with a letter or digit, at most 100. */
    EKS_CLUSTER("[A-Za-z0-9][A-Za-z0-9_-]*", 100, "letters, digits, '-' and '_', starting with a letter or digit"),
    /** Node group and subnet names: the EKS rule with at most 63 characters. */
    EKS_RESOURCE("[A-Za-z0-9][A-Za-z0-9_-]*", 63, "letters, digits, '-' and '_', starting with a letter or digit"),
    /** Kubernetes DNS-1123 label (namespaces). */
    DNS1123_LABEL(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?",
            63,
            "lower-case letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label)"),
    /** Kubernetes DNS-1035 label (Services). */
    DNS1035_LABEL(
            "[a-z]([-a-z0-9]*[a-z0-9])?",
            63,
            "lower-case letters, digits and '-', starting with a letter and ending with a letter or digit"
                    + " (RFC 1035 label)"),
    /** Kubernetes DNS-1123 subdomain (workloads, Ingresses, IngressClasses). */
    DNS1123_SUBDOMAIN(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
            253,
            "lower-case RFC 1123 labels separated by '.'"),
    /** A container or Service port name (IANA_SVC_NAME). */
    PORT_NAME(
            "(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*",
            15,
            "lower-case letters, digits and single '-' between them, with at least one letter (IANA service name)"),
    /** A label, selector, annotation or tag key: an optional DNS subdomain prefix and '/', then a name. */
    QUALIFIED_KEY(
            "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
                    + "[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?",
            316,
            "an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.',"
                    + " starting and ending with a letter or digit"),
    /** A label or selector value: empty, or a name of at most 63 characters. */
    LABEL_VALUE(
            "([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?",
            63,
            "empty, or letters, digits, '-', '_' and '.', starting and ending with a letter or digit"),
    /** An AWS tag key, such as {@code kubernetes.io/cluster/demo}. */
    AWS_TAG_KEY("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+", 128, "letters, digits, spaces and _ . : / = + - @"),
    /** An AWS tag value. */
    AWS_TAG_VALUE("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", 256, "letters, digits, spaces and _ . : / = + - @"),
    /** An AWS region or Availability Zone name, such as {@code ap-northeast-2} or {@code ap-northeast-2a}. */
    AWS_ZONE("[a-z]{2}(-[a-z0-9]+)+", 64, "an AWS name such as ap-northeast-2 or ap-northeast-2a");

    private final Pattern pattern;
    private final int maxLength;
    private final String description;

    NameRule(String regex, int maxLength, String description) {
        this.pattern = Pattern.compile(regex);
        this.maxLength = maxLength;
        this.description = description;
    }

    /** Whether {@code name} follows this rule; null is not a name. */
    public boolean accepts(String name) {
        return name != null
                && name.length() <= maxLength
                && pattern.matcher(name).matches()
                && keyPartsFit(name);
    }

    // A qualified key's name part is at most 63 characters, its prefix at most 253.
    private boolean keyPartsFit(String name) {
        if (this != QUALIFIED_KEY) {
            return true;
        }
        int slash = name.indexOf('/');
        return slash < 0 ? name.length() <= 63 : slash <= 253 && name.length() - slash - 1 <= 63;
    }

    /** A sentence saying what the rule allows. */
    public String describe() {
        return "must be " + description + ", at most " + maxLength + " characters";
    }
}
