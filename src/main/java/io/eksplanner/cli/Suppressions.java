package io.eksplanner.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code eksplanner.io/ignore: "CODE[,CODE]: reason"} annotations of a cluster's files: one on a Kubernetes
 * object suppresses those codes in the findings that point at that object; one in the ClusterConfig's {@code
 * metadata.annotations} suppresses them in the whole cluster. A reason is required.
 */
final class Suppressions {

    static final String ANNOTATION = "eksplanner.io/ignore";

    private static final Pattern VALUE = Pattern.compile("\\s*([A-Z0-9_]+(?:\\s*,\\s*[A-Z0-9_]+)*)\\s*:\\s*(\\S.*)");

    /** The codes an annotation names, and its reason. */
    private record Ignore(Set<String> codes, String reason) {}

    private final Map<SourceMap.Site, Ignore> byObject = new HashMap<>();
    private final Ignore clusterWide;

    Suppressions(SourceMap sources, List<SourceMap.Site> objects) {
        this.clusterWide = sources.base() == null ? null : ignoreOf(sources.base());
        for (SourceMap.Site site : objects) {
            var ignore = ignoreOf(site);
            if (ignore != null) {
                byObject.put(site, ignore);
            }
        }
    }

    /** Why a finding of {@code code} at {@code site} is suppressed, or null when it is not. */
    String reason(String code, SourceMap.Site site) {
        var ignore = site == null ? null : byObject.get(site);
        if (ignore != null && ignore.codes().contains(code)) {
            return ANNOTATION + " on " + site.label() + ": " + ignore.reason();
        }
        if (clusterWide != null && clusterWide.codes().contains(code)) {
            return ANNOTATION + " in the ClusterConfig: " + clusterWide.reason();
        }
        return null;
    }

    private static Ignore ignoreOf(SourceMap.Site site) {
        var annotations = YamlTree.child(YamlTree.child(site.node(), "metadata"), "annotations");
        var value = YamlTree.child(annotations, ANNOTATION);
        if (value == null) {
            return null;
        }
        var matcher = VALUE.matcher(YamlTree.scalar(value));
        if (!matcher.matches()) {
            var mark = YamlTree.mark(value);
            throw new InputRejected(site.source().file() + ":" + (mark == null ? 1 : mark.getLine() + 1) + ":"
                    + (mark == null ? 1 : mark.getColumn() + 1) + ": " + ANNOTATION
                    + " must be \"CODE[,CODE]: reason\", not \"" + YamlTree.scalar(value) + "\"");
        }
        return new Ignore(
                Set.of(matcher.group(1).split("\\s*,\\s*")), matcher.group(2).trim());
    }
}
