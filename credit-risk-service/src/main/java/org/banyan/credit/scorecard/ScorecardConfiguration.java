package org.banyan.credit.scorecard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScorecardProperties.class)
class ScorecardConfiguration {
}
