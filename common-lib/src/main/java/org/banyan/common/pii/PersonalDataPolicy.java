package org.banyan.common.pii;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.security.Role;
import org.banyan.common.web.RequestIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see personal data unmasked: only ADMIN, only when the request asks for it explicitly, and
 * never without an entry in the append-only {@code banyan_pii_audit} log. Everyone else gets masked
 * values; asking to unmask without ADMIN is refused rather than silently ignored.
 */
public class PersonalDataPolicy {

    private final JdbcClient jdbc;

    public PersonalDataPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Disclosure disclosure(String subjectCustomerId, boolean unmaskRequested, Set<PersonalField> fields) {
        if (!unmaskRequested) {
            return Disclosure.MASKED;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !hasRole(caller.getAuthorities(), Role.ADMIN)) {
            throw new BanyanException(ProblemCode.FORBIDDEN, "Only ADMIN may read personal data unmasked");
        }
        audit(caller, subjectCustomerId, fields);
        return new Disclosure(true);
    }

    private void audit(Authentication caller, String subjectCustomerId, Set<PersonalField> fields) {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        jdbc.sql("""
                        INSERT INTO banyan_pii_audit (actor, actor_roles, subject_customer_id, fields, request_id, method, path)
                        VALUES (:actor, :roles, :subject, :fields, :requestId, :method, :path)""")
                .param("actor", caller.getName())
                .param("roles", caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                        .collect(Collectors.joining(",")))
                .param("subject", subjectCustomerId)
                .param("fields", fields.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("requestId", RequestIds.current().orElse(null))
                .param("method", request.getMethod())
                .param("path", request.getRequestURI())
                .update();
    }

    private static boolean hasRole(Collection<? extends GrantedAuthority> authorities, Role role) {
        return authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
