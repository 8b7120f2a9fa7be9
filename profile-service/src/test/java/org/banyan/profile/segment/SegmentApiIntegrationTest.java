package org.banyan.profile.segment;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.profile.support.ApiClient;
import org.banyan.profile.support.Customers;
import org.banyan.profile.tagging.ProfileEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/segments against real profiles: preview, save, streamed export and frozen snapshots. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SegmentApiIntegrationTest {

    private static KafkaTestClient kafka;
    private ApiClient api;
    private Customers customers;

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwt;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jwt);
        customers = new Customers(kafka, mapper, engine);
    }

    @Test
    void previewCountsTheSameSegmentWrittenAsTextOrAsJson() {
        String city = "City" + UUID.randomUUID().toString().substring(0, 6);
        customers.create("S", city, 1990, "30000.00", true);
        customers.create("S", city, 1990, "3000.00", true);
        customers.create("S", city, 1950, "30000.00", true);

        JsonNode text = preview("{\"expression\":\"city = '" + city + "' AND income_band IN ('HIGH','VERY_HIGH') "
                + "AND age BETWEEN 25 AND 45 AND NOT gambling_flag AND consent_marketing_sms\"}");
        JsonNode json = preview("""
                {"definition":{"and":[{"tag":"city","op":"eq","value":"%s"},
                  {"tag":"income_band","op":"in","value":["HIGH","VERY_HIGH"]},{"tag":"age","op":"between","value":[25,45]},
                  {"not":{"tag":"gambling_flag","op":"eq","value":true}},{"tag":"consent_marketing_sms","op":"eq","value":true}]}}
                """.formatted(city));

        assertThat(text.get("count").asLong()).isEqualTo(1);
        assertThat(json.get("count").asLong()).isEqualTo(1);
        assertThat(json.get("expression").asString()).isEqualTo(text.get("expression").asString());
    }

    @Test
    void savedSegmentExportsMemberIdsAndFreezesASnapshot() {
        String city = "City" + UUID.randomUUID().toString().substring(0, 6);
        String a = customers.create("M", city, 1985, "9000.00", true);
        String b = customers.create("M", city, 1986, "9000.00", false);

        HttpResponse<String> saved = api.post("/api/v1/segments", "{\"name\":\"locals\",\"expression\":\"city = '"
                + city + "'\"}", Role.ANALYST);
        assertThat(saved.statusCode()).isEqualTo(201);
        String id = mapper.readTree(saved.body()).get("id").asString();

        HttpResponse<String> members = api.get("/api/v1/segments/" + id + "/members", Role.ANALYST);
        assertThat(members.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(lines(members.body())).containsExactlyInAnyOrder(a, b).isSorted();

        HttpResponse<String> snapshot = api.post("/api/v1/segments/" + id + "/snapshots", "{\"campaignId\":\"CMP-1\"}",
                Role.ANALYST);
        assertThat(snapshot.statusCode()).isEqualTo(201);
        JsonNode frozen = mapper.readTree(snapshot.body());
        assertThat(frozen.get("memberCount").asLong()).isEqualTo(2);

        String c = customers.create("M", city, 1987, "9000.00", true);
        assertThat(lines(api.get("/api/v1/segments/" + id + "/members", Role.ANALYST).body())).contains(c);
        assertThat(lines(api.get("/api/v1/segments/" + id + "/snapshots/" + frozen.get("id").asString() + "/members",
                Role.ANALYST).body())).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void malformedSegmentIsA400PointingAtThePosition() {
        HttpResponse<String> response = api.post("/api/v1/segments/preview",
                "{\"expression\":\"age > 30 AND (city = 'x'\"}", Role.ANALYST);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"VALIDATION_FAILED\"", "\"position\":24");
    }

    @Test
    void unknownTagsTypeMismatchesAndExpensiveSegmentsAre400() {
        assertThat(api.post("/api/v1/segments/preview", "{\"expression\":\"wealth > 3\"}", Role.ANALYST).body())
                .contains("Unknown tag 'wealth'", "\"position\":0");
        assertThat(api.post("/api/v1/segments/preview", "{\"expression\":\"age = 'old'\"}", Role.ANALYST).body())
                .contains("Type mismatch");
        String many = String.join(" OR ", java.util.Collections.nCopies(60, "age > 1"));
        HttpResponse<String> expensive = api.post("/api/v1/segments/preview", "{\"expression\":\"" + many + "\"}",
                Role.ANALYST);
        assertThat(expensive.statusCode()).isEqualTo(400);
        assertThat(expensive.body()).contains("too expensive");
        assertThat(api.post("/api/v1/segments/preview", "{\"definition\":{\"tag\":\"age\",\"op\":\"like\"}}",
                Role.ANALYST).body()).contains("definition.op");
    }

    @Test
    void injectionAttemptsAreJustValues() {
        HttpResponse<String> response = api.post("/api/v1/segments/preview",
                "{\"expression\":\"city = 'x'' OR 1=1; DROP TABLE profile; --'\"}", Role.ANALYST);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(response.body()).get("count").asLong()).isZero();
    }

    @Test
    void frontlineCannotUseSegments() {
        assertThat(api.post("/api/v1/segments/preview", "{\"expression\":\"age > 1\"}", Role.FRONTLINE).statusCode())
                .isEqualTo(403);
    }

    private JsonNode preview(String body) {
        HttpResponse<String> response = api.post("/api/v1/segments/preview", body, Role.ANALYST);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private static List<String> lines(String body) {
        return Arrays.stream(body.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
