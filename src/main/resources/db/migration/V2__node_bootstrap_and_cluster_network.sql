-- Issue 10: the node group's AMI family (its bootstrap decides max pods; src/docs/domain-rules.md §3).
ALTER TABLE node_group ADD COLUMN ami_family VARCHAR(64);
