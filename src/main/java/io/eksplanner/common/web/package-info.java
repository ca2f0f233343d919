/**
 * The web plumbing every module shares: RFC 9457 problem answers, the request-body limit, Jackson's strict reading and
 * the OpenAPI description.
 */
package io.eksplanner.common.web;
