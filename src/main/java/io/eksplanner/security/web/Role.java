package io.eksplanner.security.web;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The three roles, each including the ones below it: admin ⊇ editor ⊇ viewer. */
enum Role {
    /** Every read, and every plan, validation, diff or import dry run that stores nothing. */
    VIEWER,
    /** Writes to clusters: create, replace, the children's writes, imports that store. */
    EDITOR,
    /** Deletes whole clusters. */
    ADMIN;

    /** The Spring Security authority that stands for this role. */
    String authority() {
        return "ROLE_" + name();
    }

    /** The authorities of a caller holding this role: its own and those of every role below it. */
    List<GrantedAuthority> granted() {
        return java.util.Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /** The role named {@code viewer}, {@code editor} or {@code admin} (any case), or null for any other name. */
    static Role named(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }
}
