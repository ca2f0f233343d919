/**
 * Kubernetes manifests in and out: {@link io.eksplanner.importing.manifests.ManifestReader} checks what every object
 * of a stream must have and hands each modelled kind to its reader — workloads (Deployments, StatefulSets,
 * DaemonSets, ReplicaSets, Pods), Services, Ingresses, and IngressClasses with the AWS Load Balancer Controller's
 * IngressClassParams — collecting what they take in {@link io.eksplanner.importing.manifests.ManifestObjects};
 * {@link io.eksplanner.importing.manifests.ManifestWriter} writes a topology's objects back as manifests. fabric8's
 * model types carry the objects; {@code Fabric8Objects} is the one class that converts them with fabric8's Jackson
 * serialization. Plain Java: no Spring, JPA or servlet types.
 */
package io.eksplanner.importing.manifests;
