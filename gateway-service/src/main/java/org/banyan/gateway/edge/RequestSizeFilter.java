package org.banyan.gateway.edge;

import org.banyan.common.error.ProblemCode;
import org.banyan.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses request bodies above {@code banyan.gateway.edge.max-request-size} with 413 problem+json:
 * at once when {@code Content-Length} says so (before authentication, so an anonymous flood of big
 * bodies costs nothing), and while streaming when a chunked body grows past the limit. Bulk-upload
 * paths ({@code banyan.gateway.edge.upload-limits}) get their own, larger limit; the role matrix still
 * decides who may send them, so an anonymous caller's upload is refused right after this filter.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final Problems problems;
    private final long maxBytes;
    private final List<UploadLimit> uploadLimits;

    RequestSizeFilter(Problems problems, EdgeProperties properties) {
        this.problems = problems;
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.uploadLimits = properties.uploadLimits().entrySet().stream()
                .map(e -> new UploadLimit(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, ProblemCode.PAYLOAD_TOO_LARGE, tooLarge(limit));
        }
        if (declared >= 0 || !mayStreamABody(request)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(request, limit, tooLarge(limit))).build());
    }

    private long limitFor(ServerHttpRequest request) {
        return uploadLimits.stream()
                .filter(upload -> upload.pattern().matches(request.getPath().pathWithinApplication()))
                .mapToLong(UploadLimit::maxBytes)
                .findFirst()
                .orElse(maxBytes);
    }

    /** A body without Content-Length: chunked, or a body-carrying method (HTTP/2 has no Transfer-Encoding). */
    private static boolean mayStreamABody(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)
                || request.getMethod() == HttpMethod.POST || request.getMethod() == HttpMethod.PUT
                || request.getMethod() == HttpMethod.PATCH;
    }

    private static String tooLarge(long limit) {
        return "The request body is larger than the " + limit + " bytes this API accepts";
    }

    private record UploadLimit(PathPattern pattern, long maxBytes) {
    }

    /** A body without a declared length, cut off with 413 once it grows past the limit. */
    private static final class LimitedBody extends ServerHttpRequestDecorator {
        private final long maxBytes;
        private final String message;

        LimitedBody(ServerHttpRequest delegate, long maxBytes, String message) {
            super(delegate);
            this.maxBytes = maxBytes;
            this.message = message;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, message));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
