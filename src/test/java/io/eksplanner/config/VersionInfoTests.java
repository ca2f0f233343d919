package io.eksplanner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.env.MockEnvironment;

/** The versions in {@code /actuator/info} follow the two properties as read at start, and only them. */
class VersionInfoTests {

    @Test
    void addsTheSectionsThePropertiesAskFor() {
        assertThat(info(new MockEnvironment())).isEmpty();

        var both = info(new MockEnvironment()
                .withProperty("management.info.java.enabled", "true")
                .withProperty("management.info.build.enabled", "true"));
        assertThat(both).containsOnlyKeys("java", "build");
        assertThat(both.get("build").toString()).contains("version=1.2.3");

        var java = info(new MockEnvironment().withProperty("management.info.java.enabled", "true"));
        assertThat(java).containsOnlyKeys("java");
    }

    private static java.util.Map<String, Object> info(MockEnvironment environment) {
        var build = new Properties();
        build.setProperty("version", "1.2.3");
        var beans = new StaticListableBeanFactory();
        beans.addBean("buildProperties", new BuildProperties(build));
        var builder = new Info.Builder();
        new VersionInfo(environment, beans.getBeanProvider(BuildProperties.class)).contribute(builder);
        return builder.build().getDetails();
    }
}
