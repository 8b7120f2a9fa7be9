package org.banyan.common.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles a token may carry in its {@code roles} claim (ARCHITECTURE.md, "Security"). */
public enum Role {
    /** Data administrator: manages catalogues, rules and models; the only role that may unmask personal data. */
    ADMIN,
    /** Risk and marketing analyst: defines tags, segments, campaigns, experiments; reviews referred applications. */
    ANALYST,
    /** Branch and call-centre staff serving customers. */
    FRONTLINE,
    /** A bank front-end app acting for one customer, named by the token's {@code customerId} or {@code sub}. */
    APP,
    /** A scheduler triggering batch jobs. */
    BATCH,
    /** Operations staff working alerts and watching the platform. */
    OPS;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named exactly so, if it is one of ours; anything else a token claims is ignored. */
    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    public static Set<Role> all() {
        return EnumSet.allOf(Role.class);
    }
}
