package io.eksplanner.common.web;

import java.io.IOException;

/** A request body went past the configured limit while it was being read. */
class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes (planner.max-request-size)");
    }
}
