/**
 * Who may call the API: the security mode ({@code none}, {@code token}, {@code oidc}), the three roles and the
 * operations each may call, the stateless cross-site request guard, and the security headers. An edge of the
 * service like {@code config} and the {@code web} packages: it answers 401 and 403 through {@code common.web}'s
 * problem writer, and nothing depends on it.
 */
package io.eksplanner.security.web;
