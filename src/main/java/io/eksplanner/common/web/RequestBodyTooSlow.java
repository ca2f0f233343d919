package io.eksplanner.common.web;

import java.io.IOException;
import java.time.Duration;

/** A request body was still arriving when its deadline passed: a client too slow, or one holding a thread on purpose. */
class RequestBodyTooSlow extends IOException {

    RequestBodyTooSlow(Duration deadline) {
        super("the request body did not arrive within " + deadline.toMillis() + " ms (planner.request-body-deadline)");
    }
}
