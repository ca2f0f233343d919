package io.eksplanner.cli;

import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.spec.CniSpec;
import io.eksplanner.topology.spec.LoadBalancingSpec;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The planner's settings for a repository, from {@code .eksplanner.yaml} in the working directory or the file {@code
 * --config} names: the load-balancing controllers, CNI settings for clusters whose files carry none, severity overrides
 * per code, codes turned off, and the fail-on threshold. Flags win over the file.
 */
record ProjectConfig(
        LoadBalancingSpec loadBalancing,
        CniSpec cni,
        Map<String, Severity> severities,
        Set<String> disabled,
        FailOn failOn) {

    static final String FILE_NAME = ".eksplanner.yaml";

    private static final Set<String> KEYS = Set.of("loadBalancing", "cni", "severity", "disable", "failOn");
    private static final Set<String> CNI_KEYS = Set.of(
            "prefixDelegation",
            "warmEniTarget",
            "warmIpTarget",
            "minimumIpTarget",
            "warmPrefixTarget",
            "customNetworking",
            "podSecurityGroups",
            "subnetDiscovery");

    static ProjectConfig none() {
        return new ProjectConfig(null, null, Map.of(), Set.of(), null);
    }

    /** The file {@code --config} names, else {@code .eksplanner.yaml} when the working directory has one. */
    static ProjectConfig load(String given) {
        Path file = given != null ? Path.of(given) : Path.of(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (given != null) {
                throw new InputRejected(given + ": no such config file");
            }
            return none();
        }
        String shown = given != null ? given : FILE_NAME;
        try {
            var documents = new YamlDocuments().parse(Files.readString(file, StandardCharsets.UTF_8));
            Object root = documents.isEmpty() ? null : documents.get(0);
            return root == null ? none() : read(root, shown);
        } catch (IOException e) {
            throw new InputRejected(shown + ": cannot be read");
        } catch (ImportRejected e) {
            throw new InputRejected(
                    shown + ":" + YamlProblems.place(e.problems().get(0)) + ": "
                            + YamlProblems.withoutPlace(e.problems().get(0).message()));
        }
    }

    private static ProjectConfig read(Object root, String file) {
        var map = mapping(root, file, "the config");
        unknown(map, KEYS, file, "");
        var loadBalancing = mapping(orEmpty(map.get("loadBalancing")), file, "loadBalancing");
        unknown(loadBalancing, Set.of("controller", "serviceMutatorWebhook"), file, "loadBalancing.");
        var cni = mapping(orEmpty(map.get("cni")), file, "cni");
        unknown(cni, CNI_KEYS, file, "cni.");
        Map<String, Severity> severities = new HashMap<>();
        mapping(orEmpty(map.get("severity")), file, "severity")
                .forEach((code, severity) -> severities.put(code(code, file), severity(severity, file, code)));
        Set<String> disabled = new HashSet<>();
        if (map.get("disable") instanceof List<?> codes) {
            codes.forEach(code -> disabled.add(code(code, file)));
        } else if (map.containsKey("disable")) {
            throw new InputRejected(file + ": disable must be a list of finding codes");
        }
        return new ProjectConfig(
                loadBalancing.isEmpty()
                        ? null
                        : new LoadBalancingSpec(controller(loadBalancing.get("controller"), file), (Boolean)
                                typed(loadBalancing.get("serviceMutatorWebhook"), Boolean.class, file)),
                cni.isEmpty() ? null : cniSpec(cni, file),
                Map.copyOf(severities),
                Set.copyOf(disabled),
                map.get("failOn") == null ? null : FailOn.named(String.valueOf(map.get("failOn")), file + ": failOn"));
    }

    private static CniSpec cniSpec(Map<?, ?> cni, String file) {
        return new CniSpec(
                (Boolean) typed(cni.get("prefixDelegation"), Boolean.class, file),
                (Integer) typed(cni.get("warmEniTarget"), Integer.class, file),
                (Integer) typed(cni.get("warmIpTarget"), Integer.class, file),
                (Integer) typed(cni.get("minimumIpTarget"), Integer.class, file),
                (Integer) typed(cni.get("warmPrefixTarget"), Integer.class, file),
                (Boolean) typed(cni.get("customNetworking"), Boolean.class, file),
                (Boolean) typed(cni.get("podSecurityGroups"), Boolean.class, file),
                (Boolean) typed(cni.get("subnetDiscovery"), Boolean.class, file));
    }

    private static Object typed(Object value, Class<?> type, String file) {
        if (value != null && !type.isInstance(value)) {
            throw new InputRejected(
                    file + ": " + value + " must be a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return value;
    }

    private static LoadBalancerController controller(Object value, String file) {
        if (value == null) {
            return null;
        }
        try {
            return LoadBalancerController.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InputRejected(file + ": loadBalancing.controller must be LEGACY or AWS_LOAD_BALANCER_CONTROLLER");
        }
    }

    private static String code(Object code, String file) {
        try {
            return FindingCode.valueOf(String.valueOf(code)).name();
        } catch (IllegalArgumentException e) {
            throw new InputRejected(file + ": " + code + " is not a finding code");
        }
    }

    private static Severity severity(Object severity, String file, Object code) {
        try {
            return Severity.valueOf(String.valueOf(severity).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputRejected(file + ": severity." + code + " must be error, warning or info");
        }
    }

    private static Object orEmpty(Object value) {
        return value == null ? Map.of() : value;
    }

    private static Map<?, ?> mapping(Object value, String file, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InputRejected(file + ": " + what + " must be a mapping");
    }

    private static void unknown(Map<?, ?> map, Set<String> known, String file, String prefix) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new InputRejected(file + ": unknown setting " + prefix + key + " (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }
}
