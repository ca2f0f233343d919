package io.eksplanner.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ResourceLocationsTests {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aConfiguredPublicBaseUrlWinsOverEveryHeader() {
        var request = new MockHttpServletRequest("POST", "/api/v1/clusters");
        request.setServerName("evil.example");
        request.addHeader("Host", "evil.example");
        request.addHeader("X-Forwarded-Host", "evil.example");
        request.setAttribute(ResourceLocations.FORWARDED_BY_PROXY, Boolean.TRUE);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        var locations = new ResourceLocations("https://planner.example.com/eks/");

        assertThat(locations.of("/api/v1/clusters/{name}", "demo"))
                .hasToString("https://planner.example.com/eks/api/v1/clusters/demo");
    }

    @Test
    void withoutABaseUrlOrAProxyTheLocationIsAPathUnderTheContext() {
        var request = new MockHttpServletRequest("POST", "/planner/api/v1/clusters");
        request.setContextPath("/planner");
        request.setServerName("evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(new ResourceLocations("")
                        .of("/api/v1/clusters/{name}/workloads/{namespace}/{workload}", "a", "b", "c"))
                .hasToString("/planner/api/v1/clusters/a/workloads/b/c");
    }

    @Test
    void refusesABaseUrlThatIsNotAnAbsoluteHttpUrl() {
        for (String wrong :
                new String[] {"planner.example.com", "ftp://planner.example.com", "https://h/?q=1", "https://u@h/"}) {
            assertThatIllegalStateException()
                    .as(wrong)
                    .isThrownBy(() -> new ResourceLocations(wrong))
                    .withMessageContaining("planner.public-base-url");
        }
    }
}
