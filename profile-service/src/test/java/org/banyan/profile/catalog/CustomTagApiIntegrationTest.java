package org.banyan.profile.catalog;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.ContractSamples;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.profile.support.ApiClient;
import org.banyan.profile.tagging.ProfileEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /api/v1/tags: the catalog, and custom tags created, versioned and retired without a redeploy. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomTagApiIntegrationTest {

    private static KafkaTestClient kafka;
    private ApiClient api;

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
    void client() {
        api = new ApiClient(port, jwt);
    }

    @Test
    void analystsListTheCatalogByDimension() {
        HttpResponse<String> risk = api.get("/api/v1/tags?dimension=RISK", Role.ANALYST);

        assertThat(risk.statusCode()).isEqualTo(200);
        assertThat(risk.body()).contains("\"code\":\"gambling_flag\"", "\"nameZh\":\"涉赌\"")
                .doesNotContain("\"dimension\":\"BASIC\"");
        assertThat(api.get("/api/v1/tags/age_band", Role.ADMIN).body()).contains("\"computation\":\"EXPRESSION\"");
        assertThat(api.get("/api/v1/tags/nope", Role.ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void frontlineAndAppsCannotTouchTheCatalog() {
        assertThat(api.get("/api/v1/tags", Role.FRONTLINE).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/tags", "{}", Role.APP).statusCode()).isEqualTo(403);
    }

    @Test
    void customTagIsComputedForExistingCustomersWithoutARedeploy() {
        String customer = givenCustomer();
        String code = "affluent_" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> created = api.post("/api/v1/tags", newTag(code,
                "income_monthly >= 10000 ? 'AFFLUENT' : 'MASS'", "CATEGORY"), Role.ANALYST);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"version\":1", "\"builtIn\":false", "\"status\":\"ACTIVE\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> "AFFLUENT".equals(tag(customer, code)));
    }

    @Test
    void newVersionReplacesTheExpressionAndRetirementRemovesTheValues() {
        String customer = givenCustomer();
        String code = "income_k_" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api.post("/api/v1/tags", newTag(code, "income_monthly / 1000", "NUMBER"),
                Role.ANALYST);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> new java.math.BigDecimal("18.5").equals(tag(customer, code)));

        HttpResponse<String> v2 = api.post("/api/v1/tags/" + code + "/versions",
                "{\"expression\":\"income_monthly / 100\",\"description\":\"in hundreds\"}", Role.ADMIN);
        assertThat(v2.statusCode()).isEqualTo(201);
        assertThat(v2.body()).contains("\"version\":2");
        await().atMost(Duration.ofSeconds(30)).until(() -> new java.math.BigDecimal("185").equals(tag(customer, code)));
        assertThat(api.get("/api/v1/tags/" + code + "/versions", Role.ANALYST).body())
                .contains("income_monthly / 1000", "income_monthly / 100");

        HttpResponse<String> retired = api.post("/api/v1/tags/" + code + "/retire", "", Role.ANALYST);
        assertThat(retired.body()).contains("\"status\":\"RETIRED\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> tag(customer, code) == null);
    }

    @Test
    void unknownTagInAnExpressionIsA400AtItsPosition() {
        HttpResponse<String> response = api.post("/api/v1/tags",
                newTag("bad_" + UUID.randomUUID().toString().substring(0, 6), "age > 30 and salary_magic > 1", "BOOLEAN"),
                Role.ANALYST);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"VALIDATION_FAILED\"", "Unknown tag 'salary_magic'",
                "\"position\":13", "\"field\":\"expression\"");
    }

    @Test
    void typeMismatchAndDeclaredTypeMismatchAre400() {
        String code = "bad_" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.post("/api/v1/tags", newTag(code, "city > 3", "BOOLEAN"), Role.ANALYST).body())
                .contains("Type mismatch");
        assertThat(api.post("/api/v1/tags", newTag(code, "age > 3", "NUMBER"), Role.ANALYST).body())
                .contains("gives BOOLEAN but the tag is declared NUMBER");
    }

    @Test
    void unsafeExpressionsAreRefused() {
        HttpResponse<String> response = api.post("/api/v1/tags", newTag("evil_tag",
                "T(java.lang.Runtime).getRuntime().exec('id') != null", "BOOLEAN"), Role.ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not allowed");
    }

    @Test
    void missingFieldsAndBadCodesAreNamed() {
        HttpResponse<String> response = api.post("/api/v1/tags",
                "{\"code\":\"Bad Code\",\"dimension\":\"VALUE\",\"valueType\":\"NUMBER\",\"expression\":\"age\"}",
                Role.ANALYST);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"code\"", "\"field\":\"nameEn\"", "\"field\":\"nameZh\"");
    }

    @Test
    void builtInTagsCannotBeRedefinedThroughTheApi() {
        assertThat(api.post("/api/v1/tags", newTag("age", "1 + 1", "NUMBER"), Role.ADMIN).statusCode()).isEqualTo(409);
        assertThat(api.post("/api/v1/tags/age/retire", "", Role.ADMIN).statusCode()).isEqualTo(409);
    }

    private String givenCustomer() {
        String customerId = "C" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<?> event = ContractSamples.envelope(EventContracts.CUSTOMERS.topic(), customerId);
        kafka.send(EventContracts.CUSTOMERS.topic(), customerId, mapper.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.find(customerId).isPresent());
        return customerId;
    }

    private Object tag(String customerId, String code) {
        return engine.find(customerId).orElseThrow().tags().get(code);
    }

    private static String newTag(String code, String expression, String type) {
        return """
                {"code":"%s","nameEn":"Custom %s","nameZh":"自定义标签","dimension":"VALUE","valueType":"%s",
                 "expression":"%s","description":"test tag"}""".formatted(code, code, type, expression);
    }
}
