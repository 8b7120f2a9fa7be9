package org.banyan.common.security;

import jakarta.servlet.http.HttpServletResponse;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.error.ProblemDetails;
import org.banyan.common.web.RequestIds;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** 401 and 403 as problem+json, so a refused caller gets the same error model as any other. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthenticated(JsonMapper mapper) {
        return (request, response, ex) -> {
            boolean badToken = ex instanceof InvalidBearerTokenException
                    || request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(mapper, response, ProblemDetails.of(ProblemCode.UNAUTHENTICATED, badToken
                    ? "The bearer token is missing, malformed, expired or not signed by a trusted issuer"
                    : "This API needs a bearer token"));
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper mapper) {
        return (request, response, ex) -> write(mapper, response,
                ProblemDetails.of(ProblemCode.FORBIDDEN, "The caller's roles do not allow " + request.getMethod()
                        + " " + request.getRequestURI()));
    }

    private static void write(JsonMapper mapper, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        RequestIds.current().ifPresent(id -> problem.setProperty(ProblemDetails.REQUEST_ID, id));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
