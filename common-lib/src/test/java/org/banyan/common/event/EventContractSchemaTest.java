package org.banyan.common.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.banyan.common.event.payload.AlertRaised;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.event.payload.TransactionPosted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas under {@code schemas/} are the event contract for producers outside the JVM. These
 * specifications prove that what our own producers write (the payload records serialised by Jackson 3)
 * conforms to them, that the schemas describe exactly the records, and that they reject what the
 * records' constraints reject.
 */
@DisplayName("Event contract JSON Schemas")
class EventContractSchemaTest {

    static final String ENVELOPE_SCHEMA = "schemas/envelope.schema.json";

    /** Our producers' view: a plain Jackson 3 mapper (java.time as ISO strings by default). */
    static final JsonMapper PRODUCER_MAPPER = JsonMapper.builder().build();

    /** The validator reads JSON trees with Jackson 2; that is only the reading side. */
    static final ObjectMapper TREE_READER = new ObjectMapper();

    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Draft 2020-12 treats {@code format} as an annotation by default; the contract means it as an assertion. */
    static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator BEAN_VALIDATOR = VALIDATION.getValidator();

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static Stream<String> topics() {
        return EventContracts.ALL.stream().map(EventContract::topic);
    }

    static Stream<String> allSchemaResources() {
        return Stream.concat(EventContracts.ALL.stream().map(EventContract::schemaResource), Stream.of(ENVELOPE_SCHEMA));
    }

    @Nested
    @DisplayName("coverage")
    class Coverage {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#topics")
        void every_topic_has_a_schema_file_on_the_classpath(String topic) {
            // given a registered contract
            EventContract contract = contract(topic);

            // when its schema resource is looked up
            boolean present = EventContractSchemaTest.class.getClassLoader().getResource(contract.schemaResource()) != null;

            // then it exists, at schemas/<topic>.schema.json
            assertThat(contract.schemaResource()).isEqualTo("schemas/" + topic + ".schema.json");
            assertThat(present).as("schema file %s", contract.schemaResource()).isTrue();
        }

        @Test
        void the_envelope_has_a_schema_file_on_the_classpath() {
            assertThat(EventContractSchemaTest.class.getClassLoader().getResource(ENVELOPE_SCHEMA)).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#allSchemaResources")
        void every_schema_is_itself_a_valid_draft_2020_12_schema(String resource) {
            // given the official draft 2020-12 meta-schema
            JsonSchema metaSchema = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
                    ASSERT_FORMATS);

            // when a contract schema is validated against it
            JsonNode schema = readResource(resource);
            Set<ValidationMessage> errors = metaSchema.validate(schema);

            // then it conforms, declares draft 2020-12, has a title and tolerates unknown fields
            assertThat(errors).as("meta-schema errors of %s", resource).isEmpty();
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("title").asText()).isNotBlank();
            assertThat(schema.path("additionalProperties").isBoolean() && schema.path("additionalProperties").asBoolean())
                    .as("additionalProperties: true in %s", resource).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#allSchemaResources")
        void every_property_of_every_schema_explains_what_it_means(String resource) {
            // given a contract schema
            JsonNode schema = readResource(resource);

            // when its properties (nested definitions included) are collected
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            collectProperties("", schema, properties);
            schema.path("$defs").properties().forEach(def -> collectProperties(def.getKey() + ".", def.getValue(), properties));

            // then each has a non-blank description
            assertThat(properties).isNotEmpty();
            assertThat(properties.entrySet().stream()
                    .filter(p -> p.getValue().path("description").asText().isBlank())
                    .map(Map.Entry::getKey)
                    .toList()).as("properties without a description in %s", resource).isEmpty();
        }
    }

    @Nested
    @DisplayName("schemas mirror the records")
    class MirrorTheRecords {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#topics")
        void a_payload_schema_mirrors_its_record_fields_types_formats_required_fields_bounds_and_enum_values(
                String topic) {
            // given a topic's payload record and its schema
            EventContract contract = contract(topic);
            JsonNode schema = readResource(contract.schemaResource());

            // when the schema is compared with the record, nested records included
            List<String> mismatches = new ArrayList<>();
            compare(contract.payloadType(), schema, schema, contract.payloadType().getSimpleName(), mismatches);

            // then they agree
            assertThat(mismatches).isEmpty();
        }

