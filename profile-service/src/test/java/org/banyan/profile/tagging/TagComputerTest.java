package org.banyan.profile.tagging;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.profile.catalog.BuiltInTags;
import org.banyan.profile.catalog.TagDefinition;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The tag computation as a pure function of the events a customer had, whatever their order. */
class TagComputerTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final StateUpdates updates = new StateUpdates(ZONE);
    private final TagComputer computer = new TagComputer(ZONE);

    @Test
    void computesEveryBuiltInTagAndNothingElse() {
        CustomerState state = stateOf(new SimulatedEvents(1, LocalDate.of(2026, 8, 1), 120).generate(List.of("C1")));

        Map<String, Object> tags = computer.compute(state, state.asOf);

        assertThat(tags.keySet()).containsExactlyInAnyOrderElementsOf(
                BuiltInTags.definitions().stream().map(TagDefinition::code).collect(Collectors.toSet()));
    }

    @Test
    void everyValueHasTheTypeItsDefinitionDeclares() {
        CustomerState state = stateOf(new SimulatedEvents(2, LocalDate.of(2026, 8, 1), 120).generate(List.of("C2")));
        Map<String, Object> tags = computer.compute(state, state.asOf);

        for (TagDefinition tag : BuiltInTags.definitions()) {
            Object value = tags.get(tag.code());
            if (value != null) {
                assertThat(tag.valueType().canonical(value)).as(tag.code()).isEqualTo(value);
                if (!tag.categories().isEmpty()) {
                    assertThat(tag.categories()).as(tag.code()).contains((String) value);
                }
            }
        }
    }

    @RepeatedTest(20)
    void eventOrderDoesNotChangeTheTags() {
        long seed = new Random().nextLong();
        List<EventEnvelope<?>> events = new SimulatedEvents(seed, LocalDate.of(2026, 8, 1), 90).generate(List.of("C3"));
        List<EventEnvelope<?>> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));

        CustomerState inOrder = stateOf(events);
        CustomerState anyOrder = stateOf(shuffled);

        assertThat(computer.compute(anyOrder, anyOrder.asOf)).as("seed %d", seed)
                .isEqualTo(computer.compute(inOrder, inOrder.asOf));
    }

    @Test
    void stateSurvivesItsJsonRoundTrip() {
        CustomerState state = stateOf(new SimulatedEvents(4, LocalDate.of(2026, 8, 1), 90).generate(List.of("C4")));
        JsonMapper mapper = JsonMapper.builder().build();

        CustomerState copy = mapper.readValue(mapper.writeValueAsBytes(state), CustomerState.class);

        assertThat(computer.compute(copy, copy.asOf)).isEqualTo(computer.compute(state, state.asOf));
    }

    @Test
    void windowTagsAgeWithTheAsOfDateAlone() {
        CustomerState state = stateOf(new SimulatedEvents(5, LocalDate.of(2026, 8, 1), 30).generate(List.of("C5")));
        Map<String, Object> now = computer.compute(state, state.asOf);

        Map<String, Object> later = computer.compute(state, state.asOf + 400);

        assertThat(now.get("spend_total_count_30d")).isNotEqualTo(java.math.BigDecimal.ZERO);
        assertThat(later.get("spend_total_count_365d")).isEqualTo(java.math.BigDecimal.ZERO);
        assertThat(later.get("app_logins_90d")).isEqualTo(java.math.BigDecimal.ZERO);
    }

    @Test
    void riskToleranceComesFromTheLatestCustomerUpdateAndIsAbsentWhenNotAssessed() {
        // given a customer first reported without an assessment, then assessed R4
        List<EventEnvelope<?>> events = new ArrayList<>(new SimulatedEvents(6, LocalDate.of(2026, 8, 1), 10)
                .generate(List.of("C6")));
        EventEnvelope<?> first = events.stream().filter(e -> e.payload() instanceof CustomerUpdated).findFirst()
                .orElseThrow();
        CustomerUpdated reported = (CustomerUpdated) first.payload();
        CustomerUpdated unassessed = withRiskTolerance(reported, null);
        CustomerUpdated assessed = withRiskTolerance(reported, CustomerUpdated.RiskTolerance.R4);

        // when the tags are computed after each update
        CustomerState state = new CustomerState();
        updates.apply(state, copy(first, unassessed, 0));
        Object before = computer.compute(state, state.asOf).get("risk_tolerance");
        updates.apply(state, copy(first, assessed, 1));
        Object after = computer.compute(state, state.asOf).get("risk_tolerance");

        // then the tag follows the assessment
        assertThat(before).isNull();
        assertThat(after).isEqualTo("R4");
    }

    private static CustomerUpdated withRiskTolerance(CustomerUpdated c, CustomerUpdated.RiskTolerance tolerance) {
        return new CustomerUpdated(c.birthDate(), c.gender(), c.city(), c.cityTier(), c.occupation(), c.education(),
                c.maritalStatus(), c.incomeMonthly(), c.kycLevel(), c.consent(), c.joinDate(), c.nationalId(), c.phone(),
                tolerance);
    }

    private static EventEnvelope<CustomerUpdated> copy(EventEnvelope<?> e, CustomerUpdated payload, long secondsLater) {
        return new EventEnvelope<>(java.util.UUID.randomUUID(), e.type(), e.version(),
                e.occurredAt().plusSeconds(secondsLater), e.producer(), e.customerId(), payload);
    }

    private CustomerState stateOf(List<EventEnvelope<?>> events) {
        CustomerState state = new CustomerState();
        events.forEach(e -> updates.apply(state, e));
        return state;
    }
}
