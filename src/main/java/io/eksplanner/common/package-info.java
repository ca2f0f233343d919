/**
 * Value types every module shares: IPv4 CIDR arithmetic, name rules, the If-Match precondition and the exceptions
 * that become problem answers. Plain Java.
 */
package io.eksplanner.common;
