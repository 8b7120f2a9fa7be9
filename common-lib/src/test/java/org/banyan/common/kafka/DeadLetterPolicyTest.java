package org.banyan.common.kafka;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code x-dlq-reason} header: the poison record's actual defect, found in the cause chain. */
@DisplayName("DeadLetterPolicy.reason")
class DeadLetterPolicyTest {

    static final String DEFECT = "Event 0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a violates its contract: payload.amount must not be null";

    @Test
    void is_the_message_of_an_invalid_event_exception_itself() {
        // given the deserializer's own exception
        InvalidEventException ex = new InvalidEventException(DEFECT);

        // when the reason is derived
        // then it is that message, unprefixed
        assertThat(DeadLetterPolicy.reason(ex)).isEqualTo(DEFECT);
    }

    @Test
    void is_the_invalid_event_message_wrapped_by_a_deserialization_failure() {
        // given what ErrorHandlingDeserializer hands the container for a poison record
        DeserializationException ex = new DeserializationException("failed to deserialize",
                "{}".getBytes(StandardCharsets.UTF_8), false, new InvalidEventException(DEFECT));

        // when the reason is derived
        // then the invalid-event message wins over the generic wrapper message
        assertThat(DeadLetterPolicy.reason(ex)).isEqualTo(DEFECT);
    }

    @Test
    void is_the_invalid_event_message_even_when_deeper_causes_follow_it() {
        // given a listener failure caused by an invalid event that itself wraps a Jackson error
        Exception ex = new ListenerExecutionFailedException("Listener method threw",
                new InvalidEventException("Not a valid bank.transactions.v1 envelope: Unexpected end-of-input",
                        new IllegalStateException("parser detail")));

        // when the reason is derived
        // then it stops at the invalid-event message instead of the deeper technical detail
        assertThat(DeadLetterPolicy.reason(ex))
                .isEqualTo("Not a valid bank.transactions.v1 envelope: Unexpected end-of-input");
    }

    @Test
    void is_the_deepest_message_with_its_exception_type_when_no_invalid_event_is_in_the_chain() {
        // given a listener failure caused by a database error
        Exception ex = new ListenerExecutionFailedException("Listener method threw",
                new IllegalStateException("could not store profile", new RuntimeException("connection refused")));

        // when the reason is derived
        // then it is the most specific message, prefixed with its type
        assertThat(DeadLetterPolicy.reason(ex)).isEqualTo("RuntimeException: connection refused");
    }

    @Test
    void skips_causes_without_a_message() {
        // given a chain ending in an exception without a message
        Exception ex = new IllegalStateException("could not score application", new NullPointerException());

        // when the reason is derived
        // then the last message in the chain is used
        assertThat(DeadLetterPolicy.reason(ex)).isEqualTo("IllegalStateException: could not score application");
    }

    @Test
    void is_the_exception_class_name_when_no_exception_in_the_chain_has_a_message() {
        // given an exception chain without any message
        Exception ex = new IllegalStateException(new NullPointerException());
        Exception bare = new UnsupportedOperationException();

        // when the reason is derived
        // then it still says something: the message Throwable derived from the cause, or the class name
        assertThat(DeadLetterPolicy.reason(ex)).isEqualTo("IllegalStateException: java.lang.NullPointerException");
        assertThat(DeadLetterPolicy.reason(bare)).isEqualTo("java.lang.UnsupportedOperationException");
    }

    @Test
    void terminates_on_a_cause_chain_that_loops() {
        // given two exceptions that are each other's cause
        Exception first = new IllegalStateException("first");
        Exception second = new IllegalArgumentException("second", first);
        first.initCause(second);

        // when the reason is derived
        // then it returns the deepest message seen before the loop closes, instead of spinning forever
        assertThat(DeadLetterPolicy.reason(first)).isEqualTo("IllegalArgumentException: second");
    }
}
