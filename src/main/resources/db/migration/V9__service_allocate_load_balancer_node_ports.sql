-- A Service's spec.allocateLoadBalancerNodePorts: null (Kubernetes' default, true), true or false. With false a
-- LoadBalancer Service takes only the NodePorts its ports give (src/docs/reference/aws-load-balancers.md §10.1).
ALTER TABLE kubernetes_service ADD COLUMN allocate_load_balancer_node_ports BOOLEAN;
