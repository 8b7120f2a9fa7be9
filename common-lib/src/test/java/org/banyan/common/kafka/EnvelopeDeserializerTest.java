package org.banyan.common.kafka;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.EventJson;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.event.payload.TransactionPosted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a Kafka record value as the topic's typed envelope. Whatever cannot become a valid
 * envelope is an {@link InvalidEventException} whose message says what is wrong, so the DLQ
 * header explains the poison record.
 */
@DisplayName("EnvelopeDeserializer")
class EnvelopeDeserializerTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    /** The contract's JSON rules, as Spring's mapper applies them in every service. */
    static final JsonMapper MAPPER = EventJson.mapper();

    final EnvelopeDeserializer deserializer = new EnvelopeDeserializer(MAPPER, VALIDATION.getValidator());

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static final String EVENT_ID = "0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a";

    static final String TRANSACTION_PAYLOAD = """
            {"transactionId": "T-20261122-000042", "accountId": "6222020200112233445", "amount": 86.40,
             "currency": "CNY", "direction": "DEBIT", "kind": "CARD_PURCHASE", "channel": "POS",
             "merchantCategory": "5411", "merchantId": "M-883201", "country": "CN", "city": "Hangzhou",
             "balanceAfter": 12034.17}""";

    static String envelope(String payload) {
        return """
                {"eventId": "%s", "type": "transaction.posted", "version": 1,
                 "occurredAt": "2026-11-22T10:15:30.123Z", "producer": "core-banking", "customerId": "C0000123",
                 "payload": %s}""".formatted(EVENT_ID, payload);
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("accepts")
    class Accepts {

        @Test
        void a_valid_envelope_as_the_topics_typed_payload() {
            // given a transaction event as core banking (or any non-JVM producer) writes it
            byte[] value = bytes(envelope(TRANSACTION_PAYLOAD));

            // when it is read from bank.transactions.v1
            EventEnvelope<?> envelope = deserializer.deserialize(Topics.TRANSACTIONS, value);

            // then the envelope is complete and its payload is a TransactionPosted
            assertThat(envelope.eventId()).isEqualTo(UUID.fromString(EVENT_ID));
            assertThat(envelope.type()).isEqualTo("transaction.posted");
            assertThat(envelope.version()).isEqualTo(1);
            assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.123Z"));
            assertThat(envelope.producer()).isEqualTo("core-banking");
            assertThat(envelope.customerId()).isEqualTo("C0000123");
            assertThat(envelope.payload()).isInstanceOfSatisfying(TransactionPosted.class, tx -> {
                assertThat(tx.amount()).isEqualByComparingTo("86.40");
                assertThat(tx.direction()).isEqualTo(TransactionPosted.Direction.DEBIT);
                assertThat(tx.kind()).isEqualTo(TransactionPosted.Kind.CARD_PURCHASE);
                assertThat(tx.merchantCategory()).isEqualTo("5411");
            });
        }

        @Test
        void unknown_fields_in_the_envelope_and_in_the_payload() {
            // given an event from a newer producer that added fields
            String payload = TRANSACTION_PAYLOAD.replace("\"city\"", "\"terminalId\": \"TERM-7\", \"city\"");
            String json = envelope(payload).replace("\"producer\"", "\"partition\": 3, \"producer\"");

            // when it is read
            EventEnvelope<?> envelope = deserializer.deserialize(Topics.TRANSACTIONS, bytes(json));

            // then the known fields are read and the unknown ones ignored
            assertThat(envelope.payload()).isInstanceOfSatisfying(TransactionPosted.class,
                    tx -> assertThat(tx.city()).isEqualTo("Hangzhou"));
        }

        @Test
        void a_payload_without_its_optional_fields() {
            // given a salary credit without merchant, city or balance
            String payload = """
                    {"transactionId": "T-1", "accountId": "A-1", "amount": 15000.00, "currency": "CNY",
                     "direction": "CREDIT", "kind": "SALARY", "channel": "DIRECT_DEBIT", "country": "CN"}""";

            // when it is read
            EventEnvelope<?> envelope = deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload)));

            // then the optional fields are null
            assertThat(envelope.payload()).isInstanceOfSatisfying(TransactionPosted.class, tx -> {
                assertThat(tx.merchantCategory()).isNull();
                assertThat(tx.balanceAfter()).isNull();
            });
        }

        @Test
        void a_customer_with_iso_dates_and_nested_consents() {
            // given a customer event
            String payload = """
                    {"birthDate": "1988-04-12", "gender": "FEMALE", "city": "Hangzhou", "cityTier": 2,
                     "occupation": "Software engineer", "education": "Master", "maritalStatus": "MARRIED",
                     "incomeMonthly": 18500.00, "kycLevel": 3,
                     "consent": {"marketingEmail": true, "marketingSms": false, "marketingPush": true, "dataSharing": true},
                     "joinDate": "2015-06-01"}""";

            // when it is read from bank.customers.v1
            String value = envelope(payload).replace("transaction.posted", "customer.updated");
            EventEnvelope<?> envelope = deserializer.deserialize(Topics.CUSTOMERS, bytes(value));

            // then dates and consents are typed
            assertThat(envelope.payload()).isInstanceOfSatisfying(CustomerUpdated.class, customer -> {
                assertThat(customer.birthDate()).isEqualTo(LocalDate.of(1988, 4, 12));
                assertThat(customer.consent().marketingSms()).isFalse();
                assertThat(customer.incomeMonthly()).isEqualByComparingTo(new BigDecimal("18500"));
            });
        }

        @Test
        void tag_changes_with_scalar_and_null_values() {
            // given tag changes of several value kinds
            String payload = """
                    {"profileVersion": 42, "changes": [
                      {"tag": "salary_band", "oldValue": "5k-10k", "newValue": "10k-20k"},
                      {"tag": "active_loan_count", "oldValue": 1, "newValue": 2},
                      {"tag": "has_credit_card", "oldValue": false, "newValue": true},
                      {"tag": "churn_risk_band", "oldValue": "HIGH", "newValue": null}]}""";

            // when they are read
            String value = envelope(payload).replace("transaction.posted", "profile.tags-changed");
            EventEnvelope<?> envelope = deserializer.deserialize(Topics.TAG_CHANGES, bytes(value));

            // then each value keeps its JSON kind
            assertThat(envelope.payload()).isInstanceOfSatisfying(TagsChanged.class, tags -> {
                assertThat(tags.changes()).hasSize(4);
                assertThat(tags.changes().get(1).newValue()).isEqualTo(2);
                assertThat(tags.changes().get(2).newValue()).isEqualTo(true);
                assertThat(tags.changes().get(3).newValue()).isNull();
            });
        }
    }

    @Nested
    @DisplayName("rejects with InvalidEventException")
    class Rejects {

        @Test
        void malformed_json_saying_the_value_is_not_a_valid_envelope_of_the_topic() {
            // given a value cut off in the middle
            byte[] value = bytes(envelope(TRANSACTION_PAYLOAD).substring(0, 80));

            // when it is read
            // then it is rejected as not a valid envelope of the topic
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, value))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageStartingWith("Not a valid bank.transactions.v1 envelope: ");
        }

        @Test
        void a_value_that_is_not_json_at_all() {
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes("transaction T-1 posted")))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("Not a valid bank.transactions.v1 envelope");
        }

        @Test
        void an_unknown_enum_value_naming_the_value() {
            // given a transaction whose direction is not DEBIT or CREDIT
            String payload = TRANSACTION_PAYLOAD.replace("\"DEBIT\"", "\"SIDEWAYS\"");

            // when it is read
            // then it is rejected, naming the offending value
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("Not a valid bank.transactions.v1 envelope")
                    .hasMessageContaining("SIDEWAYS");
        }

        @Test
        void a_lower_case_enum_value() {
            String payload = TRANSACTION_PAYLOAD.replace("\"DEBIT\"", "\"debit\"");

            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("debit");
        }

        @Test
        void a_missing_required_payload_field_naming_the_field() {
            // given a transaction without an amount
            String payload = TRANSACTION_PAYLOAD.replace("\"amount\": 86.40,", "");

            // when it is read
            // then it is rejected as violating its contract, naming payload.amount
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("violates its contract")
                    .hasMessageContaining("payload.amount");
        }

        @Test
        void a_payload_field_breaking_its_constraint_naming_the_field() {
            // given a transaction in lower-case currency
            String payload = TRANSACTION_PAYLOAD.replace("\"CNY\"", "\"usd\"");

            // when it is read
            // then it is rejected, naming payload.currency
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("payload.currency");
        }

        @Test
        void a_nested_payload_field_breaking_its_constraint_naming_the_path() {
            // given a tag change whose tag is blank
            String payload = """
                    {"profileVersion": 3, "changes": [{"tag": " ", "oldValue": 1, "newValue": 2}]}""";

            // when it is read
            // then it is rejected, naming the nested field
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TAG_CHANGES, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("payload.changes[0].tag");
        }

        @Test
        void a_missing_event_id_naming_the_field() {
            // given an envelope without an eventId
            String json = envelope(TRANSACTION_PAYLOAD).replace("\"eventId\": \"" + EVENT_ID + "\",", "");

            // when it is read
            // then it is rejected, naming eventId
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(json)))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("violates its contract")
                    .hasMessageContaining("eventId must not be null");
        }

        @Test
        void an_event_id_that_is_not_a_uuid() {
            String json = envelope(TRANSACTION_PAYLOAD).replace(EVENT_ID, "evt-42");

            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(json)))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("Not a valid bank.transactions.v1 envelope");
        }

        @Test
        void a_missing_payload() {
            String json = envelope("null");

            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(json)))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("payload must not be null");
        }

        @Test
        void a_missing_primitive_payload_field_rather_than_defaulting_it() {
            // given a customer without cityTier (a primitive int)
            String payload = """
                    {"birthDate": "1988-04-12", "gender": "FEMALE", "city": "Hangzhou",
                     "occupation": "Software engineer", "education": "Master", "maritalStatus": "MARRIED",
                     "incomeMonthly": 18500.00, "kycLevel": 3,
                     "consent": {"marketingEmail": true, "marketingSms": false, "marketingPush": true, "dataSharing": true},
                     "joinDate": "2015-06-01"}""";

            // when it is read
            // then it is rejected instead of read as city tier 0
            assertThatThrownBy(() -> deserializer.deserialize(Topics.CUSTOMERS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("Not a valid bank.customers.v1 envelope");
        }

        @Test
        void a_record_on_a_topic_without_a_contract_naming_the_topic() {
            // given a well-formed envelope on a topic no contract covers
            // when it is read
            // then it is rejected, naming the topic
            assertThatThrownBy(() -> deserializer.deserialize("bank.unknown.v1", bytes(envelope(TRANSACTION_PAYLOAD))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessage("No event contract for topic bank.unknown.v1");
        }

        @Test
        void a_record_without_a_value_naming_the_topic() {
            // given a tombstone (null value)
            // when it is read
            // then it is rejected, naming the topic
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, null))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessage("Record on bank.transactions.v1 has no value");
        }

        @Test
        void trailing_content_after_the_envelope() {
            // given two JSON documents in one record value
            byte[] value = bytes(envelope(TRANSACTION_PAYLOAD) + " {}");

            // when it is read
            // then it is rejected rather than silently reading the first
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, value))
                    .isInstanceOf(InvalidEventException.class);
        }

        @Test
        void a_number_sent_as_a_string_instead_of_coercing_it() {
            // given an amount written as text
            String payload = TRANSACTION_PAYLOAD.replace("\"amount\": 86.40", "\"amount\": \"86.40\"");

            // when it is read
            // then it is rejected, naming where, as the JSON Schema would
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(envelope(payload))))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("amount");
        }

        @Test
        void an_event_type_the_topic_does_not_carry() {
            // given a loan event published on the transactions topic
            String value = envelope(TRANSACTION_PAYLOAD).replace("transaction.posted", "loan.event");

            // when it is read
            // then it is rejected, naming both types
            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(value)))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("loan.event v1").hasMessageContaining("carries transaction.posted");
        }

        @Test
        void a_version_newer_than_the_contract() {
            String value = envelope(TRANSACTION_PAYLOAD).replace("\"version\": 1", "\"version\": 7");

            assertThatThrownBy(() -> deserializer.deserialize(Topics.TRANSACTIONS, bytes(value)))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("up to v1");
        }
    }
}
