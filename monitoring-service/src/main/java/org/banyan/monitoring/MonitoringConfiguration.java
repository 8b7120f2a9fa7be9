package org.banyan.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Shared infrastructure of the service's features: the clock and scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
