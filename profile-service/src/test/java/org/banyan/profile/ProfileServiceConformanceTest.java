package org.banyan.profile;

import org.banyan.common.testsupport.ServiceConformanceChecks;

/** profile-service keeps the platform's promises: health, metrics, consumption of its topics, DLQ. */
class ProfileServiceConformanceTest extends ServiceConformanceChecks {
}
