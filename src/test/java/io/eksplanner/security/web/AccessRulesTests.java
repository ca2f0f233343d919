package io.eksplanner.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The role each kind of request needs, including the paths the role matrix does not call one by one. */
class AccessRulesTests {

    @Test
    void readsAndStatelessPlansAreAViewers() {
        assertThat(AccessRules.required("GET", "/api/v1/clusters/a/ip-plan", null))
                .isEqualTo(Role.VIEWER);
        assertThat(AccessRules.required("HEAD", "/api/v1/clusters", null)).isEqualTo(Role.VIEWER);
        for (String path : new String[] {
            "/api/v1/plans",
            "/api/v1/ip-plans",
            "/api/v1/validations",
            "/api/v1/load-balancer-plans",
            "/api/v1/plan-diffs",
            "/api/v1/diagrams/svg",
            "/api/v1/validations/"
        }) {
            assertThat(AccessRules.required("POST", path, null)).as(path).isEqualTo(Role.VIEWER);
        }
        for (String dryRun : new String[] {"true", "TRUE", "on", "yes", "1"}) {
            assertThat(AccessRules.required("POST", "/api/v1/imports", dryRun))
                    .as(dryRun)
                    .isEqualTo(Role.VIEWER);
        }
    }

    @Test
    void writesAreAnEditorsAndDeletingAClusterAnAdmins() {
        assertThat(AccessRules.required("POST", "/api/v1/imports", null)).isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("POST", "/api/v1/imports", "false")).isEqualTo(Role.EDITOR);
        // A path that only starts like a stateless one is not one.
        assertThat(AccessRules.required("POST", "/api/v1/plansx", null)).isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("PUT", "/api/v1/clusters/a", null)).isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("PATCH", "/api/v1/clusters/a", null)).isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("DELETE", "/api/v1/clusters/a/subnets/s", null))
                .isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("POST", "/api/v1/clusters/a/revisions/3/restore", null))
                .isEqualTo(Role.EDITOR);
        assertThat(AccessRules.required("GET", "/api/v1/clusters/a/revisions/3", null))
                .isEqualTo(Role.VIEWER);
        assertThat(AccessRules.required("DELETE", "/api/v1/clusters/a", null)).isEqualTo(Role.ADMIN);
        assertThat(AccessRules.required("DELETE", "/api/v1/clusters/a/", null)).isEqualTo(Role.ADMIN);
    }

    @Test
    void readsDryRunFromTheQueryStringOnly() {
        assertThat(AccessRules.firstQueryValue("cluster=a&dryRun=true", "dryRun"))
                .isEqualTo("true");
        assertThat(AccessRules.firstQueryValue("dryRun=tru%65&dryRun=false", "dryRun"))
                .isEqualTo("true");
        assertThat(AccessRules.firstQueryValue("dryrun=true", "dryRun")).isNull();
        assertThat(AccessRules.firstQueryValue(null, "dryRun")).isNull();
    }

    @Test
    void leavesOnlyHealthInfoAndTheApiDescriptionOpen() {
        assertThat(AccessRules.open("/actuator/health/readiness")).isTrue();
        assertThat(AccessRules.open("/v3/api-docs/swagger-config")).isTrue();
        assertThat(AccessRules.open("/swagger-ui/index.html")).isTrue();
        assertThat(AccessRules.open("/actuator/healthz")).isFalse();
        assertThat(AccessRules.open("/api/v1/clusters")).isFalse();
        assertThat(AccessRules.open("/actuator/env")).isFalse();
    }
}
