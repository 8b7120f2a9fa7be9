package org.banyan.recommendation.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The job pool: small, because batch jobs compete with real-time serving for the same cores. */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

    @Bean
    ThreadPoolTaskExecutor jobExecutor(@Value("${banyan.recommendation.jobs.threads:2}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
