package org.banyan.credit.model;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Training runs on its own small pool, so a long job never takes a request thread. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ModelProperties.class)
class ModelConfiguration {

    static final String TRAINING_EXECUTOR = "creditTrainingExecutor";

    @Bean(TRAINING_EXECUTOR)
    ThreadPoolTaskExecutor creditTrainingExecutor(ModelProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("model-training-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(properties.maxQueuedJobs());
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
