package io.eksplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRuleTests {

    @ParameterizedTest
    @CsvSource({
        "EKS_CLUSTER, demo, true",
        "EKS_CLUSTER, My_Cluster-1, true",
        "EKS_CLUSTER, -demo, false",
        "EKS_CLUSTER, demo.prod, false",
        "EKS_RESOURCE, ng-1, true",
        "DNS1123_LABEL, kube-system, true",
        "DNS1123_LABEL, Kube, false",
        "DNS1123_LABEL, a.b, false",
        "DNS1035_LABEL, my-nginx, true",
        "DNS1035_LABEL, 1nginx, false",
        "DNS1123_SUBDOMAIN, web.v2, true",
        "DNS1123_SUBDOMAIN, web-, false",
        "PORT_NAME, http, true",
        "PORT_NAME, http-alt, true",
        "PORT_NAME, 8080, false",
        "PORT_NAME, a--b, false",
        "PORT_NAME, averyveryverylongname, false",
        "QUALIFIED_KEY, app, true",
        "QUALIFIED_KEY, app.kubernetes.io/name, true",
        "QUALIFIED_KEY, service.beta.kubernetes.io/aws-load-balancer-type, true",
        "QUALIFIED_KEY, a/b/c, false",
        "QUALIFIED_KEY, bad key, false",
        "LABEL_VALUE, '', true",
        "LABEL_VALUE, my-nginx, true",
        "LABEL_VALUE, -x, false",
        "AWS_TAG_KEY, kubernetes.io/cluster/demo, true",
        "AWS_TAG_KEY, kubernetes.io/role/elb, true",
        "AWS_TAG_VALUE, '', true",
        "AWS_ZONE, ap-northeast-2a, true",
        "AWS_ZONE, us-west-2-lax-1a, true",
        "AWS_ZONE, AP-NORTHEAST-2, false"
    })
    void acceptsExactlyTheNamesItsOwnerAllows(NameRule rule, String name, boolean accepted) {
        assertThat(rule.accepts(name)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"EKS_CLUSTER, 100", "EKS_RESOURCE, 63", "DNS1123_LABEL, 63", "DNS1123_SUBDOMAIN, 253"})
    void limitsTheLength(NameRule rule, int maxLength) {
        assertThat(rule.accepts("a".repeat(maxLength))).isTrue();
        assertThat(rule.accepts("a".repeat(maxLength + 1))).isFalse();
    }
}
