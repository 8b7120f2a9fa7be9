package org.banyan.gateway.edge;

import org.banyan.common.error.ProblemCode;
import org.banyan.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses request bodies above {@code banyan.gateway.edge.max-request-size} with 413 problem+json:
 * at once when {@code Content-Length} says so (before authentication, so an anonymous flood of big
 * bodies costs nothing), and while streaming when a chunked body grows past the limit.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final Problems problems;
    private final long maxBytes;

    RequestSizeFilter(Problems problems, EdgeProperties properties) {
        this.problems = problems;
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, ProblemCode.PAYLOAD_TOO_LARGE, tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(request, maxBytes, tooLarge())).build());
    }

    private String tooLarge() {
        return "The request body is larger than the " + maxBytes + " bytes this API accepts";
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
