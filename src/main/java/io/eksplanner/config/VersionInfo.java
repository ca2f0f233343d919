package io.eksplanner.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.BuildInfoContributor;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.actuate.info.JavaInfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The build and JVM versions in {@code /actuator/info}, when {@code management.info.build.enabled} and {@code
 * management.info.java.enabled} say so where the service starts. Spring Boot's own contributors for them exist only
 * when those properties are set as the bean definitions are made, which for the fast-start form is at build time
 * (Spring AOT); this one reads them at start in every form and answers as Boot's would, with Boot's contributors, so
 * that where both run the sections are the same.
 */
@Component
class VersionInfo implements InfoContributor {

    private final InfoContributor java;
    private final InfoContributor build;

    VersionInfo(Environment environment, ObjectProvider<BuildProperties> buildProperties) {
        this.java = enabled(environment, "java") ? new JavaInfoContributor() : builder -> {};
        var properties = buildProperties.getIfAvailable();
        this.build = properties != null && enabled(environment, "build")
                ? new BuildInfoContributor(properties)
                : builder -> {};
    }

    @Override
    public void contribute(Info.Builder builder) {
        java.contribute(builder);
        build.contribute(builder);
    }

    private static boolean enabled(Environment environment, String section) {
        return environment.getProperty("management.info." + section + ".enabled", Boolean.class, false);
    }
}
