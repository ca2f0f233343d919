package io.eksplanner.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Without authentication the server listens on 127.0.0.1, unless an address is configured or a mode authenticates. */
class LocalBindingTests {

    private static String address(MockEnvironment environment) {
        new LocalBinding().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }

    @Test
    void bindsLoopbackWhenUnauthenticatedAndNoAddressIsSet() {
        assertThat(address(new MockEnvironment())).isEqualTo("127.0.0.1");
        assertThat(address(new MockEnvironment().withProperty("planner.security.mode", "None")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void leavesAConfiguredAddressAndTheAuthenticatingModesAlone() {
        assertThat(address(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
                .isEqualTo("0.0.0.0");
        assertThat(address(new MockEnvironment().withProperty("planner.security.mode", "token")))
                .isNull();
        assertThat(address(new MockEnvironment().withProperty("planner.security.mode", "oidc")))
                .isNull();
    }
}
