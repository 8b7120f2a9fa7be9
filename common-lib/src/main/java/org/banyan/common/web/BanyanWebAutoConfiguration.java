package org.banyan.common.web;

import org.banyan.common.error.ProblemExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Servlet conventions: request ids in and out, problem+json errors, request ids on outgoing calls. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemExceptionHandler.class)
public class BanyanWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> banyanRequestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.restclient.RestClientCustomizer")
    static class OutgoingCalls {

        @Bean
        RestClientCustomizer banyanRequestIdPropagation() {
            return builder -> builder.requestInterceptor(new RequestIdPropagatingInterceptor());
        }
    }
}
