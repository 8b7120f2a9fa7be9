package org.banyan.profile;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The service's feature packages depend on each other only through their published types. */
class ModularityTests {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(ProfileApplication.class).verify();
    }
}
