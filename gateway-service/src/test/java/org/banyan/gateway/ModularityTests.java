package org.banyan.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The gateway's feature packages depend on each other only through their published types. */
class ModularityTests {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(GatewayApplication.class).verify();
    }
}
