-- Issue 11: IngressClassParams in full (src/docs/domain-rules.md §4). Scalars as columns; lists and maps as ordered
-- entries of one table, each naming the field it belongs to.
ALTER TABLE ingress_class ADD COLUMN params_target_type VARCHAR(16);
ALTER TABLE ingress_class ADD COLUMN params_ssl_policy VARCHAR(256);
ALTER TABLE ingress_class ADD COLUMN params_ssl_redirect_port VARCHAR(11);
ALTER TABLE ingress_class ADD COLUMN params_load_balancer_name VARCHAR(253);
ALTER TABLE ingress_class ADD COLUMN params_subnets_given BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ingress_class ADD COLUMN params_namespace_selector_given BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE ingress_class_param_entry (
    ingress_class_id BIGINT            NOT NULL REFERENCES ingress_class (id) ON DELETE CASCADE,
    position         INTEGER           NOT NULL,
    field            VARCHAR(64)       NOT NULL,
    entry_key        VARCHAR(2048),
    entry_value      CHARACTER VARYING,
    PRIMARY KEY (ingress_class_id, position)
);
