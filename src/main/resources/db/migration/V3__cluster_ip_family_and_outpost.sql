-- Issue 10: the cluster's IP family (eksctl kubernetesNetworkConfig.ipFamily), its control plane on AWS Outposts
-- (eksctl's outpost block) and the id of an existing VPC (eksctl vpc.id), as src/docs/domain-rules.md §1 lists them.
ALTER TABLE cluster ADD COLUMN ip_family VARCHAR(8);
ALTER TABLE cluster ADD COLUMN vpc_id VARCHAR(64);
ALTER TABLE cluster ADD COLUMN outpost_given BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cluster ADD COLUMN outpost_control_plane_arn VARCHAR(256);
ALTER TABLE cluster ADD COLUMN outpost_control_plane_instance_type VARCHAR(64);
ALTER TABLE cluster ADD COLUMN outpost_control_plane_placement_group VARCHAR(256);
