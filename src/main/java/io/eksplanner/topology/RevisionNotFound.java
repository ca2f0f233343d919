package io.eksplanner.topology;

import io.eksplanner.common.ResourceNotFound;

/** The cluster's history has no revision of the requested version, or that revision is its delete. */
class RevisionNotFound extends ResourceNotFound {

    RevisionNotFound(String cluster, long version, boolean delete) {
        super(
                delete
                        ? "version " + version + " of cluster \"" + cluster
                                + "\" is its delete, which holds no document;" + " restore the version before it"
                        : "cluster \"" + cluster + "\" has no revision " + version);
    }
}
