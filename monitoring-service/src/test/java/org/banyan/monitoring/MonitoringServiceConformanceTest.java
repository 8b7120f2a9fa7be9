package org.banyan.monitoring;

import org.banyan.common.testsupport.ServiceConformanceChecks;

/** monitoring-service keeps the platform's promises: health, metrics, consumption of its topics, DLQ. */
class MonitoringServiceConformanceTest extends ServiceConformanceChecks {
}