        @Test
        void the_envelope_schema_mirrors_the_envelope_record_and_requires_every_field() {
            // given the envelope record and its schema
            JsonNode schema = readResource(ENVELOPE_SCHEMA);

            // when they are compared
            List<String> mismatches = new ArrayList<>();
            compare(EventEnvelope.class, schema, schema, "EventEnvelope", mismatches);

            // then they agree, and every envelope field is required
            assertThat(mismatches).isEmpty();
            assertThat(names(schema.path("required"))).containsExactlyInAnyOrder(
                    Arrays.stream(EventEnvelope.class.getRecordComponents()).map(RecordComponent::getName)
                            .toArray(String[]::new));
        }
    }

    @Nested
    @DisplayName("what our producers write conforms")
    class ProducersConform {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#topics")
        void a_fully_populated_payload_conforms_to_its_topic_schema(String topic) {
            // given a realistic payload with every field set, valid by the record's own constraints
            EventContract contract = contract(topic);
            Object payload = fullPayload(topic);
            assertThat(payload).isInstanceOf(contract.payloadType());
            assertThat(BEAN_VALIDATOR.validate(payload)).isEmpty();

            // when it is serialised as our producers do
            JsonNode json = serialise(payload);

            // then its topic schema accepts it, and no field was left null
            assertThat(validate(contract.schemaResource(), json)).isEmpty();
            assertThat(nullFields(json)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#topics")
        void a_payload_with_only_its_required_fields_conforms_to_its_topic_schema(String topic) {
            // given a payload with every optional field null, valid by the record's own constraints
            EventContract contract = contract(topic);
            Object payload = minimalPayload(topic);
            assertThat(BEAN_VALIDATOR.validate(payload)).isEmpty();

            // when it is serialised (Jackson writes the nulls out)
            JsonNode json = serialise(payload);

            // then its topic schema accepts it
            assertThat(validate(contract.schemaResource(), json)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.banyan.common.event.EventContractSchemaTest#topics")
        void a_whole_envelope_conforms_to_the_envelope_schema_and_its_payload_to_the_topic_schema(String topic) {
            // given an envelope as a producer stamps it for the topic's contract
            EventContract contract = contract(topic);
            EventEnvelope<Object> envelope = EventEnvelope.of(contract, "core-banking", "C0000123", fullPayload(topic));
            assertThat(BEAN_VALIDATOR.validate(envelope)).isEmpty();

            // when it is serialised
            JsonNode json = serialise(envelope);

            // then the envelope schema accepts it, and its payload matches the topic schema
            assertThat(validate(ENVELOPE_SCHEMA, json)).isEmpty();
            assertThat(validate(contract.schemaResource(), json.get("payload"))).isEmpty();
            assertThat(json.get("type").asText()).isEqualTo(contract.eventType());
            assertThat(json.get("version").asInt()).isEqualTo(contract.version());
        }

        @Test
        void jackson_3_writes_instants_local_dates_and_uuids_as_iso_strings() {
            // given an envelope with an instant, a UUID and a payload with local dates
            UUID eventId = UUID.fromString("0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a");
            EventEnvelope<CustomerUpdated> envelope = new EventEnvelope<>(eventId, "customer.updated", 1,
                    Instant.parse("2026-11-22T10:15:30.123Z"), "core-banking", "C0000123", fullCustomer());

            // when it is serialised by a default Jackson 3 mapper
            JsonNode json = serialise(envelope);

            // then java.time values are ISO-8601 strings, not numeric timestamps
            assertThat(json.get("eventId").isTextual()).isTrue();
            assertThat(json.get("eventId").asText()).isEqualTo("0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a");
            assertThat(json.get("occurredAt").isTextual()).isTrue();
            assertThat(json.get("occurredAt").asText()).isEqualTo("2026-11-22T10:15:30.123Z");
            assertThat(json.at("/payload/birthDate").asText()).isEqualTo("1988-04-12");
            assertThat(json.at("/payload/joinDate").asText()).isEqualTo("2015-06-01");
            assertThat(json.at("/payload/incomeMonthly").isNumber()).isTrue();
        }

        @Test
        void a_tag_change_carrying_a_date_value_is_written_as_an_iso_date_string_and_conforms() {
            // given a tag change whose values are dates
            TagsChanged payload = new TagsChanged(7, List.of(new TagsChanged.Change("last_salary_date",
                    LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 25))));

            // when it is serialised
            JsonNode json = serialise(payload);

            // then the values are ISO date strings and the schema accepts them
            assertThat(json.at("/changes/0/newValue").asText()).isEqualTo("2026-11-25");
            assertThat(validate(Topics.TAG_CHANGES, json)).isEmpty();
        }

        @Test
        void unknown_fields_are_tolerated_in_payloads_nested_objects_and_the_envelope() {
            // given a valid customer envelope to which a newer producer added fields at every level
            ObjectNode json = (ObjectNode) serialise(EventEnvelope.of(EventContracts.CUSTOMERS, "core-banking",
                    "C0000123", fullCustomer()));
            json.put("schemaHint", "v1.1");
            ObjectNode payload = (ObjectNode) json.get("payload");
            payload.put("preferredLanguage", "zh-CN");
            ((ObjectNode) payload.get("consent")).put("marketingPhoneCall", false);

            // when both schemas check it
            // then neither complains
            assertThat(validate(ENVELOPE_SCHEMA, json)).isEmpty();
            assertThat(validate(Topics.CUSTOMERS, payload)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the schemas reject what the contract forbids")
    class SchemasReject {

        @Test
        void a_customer_in_city_tier_9_is_rejected() {
            // given a customer whose city tier is outside 1..5
            CustomerUpdated c = fullCustomer();
            CustomerUpdated customer = new CustomerUpdated(c.birthDate(), c.gender(), c.city(), 9, c.occupation(),
                    c.education(), c.maritalStatus(), c.incomeMonthly(), c.kycLevel(), c.consent(), c.joinDate(),
                    c.nationalId(), c.phone());

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.CUSTOMERS, serialise(customer));

            // then the schema rejects it, naming the field
            assertRejectedAt(errors, "/cityTier");
        }

        @Test
        void a_customer_with_an_unknown_risk_tolerance_is_rejected() {
            // given a customer whose risk tolerance is not one of R1..R5
            ObjectNode json = (ObjectNode) serialise(fullCustomer());
            json.put("riskTolerance", "R9");

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.CUSTOMERS, json);

            // then the schema rejects it, naming the field
            assertRejectedAt(errors, "/riskTolerance");
        }

        @Test
        void a_transaction_in_lower_case_currency_usd_is_rejected() {
            // given a transaction whose currency is not an upper-case ISO 4217 code
            TransactionPosted t = fullTransaction();
            TransactionPosted transaction = new TransactionPosted(t.transactionId(), t.accountId(), t.amount(), "usd",
                    t.direction(), t.kind(), t.channel(), t.merchantCategory(), t.merchantId(), t.country(), t.city(),
                    t.balanceAfter());

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.TRANSACTIONS, serialise(transaction));

            // then the schema rejects it, naming the field
            assertRejectedAt(errors, "/currency");
        }

        @Test
        void a_feedback_with_action_like_is_rejected() {
            // given a feedback whose action is not one of IMPRESSION, CLICK, CONVERSION, DISMISS
            ObjectNode feedback = (ObjectNode) serialise(fullPayload(Topics.MARKETING_FEEDBACK));
            feedback.put("action", "LIKE");

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.MARKETING_FEEDBACK, feedback);

            // then the schema rejects it, naming the field
            assertRejectedAt(errors, "/action");
        }

        @Test
        void a_transaction_without_an_amount_is_rejected() {
            // given a transaction that lacks a required field
            ObjectNode transaction = (ObjectNode) serialise(fullTransaction());
            transaction.remove("amount");

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.TRANSACTIONS, transaction);

            // then the schema rejects it, naming the missing field
            assertThat(errors).isNotEmpty();
            assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("amount"));
        }

