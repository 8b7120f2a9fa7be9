package org.banyan.recommendation;

import org.banyan.common.testsupport.ServiceConformanceChecks;

/** recommendation-service keeps the platform's promises: health, metrics, consumption of its topics, DLQ. */
class RecommendationServiceConformanceTest extends ServiceConformanceChecks {
}
