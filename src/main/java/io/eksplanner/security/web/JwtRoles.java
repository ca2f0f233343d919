package io.eksplanner.security.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The roles of {@code oidc} mode: the configured claim ({@code roles} by default, or {@code groups}) holds a list of
 * strings or one space-separated string; each value that names a role, or that the role mapping maps to one, grants
 * it, and the highest role granted wins. A JWT granting none is authenticated but may call nothing that needs a role.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String claim;
    private final Map<String, Role> mapping;

    JwtRoles(SecuritySettings.Oidc settings) {
        this.claim = settings.rolesClaim();
        var mapped = new java.util.HashMap<String, Role>();
        settings.roleMapping().forEach((value, role) -> {
            var named = Role.named(role);
            if (named == null) {
                throw new IllegalStateException(
                        "planner.security.oidc.role-mapping." + value + " must be viewer, editor or admin");
            }
            mapped.put(value, named);
        });
        this.mapping = Map.copyOf(mapped);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var highest = values(jwt.getClaims().get(claim)).stream()
                .map(this::role)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder());
        var authorities = highest.map(Role::granted).orElse(List.of());
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private Role role(String value) {
        var mapped = mapping.get(value);
        return mapped != null ? mapped : Role.named(value);
    }

    private static List<String> values(Object claimValue) {
        var values = new ArrayList<String>();
        if (claimValue instanceof String text) {
            for (String word : text.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    values.add(word);
                }
            }
        } else if (claimValue instanceof Collection<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(values::add);
        }
        return values;
    }
}
