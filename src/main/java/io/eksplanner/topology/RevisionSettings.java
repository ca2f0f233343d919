package io.eksplanner.topology;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planner.revisions.*}: how long a deleted cluster's revisions are kept, how many revisions a cluster keeps,
 * and how often expired ones are purged.
 *
 * @param retention how long the revisions of a deleted cluster stay restorable after its last write (its delete)
 * @param maxPerCluster the most revisions one cluster keeps, the oldest dropped first; 0 keeps every one
 * @param purgeInterval how often each instance deletes expired revisions
 */
@ConfigurationProperties("planner.revisions")
record RevisionSettings(
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1000") int maxPerCluster,
        @DefaultValue("1h") Duration purgeInterval) {

    RevisionSettings {
        if (retention.isNegative() || maxPerCluster < 0 || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("planner.revisions: retention and max-per-cluster must not be"
                    + " negative, and purge-interval must be positive");
        }
    }
}
