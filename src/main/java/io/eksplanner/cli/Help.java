package io.eksplanner.cli;

/** The text of {@code --help}. */
final class Help {

    private Help() {}

    static String usage(String command) {
        return command.equals("diff")
                ? "java -jar eks-network-planner.jar diff [options] BASE HEAD"
                : "java -jar eks-network-planner.jar check [options] PATH...";
    }

    static String text(String command) {
        String what = command.equals("diff") ? """
                  Compares two states of a cluster's files (folders or files): findings added and resolved, each
                  subnet's free addresses and headroom at desired and at maximum size, node groups' max pods and
                  capacity, and load balancers added, removed or changed. --fail-on applies to added findings.
                  """ : """
                  Reads eksctl ClusterConfigs, Kubernetes manifests and topology JSON documents (files, folders, or -
                  for standard input), plans each cluster's ENIs, pod IPs and load balancers, validates the network,
                  and reports the findings at the file, line and column they come from.
                  """;
        return "usage: " + usage(command) + "\n\n" + what + """

                options:
                  -f, --format FORMAT     table|json|sarif|junit|github|markdown (default table); repeatable
                  -o, --output FILE       write the preceding --format to FILE instead of standard output
                  --fail-on LEVEL         error|warning|never: the findings that fail the run (default error)
                  --config FILE           the settings file (default: .eksplanner.yaml in the working directory)
                  --baseline FILE         report the findings recorded in FILE as suppressed
                  --write-baseline FILE   record this run's findings in FILE (check only)
                  --controller NAME       LEGACY|AWS_LOAD_BALANCER_CONTROLLER, when the files do not say
                  --webhook true|false    whether the controller's Service mutator webhook runs
                  -h, --help              this text
                  -V, --version           the planner's version

                exit codes: 0 passed, 1 a finding reached --fail-on, 2 ill-formed input or usage, 3 internal error.
                Suppress a finding with the annotation eksplanner.io/ignore: "CODE[,CODE]: reason" on the object
                (or in the ClusterConfig's metadata.annotations, for the whole cluster).
                """;
    }
}
