package org.banyan.credit;

import org.banyan.common.testsupport.ServiceConformanceChecks;

/** credit-risk-service keeps the platform's promises: health, metrics, consumption of its topics, DLQ. */
class CreditRiskServiceConformanceTest extends ServiceConformanceChecks {
}
