package org.banyan.recommendation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Product recommendation: candidates, ranking, filters, experiments, campaigns. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class RecommendationApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecommendationApplication.class, args);
    }

    /** One clock for every time-window rule, so tests and replays can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
