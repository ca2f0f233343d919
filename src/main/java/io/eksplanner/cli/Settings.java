package io.eksplanner.cli;

import io.eksplanner.topology.model.LoadBalancerController;
import io.eksplanner.topology.spec.LoadBalancingSpec;

/** The settings of a run: the config file, with {@code --controller}, {@code --webhook} and {@code --fail-on} over it. */
final class Settings {

    private Settings() {}

    static ProjectConfig config(Options options) {
        var config = ProjectConfig.load(options.config());
        if (options.controller() == null && options.webhook() == null) {
            return config;
        }
        var given = config.loadBalancing();
        LoadBalancerController controller = given == null ? null : given.controller();
        if (options.controller() != null) {
            try {
                controller = LoadBalancerController.valueOf(options.controller());
            } catch (IllegalArgumentException e) {
                throw new UsageError("--controller must be LEGACY or AWS_LOAD_BALANCER_CONTROLLER");
            }
        }
        Boolean webhook =
                options.webhook() != null ? options.webhook() : given == null ? null : given.serviceMutatorWebhook();
        return new ProjectConfig(
                new LoadBalancingSpec(controller, webhook),
                config.cni(),
                config.severities(),
                config.disabled(),
                config.failOn());
    }

    static FailOn failOn(Options options, ProjectConfig config) {
        if (options.failOn() != null) {
            return options.failOn();
        }
        return config.failOn() != null ? config.failOn() : FailOn.ERROR;
    }
}
