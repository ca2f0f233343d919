package io.eksplanner.importing.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.eksplanner.importing.report.ImportLog;
import io.eksplanner.importing.report.ImportProblem;
import io.eksplanner.importing.report.ImportReport.IgnoredObject;
import io.eksplanner.importing.report.ImportReport.ReadObject;
import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.PathType;
import io.eksplanner.topology.model.Placement;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.topology.model.WorkloadKind;
import io.eksplanner.topology.spec.ContainerPortSpec;
import io.eksplanner.topology.spec.IngressBackendSpec;
import io.eksplanner.topology.spec.IngressClassParametersRefSpec;
import io.eksplanner.topology.spec.IngressClassParametersSpec;
import io.eksplanner.topology.spec.IngressClassSpec;
import io.eksplanner.topology.spec.IngressPathSpec;
import io.eksplanner.topology.spec.IngressRuleSpec;
import io.eksplanner.topology.spec.IngressSpec;
import io.eksplanner.topology.spec.PortReference;
import io.eksplanner.topology.spec.ServicePortSpec;
import io.eksplanner.topology.spec.ServiceSpec;
import io.eksplanner.topology.spec.WorkloadSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ManifestReaderTests {

    private final ImportLog log = new ImportLog();
    private final ManifestObjects objects = new ManifestObjects();

    private ManifestObjects read(String yaml) {
        ManifestReader reader = new ManifestReader();
        int index = 0;
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            reader.read(document, index++, log, objects);
        }
        reader.finish(log, objects);
        return objects;
    }

    private List<ImportProblem> problemsOf(String yaml) {
        read(yaml);
        return log.problems();
    }

    @Test
    void readsDeploymentFromItsPodTemplate() {
        read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: my-nginx
                  labels: {team: web}
                spec:
                  replicas: 4
                  selector:
                    matchLabels: {app: my-nginx}
                  template:
                    metadata:
                      labels: {app: my-nginx}
                    spec:
                      containers:
                        - name: nginx
                          image: nginx:1.27
                          ports:
                            - {name: http, containerPort: 80}
                        - name: metrics
                          image: exporter
                          ports:
                            - {name: metrics, containerPort: 9113, protocol: TCP}
                """);

        assertThat(objects.workloads())
                .containsExactly(new WorkloadSpec(
                        "my-nginx",
                        "default",
                        WorkloadKind.Deployment,
                        4,
                        Map.of("app", "my-nginx"),
                        List.of(
                                new ContainerPortSpec("http", 80, Protocol.TCP),
                                new ContainerPortSpec("metrics", 9113, Protocol.TCP)),
                        Placement.SPREAD,
                        List.of(),
                        false,
                        false));
        assertThat(log.report().read())
                .containsExactly(new ReadObject(0, "apps/v1", "Deployment", "default", "my-nginx"));
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsStatefulSetDaemonSetReplicaSetAndPodAsWorkloads() {
        read("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: data}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: pg, image: postgres, ports: [{name: pg, containerPort: 5432}]}]
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, namespace: kube-system}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      hostNetwork: true
                      containers: [{name: a, image: agent, ports: [{name: stats, containerPort: 8125, protocol: UDP}]}]
                ---
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: legacy}
                spec:
                  selector: {matchLabels: {app: legacy}}
                  template:
                    metadata: {labels: {app: legacy}}
                    spec: {containers: [{name: a, image: a}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, labels: {app: debug}}
                spec: {containers: [{name: a, image: a, ports: [{containerPort: 8080}]}]}
                """);

        assertThat(objects.workloads())
                .extracting(
                        WorkloadSpec::name,
                        WorkloadSpec::namespace,
                        WorkloadSpec::kind,
                        WorkloadSpec::replicas,
                        WorkloadSpec::hostNetwork)
                .containsExactly(
                        tuple("db", "data", WorkloadKind.StatefulSet, 1, false),
                        tuple("agent", "kube-system", WorkloadKind.DaemonSet, null, true),
                        tuple("legacy", "default", WorkloadKind.Deployment, 1, false),
                        tuple("debug", "default", WorkloadKind.Deployment, 1, false));
        assertThat(objects.workloads().get(1).ports())
                .containsExactly(new ContainerPortSpec("stats", 8125, Protocol.UDP));
        assertThat(objects.workloads().get(3).labels()).containsExactly(entry("app", "debug"));
        assertThat(objects.workloads().get(3).ports()).containsExactly(new ContainerPortSpec(null, 8080, Protocol.TCP));
        assertThat(log.report().defaults())
                .contains(
                        "StatefulSet/data/db spec.replicas: Kubernetes' default 1",
                        "ReplicaSet/default/legacy read as a Deployment, which the planner schedules the same way as a"
                                + " ReplicaSet",
                        "Pod/default/debug read as a Deployment of 1 replica, since the planner models workloads, not"
                                + " single Pods");
        assertThat(log.report().read())
                .extracting(ReadObject::kind)
                .containsExactly("StatefulSet", "DaemonSet", "ReplicaSet", "Pod");
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsPlannerFieldsFromWorkloadAnnotations() {
        read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  annotations:
                    eksplanner.io/placement: PACK
                    eksplanner.io/node-groups: ng-1, ng-2
                    eksplanner.io/pod-security-group: "true"
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: a, image: a}]}
                """);

        WorkloadSpec web = objects.workloads().get(0);
        assertThat(web.placement()).isEqualTo(Placement.PACK);
        assertThat(web.nodeGroups()).containsExactly("ng-1", "ng-2");
        assertThat(web.podSecurityGroup()).isTrue();
    }

    @Test
    void readsEveryItemOfAList() {
        read("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: a}
                    spec: {selector: {app: a}, ports: [{port: 80}]}
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: settings}
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: b}
                    spec: {selector: {app: b}, ports: [{port: 8080}]}
                ---
                apiVersion: v1
                kind: ServiceList
                items:
                  - metadata: {name: c}
                    spec: {ports: [{port: 53, protocol: UDP}]}
                """);

        assertThat(objects.services()).extracting(ServiceSpec::name).containsExactly("a", "b", "c");
        assertThat(log.report().read())
                .containsExactly(
                        new ReadObject(0, "v1", "Service", "default", "a"),
                        new ReadObject(0, "v1", "Service", "default", "b"),
                        new ReadObject(1, "v1", "Service", "default", "c"));
        assertThat(log.report().ignored()).extracting(IgnoredObject::kind).containsExactly("ConfigMap");
    }

    @Test
    void keepsServiceFieldsAndLoadBalancerAnnotationsVerbatim() {
        read("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                  namespace: shop
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-type: external
                    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance
                    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
                    service.beta.kubernetes.io/aws-load-balancer-healthcheck-port: "8080"
                spec:
                  type: LoadBalancer
                  externalTrafficPolicy: Local
                  healthCheckNodePort: 31000
                  selector: {app: api}
                  ports:
                    - {name: http, port: 80, targetPort: http, nodePort: 30080}
                    - {name: https, port: 443, targetPort: 8443, protocol: TCP}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: legacy
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-type: nlb
                    service.beta.kubernetes.io/aws-load-balancer-internal: "true"
                spec:
                  type: LoadBalancer
                  loadBalancerClass: service.k8s.aws/nlb
                  selector: {app: legacy}
                  ports: [{port: 80}]
                """);

        assertThat(objects.services())
                .containsExactly(
                        new ServiceSpec(
                                "api",
                                "shop",
                                ServiceType.LoadBalancer,
                                Map.of("app", "api"),
                                List.of(
                                        new ServicePortSpec("http", 80, PortReference.of("http"), 30080, Protocol.TCP),
                                        new ServicePortSpec("https", 443, PortReference.of(8443), null, Protocol.TCP)),
                                ExternalTrafficPolicy.Local,
                                31000,
                                null,
                                null,
                                Map.of(
                                        "service.beta.kubernetes.io/aws-load-balancer-type", "external",
                                        "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "instance",
                                        "service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing",
                                        "service.beta.kubernetes.io/aws-load-balancer-healthcheck-port", "8080")),
                        new ServiceSpec(
                                "legacy",
                                "default",
                                ServiceType.LoadBalancer,
                                Map.of("app", "legacy"),
                                List.of(new ServicePortSpec(null, 80, PortReference.of(80), null, Protocol.TCP)),
                                ExternalTrafficPolicy.Cluster,
                                null,
                                null,
                                "service.k8s.aws/nlb",
                                Map.of(
                                        "service.beta.kubernetes.io/aws-load-balancer-type", "nlb",
                                        "service.beta.kubernetes.io/aws-load-balancer-internal", "true")));
        assertThat(log.report().defaults())
                .containsExactly("Service/default/legacy spec.ports[0].targetPort: Kubernetes' default, the port 80");
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsClusterIpServiceWithoutTrafficPolicy() {
        read("""
                apiVersion: v1
                kind: Service
                metadata: {name: internal}
                spec: {selector: {app: x}, ports: [{port: 80, targetPort: 8080}]}
                """);

        assertThat(objects.services().get(0).type()).isEqualTo(ServiceType.ClusterIP);
        assertThat(objects.services().get(0).externalTrafficPolicy()).isNull();
        assertThat(objects.services().get(0).annotations()).isEmpty();
    }

    @Test
    void notesEksAutoModeClassesButReadsThemAsGiven() {
        read("""
                apiVersion: v1
                kind: Service
                metadata: {name: auto}
                spec: {type: LoadBalancer, loadBalancerClass: eks.amazonaws.com/nlb, ports: [{port: 80}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata: {name: auto-alb}
                spec: {controller: eks.amazonaws.com/alb}
                """);

        assertThat(objects.services().get(0).loadBalancerClass()).isEqualTo("eks.amazonaws.com/nlb");
        assertThat(objects.ingressClasses())
                .containsExactly(new IngressClassSpec("auto-alb", "eks.amazonaws.com/alb", false, null));
        assertThat(log.report().defaults())
                .anyMatch(sentence -> sentence.startsWith("Service/default/auto spec.loadBalancerClass:"
                        + " eks.amazonaws.com/nlb is EKS Auto Mode's load balancing"))
                .anyMatch(sentence -> sentence.startsWith(
                        "IngressClass/auto-alb spec.controller: eks.amazonaws.com/alb is EKS Auto Mode's"));
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsIngressesWithClassNameAnnotationGroupAndDefaultBackend() {
        read("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: shop
                  namespace: shop
                  annotations:
                    alb.ingress.kubernetes.io/group.name: storefront
                    alb.ingress.kubernetes.io/group.order: "10"
                    alb.ingress.kubernetes.io/scheme: internet-facing
                spec:
                  ingressClassName: alb
                  defaultBackend:
                    service: {name: fallback, port: {number: 80}}
                  rules:
                    - host: shop.example.com
                      http:
                        paths:
                          - path: /api
                            pathType: Prefix
                            backend: {service: {name: api, port: {name: http}}}
                          - path: /health
                            pathType: Exact
                            backend: {service: {name: api, port: {number: 8080}}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: old-style
                  annotations: {kubernetes.io/ingress.class: alb}
                spec:
                  rules:
                    - http:
                        paths:
                          - {path: /, pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
                """);

        assertThat(objects.ingresses())
                .containsExactly(
                        new IngressSpec(
                                "shop",
                                "shop",
                                "alb",
                                Map.of(
                                        "alb.ingress.kubernetes.io/group.name", "storefront",
                                        "alb.ingress.kubernetes.io/group.order", "10",
                                        "alb.ingress.kubernetes.io/scheme", "internet-facing"),
                                List.of(new IngressRuleSpec(
                                        "shop.example.com",
                                        List.of(
                                                new IngressPathSpec(
                                                        "/api", PathType.Prefix, "api", PortReference.of("http")),
                                                new IngressPathSpec(
                                                        "/health", PathType.Exact, "api", PortReference.of(8080))))),
                                new IngressBackendSpec("fallback", PortReference.of(80))),
                        new IngressSpec(
                                "old-style",
                                "default",
                                null,
                                Map.of("kubernetes.io/ingress.class", "alb"),
                                List.of(new IngressRuleSpec(
                                        null,
                                        List.of(new IngressPathSpec(
                                                "/", PathType.ImplementationSpecific, "web", PortReference.of(80))))),
                                null));
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsIngressClassWithDefaultAnnotationAndItsParamsGivenLater() {
        read("""
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata:
                  name: alb
                  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
                spec:
                  controller: ingress.k8s.aws/alb
                  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: public}
                ---
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata: {name: other}
                spec:
                  controller: ingress.k8s.aws/alb
                  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: missing}
                ---
                apiVersion: elbv2.k8s.aws/v1beta1
                kind: IngressClassParams
                metadata: {name: public}
                spec:
                  scheme: internet-facing
                  ipAddressType: dualstack
                  group: {name: shared}
                """);

        assertThat(objects.ingressClasses())
                .containsExactly(
                        new IngressClassSpec(
                                "alb",
                                "ingress.k8s.aws/alb",
                                true,
                                new IngressClassParametersSpec("internet-facing", "shared", "dualstack"),
                                new IngressClassParametersRefSpec("elbv2.k8s.aws", "IngressClassParams", "public")),
                        new IngressClassSpec(
                                "other",
                                "ingress.k8s.aws/alb",
                                false,
                                null,
                                new IngressClassParametersRefSpec("elbv2.k8s.aws", "IngressClassParams", "missing")));
        assertThat(log.report().read())
                .extracting(ReadObject::kind, ReadObject::name)
                .containsExactly(
                        tuple("IngressClass", "alb"),
                        tuple("IngressClass", "other"),
                        tuple("IngressClassParams", "public"));
        assertThat(log.report().defaults())
                .containsExactly("IngressClass/other spec.parameters: IngressClassParams missing is not in the"
                        + " manifests: the class keeps the reference without parameters, and the controller takes none"
                        + " of its Ingresses");
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void readsEveryIngressClassParamsFieldThePlannerModels() {
        var objects = read("""
                apiVersion: networking.k8s.io/v1
                kind: IngressClass
                metadata: {name: shop}
                spec:
                  controller: ingress.k8s.aws/alb
                  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: shop}
                ---
                apiVersion: elbv2.k8s.aws/v1beta1
                kind: IngressClassParams
                metadata: {name: shop}
                spec:
                  targetType: ip
                  subnets: {tags: {tier: [edge]}}
                  certificateArn: [arn:aws:acm:a:1:certificate/x]
                  sslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
                  sslRedirectPort: 443
                  inboundCIDRs: [10.0.0.0/8]
                  loadBalancerName: shop
                  tags: [{key: team, value: web}, {key: team, value: payments}]
                  loadBalancerAttributes: [{key: idle_timeout.timeout_seconds, value: "120"}]
                  namespaceSelector: {matchLabels: {env: prod}}
                  listeners: [{protocol: HTTPS, port: 443}]
                """);

        var parameters = objects.ingressClasses().get(0).parameters();
        assertThat(parameters.targetType()).isEqualTo("ip");
        assertThat(parameters.subnets().tags()).isEqualTo(Map.of("tier", List.of("edge")));
        assertThat(parameters.certificateArn()).containsExactly("arn:aws:acm:a:1:certificate/x");
        assertThat(parameters.sslRedirectPort()).isEqualTo("443");
        assertThat(parameters.inboundCIDRs()).containsExactly("10.0.0.0/8");
        assertThat(parameters.tags()).isEqualTo(Map.of("team", "payments"));
        assertThat(parameters.loadBalancerAttributes()).isEqualTo(Map.of("idle_timeout.timeout_seconds", "120"));
        assertThat(parameters.namespaceSelector().matchLabels()).isEqualTo(Map.of("env", "prod"));
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void reportsIngressClassParamsValuesOutsideTheCrd() {
        var problems = problemsOf("""
                apiVersion: elbv2.k8s.aws/v1beta1
                kind: IngressClassParams
                metadata: {name: shop}
                spec:
                  targetType: IP
                  inboundCIDRs: 10.0.0.0/8
                  tags: [{value: web}]
                  namespaceSelector: {matchExpressions: [{key: team, operator: in, values: [a]}]}
                """);

        assertThat(problems)
                .extracting(ImportProblem::field)
                .containsExactly(
                        "spec.targetType",
                        "spec.inboundCIDRs",
                        "spec.tags[0].key",
                        "spec.namespaceSelector.matchExpressions[0].operator");
    }

    @Test
    void ignoresKindsThePlannerDoesNotModelWithTheirReason() {
        read("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: shop}
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: lbc, namespace: kube-system}
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: ingressclassparams.elbv2.k8s.aws}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db}
                spec: {type: ExternalName, externalName: db.example.com}
                ---
                """);

        assertThat(log.report().ignored())
                .containsExactly(
                        new IgnoredObject(
                                0, "v1", "Namespace", null, "shop", "the planner does not model Namespace objects"),
                        new IgnoredObject(
                                1,
                                "v1",
                                "ServiceAccount",
                                "kube-system",
                                "lbc",
                                "the planner does not model ServiceAccount objects"),
                        new IgnoredObject(
                                2,
                                "apiextensions.k8s.io/v1",
                                "CustomResourceDefinition",
                                null,
                                "ingressclassparams.elbv2.k8s.aws",
                                "the planner does not model CustomResourceDefinition objects"),
                        new IgnoredObject(
                                3,
                                "v1",
                                "Service",
                                "default",
                                "db",
                                "an ExternalName Service is a DNS alias with no endpoints or load balancer to plan"));
        assertThat(log.report().read()).isEmpty();
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void rejectsApiVersionsKubernetesNoLongerServes() {
        assertThat(problemsOf("""
                        apiVersion: extensions/v1beta1
                        kind: Ingress
                        metadata: {name: old}
                        spec: {backend: {serviceName: web, servicePort: 80}}
                        ---
                        apiVersion: networking.k8s.io/v1beta1
                        kind: Ingress
                        metadata: {name: beta, namespace: shop}
                        ---
                        apiVersion: apps/v1beta2
                        kind: Deployment
                        metadata: {name: web}
                        ---
                        apiVersion: extensions/v1beta1
                        kind: DaemonSet
                        metadata: {name: agent}
                        """))
                .containsExactly(
                        new ImportProblem(
                                0,
                                "Ingress/default/old",
                                "apiVersion",
                                "extensions/v1beta1 Ingress is no longer served since Kubernetes 1.22; use"
                                        + " networking.k8s.io/v1"),
                        new ImportProblem(
                                1,
                                "Ingress/shop/beta",
                                "apiVersion",
                                "networking.k8s.io/v1beta1 Ingress is no longer served since Kubernetes 1.22; use"
                                        + " networking.k8s.io/v1"),
                        new ImportProblem(
                                2,
                                "Deployment/default/web",
                                "apiVersion",
                                "apps/v1beta2 Deployment is no longer served since Kubernetes 1.16; use apps/v1"),
                        new ImportProblem(
                                3,
                                "DaemonSet/default/agent",
                                "apiVersion",
                                "extensions/v1beta1 DaemonSet is no longer served since Kubernetes 1.16; use apps/v1"));
    }

    @Test
    void rejectsObjectsWithoutKindOrApiVersion() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        metadata: {name: nameless-kind}
                        ---
                        kind: Service
                        metadata: {name: web}
                        ---
                        - just a list
                        """))
                .containsExactly(
                        new ImportProblem(0, null, "kind", "must be set: every Kubernetes object names its kind"),
                        new ImportProblem(
                                1,
                                "Service/default/web",
                                "apiVersion",
                                "must be set: every Kubernetes object names its API version"),
                        new ImportProblem(2, null, "", "must be a Kubernetes object (a YAML mapping), not a list"));
    }

    @Test
    void rejectsInvalidAndMissingNamesByTheRuleOfTheirKind() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        kind: Service
                        metadata: {name: 1web}
                        spec: {ports: [{port: 80}]}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: Web, namespace: my.ns}
                        spec: {template: {spec: {containers: [{name: a, image: a}]}}}
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: IngressClass
                        metadata: {}
                        spec: {controller: ingress.k8s.aws/alb}
                        """))
                .containsExactly(
                        new ImportProblem(
                                0,
                                "Service/default/1web",
                                "metadata.name",
                                "must be lower-case letters, digits and '-', starting with a letter and ending with a"
                                        + " letter or digit (RFC 1035 label), at most 63 characters"),
                        new ImportProblem(
                                1,
                                "Deployment/my.ns/Web",
                                "metadata.name",
                                "must be lower-case RFC 1123 labels separated by '.', at most 253 characters"),
                        new ImportProblem(
                                1,
                                "Deployment/my.ns/Web",
                                "metadata.namespace",
                                "must be lower-case letters, digits and '-', starting and ending with a letter or digit"
                                        + " (RFC 1123 label), at most 63 characters"),
                        new ImportProblem(2, "IngressClass", "metadata.name", "must be set"));
    }

    @Test
    void rejectsMissingServicePortsAndIngressBackendsByFieldPath() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec: {ports: [{name: http, targetPort: 8080}]}
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata: {name: web}
                        spec:
                          rules:
                            - http:
                                paths:
                                  - {path: /, pathType: Prefix, backend: {service: {port: {number: 80}}}}
                                  - {path: /b, pathType: Prefix, backend: {service: {name: web}}}
                                  - {path: /c, pathType: Prefix, backend: {resource: {kind: Bucket, name: b}}}
                        """))
                .containsExactly(
                        new ImportProblem(0, "Service/default/web", "spec.ports[0].port", "must be set"),
                        new ImportProblem(
                                1,
                                "Ingress/default/web",
                                "spec.rules[0].http.paths[0].backend.service.name",
                                "must be set"),
                        new ImportProblem(
                                1,
                                "Ingress/default/web",
                                "spec.rules[0].http.paths[1].backend.service.port",
                                "must be set: a port number or a port name"),
                        new ImportProblem(
                                1,
                                "Ingress/default/web",
                                "spec.rules[0].http.paths[2].backend.service",
                                "must be set: the planner routes only to Services, not to resource backends"));
    }

    @Test
    void rejectsPortsOutsideTheirRanges() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec:
                          type: LoadBalancer
                          externalTrafficPolicy: Local
                          healthCheckNodePort: 80
                          ports: [{port: 70000, targetPort: 0, nodePort: 29999}]
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          template:
                            spec: {containers: [{name: a, image: a, ports: [{name: too_long_port_name, containerPort: 0}]}]}
                        """))
                .containsExactly(
                        new ImportProblem(
                                0,
                                "Service/default/web",
                                "spec.ports[0].port",
                                "must be a port number between 1 and 65535, not 70000"),
                        new ImportProblem(
                                0,
                                "Service/default/web",
                                "spec.ports[0].targetPort",
                                "must be a port number between 1 and 65535, not 0"),
                        new ImportProblem(
                                0,
                                "Service/default/web",
                                "spec.ports[0].nodePort",
                                "must be between 30000 and 32767, the NodePort range of EKS, not 29999"),
                        new ImportProblem(
                                0,
                                "Service/default/web",
                                "spec.healthCheckNodePort",
                                "must be between 30000 and 32767, the NodePort range of EKS, not 80"),
                        new ImportProblem(
                                1,
                                "Deployment/default/web",
                                "spec.template.spec.containers[0].ports[0].name",
                                "must be lower-case letters, digits and single '-' between them, with at least one"
                                        + " letter (IANA service name), at most 15 characters"),
                        new ImportProblem(
                                1,
                                "Deployment/default/web",
                                "spec.template.spec.containers[0].ports[0].containerPort",
                                "must be a port number between 1 and 65535, not 0"));
    }

    @Test
    void rejectsFieldsOfTheWrongTypeWithTheirPath() {
        assertThat(problemsOf("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec: {replicas: four}
                        """)).singleElement().satisfies(problem -> {
            assertThat(problem.object()).isEqualTo("Deployment/default/web");
            assertThat(problem.field()).isEqualTo("spec.replicas");
            assertThat(problem.message())
                    .isEqualTo("cannot be read: must be a whole number from -2147483648 to 2147483647");
        });
    }

    @Test
    void saysWhatAFieldTakesWithoutNamingAJavaType() {
        assertThat(problemsOf("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec: {replicas: 99999999999}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec: {type: [], ports: [{port: 80}]}
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata: {name: other}
                        spec: {ports: "eighty"}
                        """))
                .extracting(ImportProblem::message)
                .containsExactly(
                        "cannot be read: must be a whole number from -2147483648 to 2147483647",
                        "cannot be read: must be a string",
                        "cannot be read: must be a list")
                .allSatisfy(
                        message -> assertThat(message).doesNotContain("java").doesNotContain("`"));
    }

    @Test
    void reportsProblemsOfListItemsUnderTheirItemPath() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        kind: List
                        items:
                          - apiVersion: v1
                            kind: Service
                            metadata: {name: ok}
                            spec: {ports: [{port: 80}]}
                          - apiVersion: v1
                            kind: Service
                            metadata: {}
                            spec: {ports: [{port: 80}]}
                        """))
                .containsExactly(new ImportProblem(0, "Service", "items[1].metadata.name", "must be set"));
    }

    @Test
    void rejectsServiceFieldsKubernetesAllowsOnlyForOtherTypesAndIngressPathsWithoutType() {
        assertThat(problemsOf("""
                        apiVersion: v1
                        kind: Service
                        metadata: {name: web}
                        spec:
                          externalTrafficPolicy: Local
                          healthCheckNodePort: 31000
                          loadBalancerClass: service.k8s.aws/nlb
                          selector: {app: -bad}
                          ports: [{port: 80, nodePort: 30080, protocol: HTTP}]
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata: {name: web}
                        spec:
                          rules:
                            - http:
                                paths: [{path: api, backend: {service: {name: web, port: {number: 80}}}}]
                        """))
                .extracting(ImportProblem::field, ImportProblem::message)
                .containsExactly(
                        tuple("spec.ports[0].nodePort", "may only be set when type is NodePort or LoadBalancer"),
                        tuple("spec.ports[0].protocol", "must be one of [TCP, UDP, SCTP], not HTTP"),
                        tuple("spec.externalTrafficPolicy", "may only be set when type is NodePort or LoadBalancer"),
                        tuple(
                                "spec.healthCheckNodePort",
                                "may only be set when type is LoadBalancer and externalTrafficPolicy is Local"),
                        tuple("spec.loadBalancerClass", "may only be set when type is LoadBalancer"),
                        tuple(
                                "spec.selector[app]",
                                "must be empty, or letters, digits, '-', '_' and '.', starting and ending with a"
                                        + " letter or digit, at most 63 characters"),
                        tuple("spec.rules[0].http.paths[0].path", "must start with '/'"),
                        tuple(
                                "spec.rules[0].http.paths[0].pathType",
                                "must be set in networking.k8s.io/v1: Exact, Prefix or ImplementationSpecific"));
    }
}
