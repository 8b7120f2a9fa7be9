package org.banyan.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Map;

/**
 * {@code banyan.gateway.edge.*}: what the gateway refuses or removes before anything else looks at a
 * request.
 *
 * @param maxRequestSize      largest request body accepted (413 above it)
 * @param uploadLimits        larger limits for bulk-upload paths (path pattern to size), e.g. the
 *                            interaction import or a training CSV; the first matching pattern wins
 * @param extraStrippedHeaders request headers to strip in addition to {@link InboundHeaderFilter}'s list
 */
@ConfigurationProperties("banyan.gateway.edge")
record EdgeProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue Map<String, DataSize> uploadLimits,
        @DefaultValue List<String> extraStrippedHeaders) {
}
