package org.banyan.common.error;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.dao.QueryTimeoutException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

    @Test
    void databaseThatCannotBeReachedIsA503WithRetryAfterNotA500() {
        var failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection is not available, request timed out after 3000ms"));

        ResponseEntity<Object> response = handler.databaseUnavailable(failure, null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getProperties()).containsEntry(ProblemDetails.CODE, "UNAVAILABLE");
        assertThat(problem.getDetail()).doesNotContain("JDBC", "3000ms");
    }

    @Test
    void queryTimeoutIsA503() {
        ResponseEntity<Object> response = handler.databaseUnavailable(new QueryTimeoutException("timeout"), null);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureStaysA500WithoutInternals() {
        ResponseEntity<Object> response = handler.unexpected(new IllegalStateException("secret detail"), null);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).doesNotContain("secret detail");
    }
}
