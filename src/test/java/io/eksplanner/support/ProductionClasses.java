package io.eksplanner.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The classes the project's source compiles to, for the architecture rules: not the tests, and not the code Spring
 * AOT writes at build time ({@code PlannerApplication__BeanDefinitions}, {@code ClusterRepositoryImpl__AotRepository}
 * and the like, whose names hold a double underscore), which wires every package to every other by design.
 */
public final class ProductionClasses implements ImportOption {

    private final ImportOption tests = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return tests.includes(location) && !location.contains("__");
    }
}