        @Test
        void a_transaction_with_a_zero_amount_is_rejected() {
            // given a transaction of 0.00 (amounts are strictly positive; direction carries the sign)
            ObjectNode transaction = (ObjectNode) serialise(fullTransaction());
            transaction.put("amount", BigDecimal.ZERO.setScale(2));

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.TRANSACTIONS, transaction), "/amount");
        }

        @Test
        void a_required_text_field_that_is_blank_is_rejected() {
            // given a transaction whose account id is whitespace only (@NotBlank)
            ObjectNode transaction = (ObjectNode) serialise(fullTransaction());
            transaction.put("accountId", "   ");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.TRANSACTIONS, transaction), "/accountId");
        }

        @Test
        void a_required_field_sent_as_null_is_rejected() {
            // given an alert whose severity is explicitly null
            ObjectNode alert = (ObjectNode) serialise(fullPayload(Topics.ALERTS));
            alert.putNull("severity");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.ALERTS, alert), "/severity");
        }

        @Test
        void a_birth_date_not_in_iso_format_is_rejected() {
            // given a customer whose birth date is written day-first
            ObjectNode customer = (ObjectNode) serialise(fullCustomer());
            customer.put("birthDate", "12/04/1988");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.CUSTOMERS, customer), "/birthDate");
        }

        @Test
        void a_merchant_category_code_that_is_not_four_digits_is_rejected() {
            // given a transaction with a three-digit MCC
            ObjectNode transaction = (ObjectNode) serialise(fullTransaction());
            transaction.put("merchantCategory", "541");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.TRANSACTIONS, transaction), "/merchantCategory");
        }

        @Test
        void a_probability_of_default_above_one_is_rejected() {
            // given a credit decision with pd 1.2
            ObjectNode decision = (ObjectNode) serialise(fullPayload(Topics.CREDIT_DECISIONS));
            decision.put("pd", 1.2);

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.CREDIT_DECISIONS, decision), "/pd");
        }

        @Test
        void a_credit_decision_with_five_reason_codes_is_rejected() {
            // given a credit decision with more than four reason codes
            ObjectNode decision = (ObjectNode) serialise(fullPayload(Topics.CREDIT_DECISIONS));
            decision.putArray("reasonCodes").add("R01").add("R02").add("R03").add("R04").add("R05");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.CREDIT_DECISIONS, decision), "/reasonCodes");
        }

        @Test
        void a_tag_change_event_without_changes_is_rejected() {
            // given a tag change event with an empty change list
            ObjectNode tags = (ObjectNode) serialise(fullPayload(Topics.TAG_CHANGES));
            tags.putArray("changes");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.TAG_CHANGES, tags), "/changes");
        }

        @Test
        void a_tag_change_whose_new_value_is_an_object_is_rejected() {
            // given a tag change whose value is not a JSON scalar
            ObjectNode tags = (ObjectNode) serialise(fullPayload(Topics.TAG_CHANGES));
            ((ObjectNode) tags.at("/changes/0")).putObject("newValue").put("band", "10k-20k");

            // when it is validated
            // then the schema rejects it
            assertRejectedAt(validate(Topics.TAG_CHANGES, tags), "/changes/0/newValue");
        }

        @Test
        void a_customer_whose_consent_lacks_a_flag_is_rejected() {
            // given a customer whose consent object lacks a flag
            ObjectNode customer = (ObjectNode) serialise(fullCustomer());
            ((ObjectNode) customer.get("consent")).remove("marketingSms");

            // when it is validated
            Set<ValidationMessage> errors = validate(Topics.CUSTOMERS, customer);

            // then the schema rejects it
            assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("marketingSms"));
        }

        @Test
        void an_envelope_whose_event_id_is_not_a_uuid_is_rejected() {
            // given an envelope with a non-UUID event id
            ObjectNode envelope = (ObjectNode) serialise(
                    EventEnvelope.of(EventContracts.ALERTS, "monitoring", "C0000123", fullPayload(Topics.ALERTS)));
            envelope.put("eventId", "evt-42");

            // when it is validated
            // then the envelope schema rejects it
            assertRejectedAt(validate(ENVELOPE_SCHEMA, envelope), "/eventId");
        }

        @Test
        void an_envelope_without_a_payload_is_rejected() {
            // given an envelope whose payload is missing
            ObjectNode envelope = (ObjectNode) serialise(
                    EventEnvelope.of(EventContracts.ALERTS, "monitoring", "C0000123", fullPayload(Topics.ALERTS)));
            envelope.remove("payload");

            // when it is validated
            Set<ValidationMessage> errors = validate(ENVELOPE_SCHEMA, envelope);

            // then the envelope schema rejects it
            assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("payload"));
        }

        @Test
        void an_envelope_whose_occurred_at_has_no_time_zone_is_rejected() {
            // given an envelope stamped with a local date-time instead of an instant
            ObjectNode envelope = (ObjectNode) serialise(
                    EventEnvelope.of(EventContracts.ALERTS, "monitoring", "C0000123", fullPayload(Topics.ALERTS)));
            envelope.put("occurredAt", "2026-11-22T10:15:30");

            // when it is validated
            // then the envelope schema rejects it
            assertRejectedAt(validate(ENVELOPE_SCHEMA, envelope), "/occurredAt");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Sample payloads: one realistic, fully populated and one with only the required fields per topic.
    // A new topic in EventContracts.ALL fails these specifications until it gets both and a schema.

    static Object fullPayload(String topic) {
        return switch (topic) {
            case Topics.CUSTOMERS -> fullCustomer();
            case Topics.TRANSACTIONS -> fullTransaction();
            case Topics.APP_EVENTS -> new AppEvent("S-9f2c1e7a", "product_view", "CC-PLATINUM", "/cards/platinum",
                    "D-ab12cd34", AppEvent.Channel.MOBILE);
            case Topics.LOAN_EVENTS -> new LoanEvent("L-000981", LoanEvent.EventType.REPAYMENT_RECEIVED,
                    LoanEvent.ProductType.PERSONAL_LOAN, new BigDecimal("1250.00"), 0, new BigDecimal("23750.00"),
                    LocalDate.of(2026, 11, 20), 7, "AP-2026-000981");
            case Topics.TAG_CHANGES -> new TagsChanged(42, List.of(
                    new TagsChanged.Change("salary_band", "5k-10k", "10k-20k"),
                    new TagsChanged.Change("active_loan_count", 1, 2),
                    new TagsChanged.Change("has_credit_card", false, true),
                    new TagsChanged.Change("avg_balance_3m", new BigDecimal("8200.10"), new BigDecimal("10234.50")),
                    new TagsChanged.Change("last_salary_date", LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 25))));
            case Topics.CREDIT_DECISIONS -> new CreditDecisionMade("APP-2026-000017", "DEC-2026-000031",
                    CreditDecisionMade.Decision.APPROVE, 0.034, 712, "B", "pd-xgb-2026.11.1",
                    List.of("R01_SHORT_CREDIT_HISTORY", "R07_HIGH_UTILISATION"), new BigDecimal("50000.00"),
                    new BigDecimal("40000.00"), false);
            case Topics.RISK_SIGNALS -> new RiskSignalRaised("SIG-000311", "LIMIT_DECREASE", Severity.HIGH, 0.27,
                    "L-000981", "6222020200112233445",
                    Map.of("oldLimit", 50000, "newLimit", 30000, "trigger", "EDR_ABOVE_THRESHOLD"));
            case Topics.MARKETING_FEEDBACK -> new MarketingFeedback("REC-77d1", "CMP-2026-11", "CC-PLATINUM",
                    MarketingFeedback.Action.CLICK, "MOBILE", "EXP-7", "B");
            case Topics.CAMPAIGN_MESSAGES -> new CampaignMessage("CMP-2026-11", "MSG-0000451", "CC-PLATINUM", "SMS",
                    0.87);
            case Topics.ALERTS -> new AlertRaised("ALR-000112", "dpd30_rate_spike", Severity.HIGH,
                    "portfolio:PERSONAL_LOAN", AlertRaised.Status.OPEN, 3,
                    "30+ days-past-due rate of personal loans rose from 2.1% to 3.4% in a week");
            default -> throw new IllegalArgumentException("No sample payload for topic " + topic + ": add one");
        };
    }

    static Object minimalPayload(String topic) {
        return switch (topic) {
            case Topics.CUSTOMERS -> new CustomerUpdated(LocalDate.of(1995, 1, 30), CustomerUpdated.Gender.MALE,
                    "Chengdu", 1, "Teacher", "Bachelor", CustomerUpdated.MaritalStatus.SINGLE, BigDecimal.ZERO, 1,
                    new CustomerUpdated.Consent(false, false, false, false), LocalDate.of(2026, 1, 5), null, null);
            case Topics.TRANSACTIONS -> new TransactionPosted("T-20261122-000043", "6222020200112233445",
                    new BigDecimal("15000.00"), "CNY", TransactionPosted.Direction.CREDIT, TransactionPosted.Kind.SALARY,
                    TransactionPosted.Channel.DIRECT_DEBIT, null, null, "CN", null, null);
            case Topics.APP_EVENTS -> new AppEvent("S-1c2d3e4f", "login", null, null, "D-ab12cd34",
                    AppEvent.Channel.WEB);
            case Topics.LOAN_EVENTS -> new LoanEvent("L-000982", LoanEvent.EventType.DISBURSED,
                    LoanEvent.ProductType.MORTGAGE, new BigDecimal("250000.00"), 0, new BigDecimal("250000.00"),
                    null, null);
            case Topics.TAG_CHANGES -> new TagsChanged(1, List.of(new TagsChanged.Change("churn_risk_band", null, null)));
            case Topics.CREDIT_DECISIONS -> new CreditDecisionMade("APP-2026-000018", "DEC-2026-000032",
                    CreditDecisionMade.Decision.DECLINE, 0.41, 540, "E", "pd-xgb-2026.11.1", List.of(), null, null,
                    true);
            case Topics.RISK_SIGNALS -> new RiskSignalRaised("SIG-000312", "COLLECTIONS_ENTERED", Severity.CRITICAL,
                    null, null, null, null);
            case Topics.MARKETING_FEEDBACK -> new MarketingFeedback(null, null, "SAV-PLUS",
                    MarketingFeedback.Action.IMPRESSION, "WEB", null, null);
            case Topics.CAMPAIGN_MESSAGES -> new CampaignMessage("CMP-2026-12", "MSG-0000452", "SAV-PLUS", "EMAIL", 0.0);
            case Topics.ALERTS -> new AlertRaised("ALR-000113", "score_drift", Severity.MEDIUM, "model:pd-xgb",
                    AlertRaised.Status.ACKNOWLEDGED, 1, null);
            default -> throw new IllegalArgumentException("No sample payload for topic " + topic + ": add one");
        };
    }

    static CustomerUpdated fullCustomer() {
        return new CustomerUpdated(LocalDate.of(1988, 4, 12), CustomerUpdated.Gender.FEMALE, "Hangzhou", 2,
                "Software engineer", "Master", CustomerUpdated.MaritalStatus.MARRIED, new BigDecimal("18500.00"), 3,
                new CustomerUpdated.Consent(true, false, true, true), LocalDate.of(2015, 6, 1),
                "330106198804120028", "13812345678", CustomerUpdated.RiskTolerance.R3);
    }

    static TransactionPosted fullTransaction() {
        return new TransactionPosted("T-20261122-000042", "6222020200112233445", new BigDecimal("86.40"), "CNY",
                TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE, TransactionPosted.Channel.POS,
                "5411", "M-883201", "CN", "Hangzhou", new BigDecimal("12034.17"));
    }

    // ---------------------------------------------------------------------------------------------

    static EventContract contract(String topic) {
        return EventContracts.forTopic(topic).orElseThrow();
    }

    static JsonNode serialise(Object value) {
        try {
            return TREE_READER.readTree(PRODUCER_MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates against a schema resource, or a topic's schema when given a topic name. */
    static Set<ValidationMessage> validate(String resourceOrTopic, JsonNode json) {
        String resource = EventContracts.forTopic(resourceOrTopic).map(EventContract::schemaResource)
                .orElse(resourceOrTopic);
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + resource), ASSERT_FORMATS);
        return schema.validate(json);
    }

    static JsonNode readResource(String resource) {
        try (InputStream in = EventContractSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return TREE_READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejected, with an error at {@code instanceLocation} (a JSON Pointer into the instance). */
    static void assertRejectedAt(Set<ValidationMessage> errors, String instanceLocation) {
        assertThat(errors).as("schema errors").isNotEmpty();
        assertThat(errors.stream().map(e -> e.getInstanceLocation().toString()).toList())
                .as("locations of %s", errors).contains(instanceLocation);
    }

    static List<String> nullFields(JsonNode json) {
        List<String> nulls = new ArrayList<>();
        json.properties().forEach(p -> {
            if (p.getValue().isNull()) {
                nulls.add(p.getKey());
            }
        });
        return nulls;
    }

    static void collectProperties(String prefix, JsonNode schema, Map<String, JsonNode> into) {
        schema.path("properties").properties().forEach(p -> into.put(prefix + p.getKey(), p.getValue()));
    }

    static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        // An optional enum lists null too (JSON Schema checks enum after type); it is not a constant.
        array.forEach(n -> {
            if (!n.isNull()) {
                names.add(n.asText());
            }
        });
        return names;
    }

    /** A local {@code {"$ref": "#/$defs/X"}} resolved against the root schema. */
    static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.isEmpty() ? node : root.at(ref.substring(1));
    }

    /**
     * Compares a record with an object schema: the same property names, required exactly when the
     * component is primitive or @NotNull/@NotBlank/@NotEmpty, optional ones nullable, the JSON type and
     * format Jackson writes, the bean-validation bounds, enums listing the same constants; nested records
     * (directly or as list elements) recursively.
     */
    static void compare(Class<?> record, JsonNode root, JsonNode schema, String path, List<String> mismatches) {
        RecordComponent[] components = record.getRecordComponents();
        Set<String> declared = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").properties().forEach(p -> properties.add(p.getKey()));
        if (!declared.equals(properties)) {
            mismatches.add(path + ": record fields " + declared + " but schema properties " + properties);
        }
        Set<String> mandatory = Arrays.stream(components).filter(EventContractSchemaTest::mandatory)
                .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> required = names(schema.path("required"));
        if (!mandatory.equals(required)) {
            mismatches.add(path + ": mandatory fields " + mandatory + " but schema requires " + required);
        }
        if (!"object".equals(schema.path("type").asText())) {
            mismatches.add(path + ": schema type is not object");
        }
        for (RecordComponent component : components) {
            JsonNode property = schema.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                continue;
            }
            String at = path + "." + component.getName();
            Set<String> types = names(property.path("type"));
            if (property.path("type").isTextual()) {
                types = Set.of(property.path("type").asText());
            }
            if (!mandatory(component) && !property.has("$ref") && !types.contains("null")) {
                mismatches.add(at + ": optional field does not allow null");
            }
            if (mandatory(component) && types.contains("null")) {
                mismatches.add(at + ": mandatory field allows null");
            }
            Class<?> type = component.getType();
            JsonNode resolved = resolve(root, property);
            Set<String> resolvedTypes = resolved == property ? types : Set.of(resolved.path("type").asText());
            String expectedType = jsonType(type);
            if (expectedType != null && !resolvedTypes.contains(expectedType)) {
                mismatches.add(at + ": " + type.getSimpleName() + " should be " + expectedType + " but schema says "
                        + resolvedTypes);
            }
            String expectedFormat = jsonFormat(type);
            if (!expectedFormat.equals(property.path("format").asText())) {
                mismatches.add(at + ": format should be '" + expectedFormat + "' but is '"
                        + property.path("format").asText() + "'");
            }
            compareBounds(component, property, at, mismatches);
            if (type.isEnum()) {
                Set<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> listed = names(property.path("enum"));
                if (!constants.equals(listed)) {
                    mismatches.add(at + ": enum " + constants + " but schema lists " + listed);
                }
            }
            if (type.isRecord()) {
                compare(type, root, resolve(root, property), at, mismatches);
            }
            if (List.class.isAssignableFrom(type)
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                compare(element, root, resolve(root, property.path("items")), at + "[]", mismatches);
            }
        }
    }

    /** The JSON type a Java type serialises to, or null when it can be any JSON value. */
    static String jsonType(Class<?> type) {
        if (type == String.class || type.isEnum() || type == LocalDate.class || type == Instant.class
                || type == UUID.class) {
            return "string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "object";
        }
        if (type == Object.class) {
            return null; // any JSON value; the schema narrows it (tag values: scalars, the envelope payload: object)
        }
        throw new IllegalArgumentException("No JSON type known for " + type + ": extend the specification");
    }

    static String jsonFormat(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            return "date-time";
        }
        return type == UUID.class ? "uuid" : "";
    }

    /** Bean-validation bounds carried over: @Min/@Max/@DecimalMin/@DecimalMax/@Positive/@Size/@NotEmpty/@Pattern. */
    static void compareBounds(RecordComponent component, JsonNode property, String at, List<String> mismatches) {
        var accessor = component.getAccessor();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        Min min = accessor.getAnnotation(Min.class);
        if (min != null) {
            expected.put("minimum", BigDecimal.valueOf(min.value()));
        }
        Max max = accessor.getAnnotation(Max.class);
        if (max != null) {
            expected.put("maximum", BigDecimal.valueOf(max.value()));
        }
        DecimalMin decimalMin = accessor.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            expected.put(decimalMin.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(decimalMin.value()));
        }
        DecimalMax decimalMax = accessor.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            expected.put(decimalMax.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(decimalMax.value()));
        }
        if (accessor.isAnnotationPresent(Positive.class)) {
            expected.put("minimum", BigDecimal.ONE);
        }
        Size size = accessor.getAnnotation(Size.class);
        if (size != null && size.max() != Integer.MAX_VALUE) {
            expected.put("maxItems", BigDecimal.valueOf(size.max()));
        }
        if (size != null && size.min() > 0) {
            expected.put("minItems", BigDecimal.valueOf(size.min()));
        }
        if (accessor.isAnnotationPresent(NotEmpty.class)) {
            expected.put("minItems", BigDecimal.ONE);
        }
        for (String keyword : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems",
                "maxItems")) {
            BigDecimal want = expected.get(keyword);
            JsonNode have = property.path(keyword);
            if (want == null && !have.isMissingNode()) {
                mismatches.add(at + ": schema has " + keyword + " " + have + " without a matching constraint");
            }
            if (want != null && (!have.isNumber() || have.decimalValue().compareTo(want) != 0)) {
                mismatches.add(at + ": " + keyword + " should be " + want + " but is " + have);
            }
        }
        boolean patterned = accessor.isAnnotationPresent(Pattern.class) || accessor.isAnnotationPresent(NotBlank.class);
        if (patterned != property.has("pattern")) {
            mismatches.add(at + ": @Pattern/@NotBlank and the schema's pattern disagree");
        }
        if (accessor.isAnnotationPresent(NotBlank.class)
                && !(property.path("minLength").asInt() == 1 && "\\S".equals(property.path("pattern").asText()))) {
            mismatches.add(at + ": @NotBlank should be minLength 1 and pattern \\S");
        }
    }

    static boolean mandatory(RecordComponent component) {
        var accessor = component.getAccessor();
        return component.getType().isPrimitive()
                || accessor.isAnnotationPresent(NotNull.class)
                || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }
}
