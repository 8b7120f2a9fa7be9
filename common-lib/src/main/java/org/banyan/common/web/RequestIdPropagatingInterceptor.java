package org.banyan.common.web;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import java.io.IOException;

/** Copies the current request id onto outgoing HTTP calls made with RestClient or RestTemplate. */
public class RequestIdPropagatingInterceptor implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        RequestIds.current().ifPresent(id -> {
            if (!request.getHeaders().containsHeader(RequestIds.HEADER)) {
                request.getHeaders().set(RequestIds.HEADER, id);
            }
        });
        return execution.execute(request, body);
    }
}
