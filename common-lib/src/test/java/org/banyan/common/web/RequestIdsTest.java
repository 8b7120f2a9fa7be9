package org.banyan.common.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code X-Request-Id} convention: accept a well-formed id, mint one otherwise. */
@DisplayName("RequestIds")
class RequestIdsTest {

    @AfterEach
    void clearMdc() {
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Nested
    @DisplayName("accepts a well-formed id as sent")
    class Accepts {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a",    // UUID
                "4bf92f3577b34da6a3ce929d0e0e4736",        // W3C trace id
                "gw-01:req_000042.retry",                  // dots, colons, underscores, dashes
                "abcd1234"})                               // shortest allowed: 8
        void an_id_of_letters_digits_and_separators(String candidate) {
            // given a well-formed id from a client or upstream service
            // when the gateway or a service receives it
            String id = RequestIds.acceptOrMint(candidate);

            // then it is kept unchanged, so logs across hops correlate
            assertThat(RequestIds.isWellFormed(candidate)).isTrue();
            assertThat(id).isEqualTo(candidate);
        }

        @Test
        void an_id_of_exactly_128_characters() {
            String candidate = "a".repeat(128);
            assertThat(RequestIds.acceptOrMint(candidate)).isEqualTo(candidate);
        }
    }

    @Nested
    @DisplayName("mints a fresh id")
    class Mints {

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void when_the_id_is_missing(String candidate) {
            assertMinted(candidate);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"abc1234", "req 0000042", "<script>alert(1)</script>", "id/../../etc/passwd",
                "réquête-0042", "id;drop table x", "\"quoted-id\""})
        void when_the_id_is_too_short_or_carries_characters_outside_the_allowed_set(String candidate) {
            assertMinted(candidate);
        }

        @Test
        void when_the_id_is_longer_than_128_characters() {
            assertMinted("a".repeat(129));
        }

        @ParameterizedTest(name = "{index}")
        @ValueSource(strings = {
                "abcd1234\r\nSet-Cookie: session=stolen",
                "abcd1234\nX-Forwarded-For: 10.0.0.1",
                "abcd1234\r",
                "abcd1234\n",
                "abcd1234\u0000",
                "abcd1234%0d%0aSet-Cookie:x"})
        void when_the_id_attempts_header_or_log_injection(String candidate) {
            // given an id smuggling a line break, NUL or an encoded CRLF into headers and logs
            // when it is received
            // then it is replaced, and nothing of it survives
            String id = assertMinted(candidate);
            assertThat(id).doesNotContain("\r", "\n", "Set-Cookie");
        }

        @Test
        void a_different_id_every_time() {
            assertThat(RequestIds.acceptOrMint(null)).isNotEqualTo(RequestIds.acceptOrMint(null));
        }

        private String assertMinted(String candidate) {
            // when an unusable id is received
            String id = RequestIds.acceptOrMint(candidate);

            // then it is rejected and a fresh UUID, itself well formed, is used instead
            assertThat(RequestIds.isWellFormed(candidate)).isFalse();
            assertThat(id).isNotEqualTo(candidate);
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(RequestIds.isWellFormed(id)).isTrue();
            return id;
        }
    }

    @Nested
    @DisplayName("current request id")
    class Current {

        @Test
        void is_empty_outside_a_request() {
            assertThat(RequestIds.current()).isEmpty();
        }

        @Test
        void is_the_id_kept_in_the_logging_context_while_a_request_is_handled() {
            // given a request being handled with its id in the MDC
            MDC.put(RequestIds.MDC_KEY, "0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a");

            // when the current id is asked for
            // then it is that id
            assertThat(RequestIds.current()).contains("0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a");
        }
    }
}
