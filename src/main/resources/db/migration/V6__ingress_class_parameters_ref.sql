-- Issue 11: an IngressClass's spec.parameters reference (src/docs/domain-rules.md §4), kept apart from the parameters
-- it names so that a class can name IngressClassParams that do not exist.
ALTER TABLE ingress_class ADD COLUMN params_ref_api_group VARCHAR(253);
ALTER TABLE ingress_class ADD COLUMN params_ref_kind VARCHAR(63);
ALTER TABLE ingress_class ADD COLUMN params_ref_name VARCHAR(253);
