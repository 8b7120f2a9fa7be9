package org.banyan.common.event;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Applies the contract's JSON rules ({@link EventJson}) to Spring's mapper: HTTP bodies and events alike. */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class BanyanJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer banyanContractJsonRules() {
        return EventJson::applyContractRules;
    }
}
