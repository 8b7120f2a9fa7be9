package org.banyan.recommendation.catalogue;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.recommendation.support.Api;
import org.banyan.recommendation.support.Products;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue API: ADMIN/ANALYST manage products, every customer-facing role reads them. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwtSettings;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, jwtSettings);
    }

    @Test
    void analystCreatesAProductThatFrontlineCanRead() {
        var created = api.post("/api/v1/products", api.token(Role.ANALYST), """
                {"productId":"CC-TRAVEL-GOLD","name":"Travel Gold Card","type":"CREDIT_CARD",
                 "eligibility":{"minAge":18,"maxAge":70,"minMonthlyIncome":8000.00,"minKycLevel":2,"requiredCreditGrade":"B"},
                 "channels":["MOBILE","SMS"],"validFrom":"2026-01-01T00:00:00Z","validUntil":"2027-01-01T00:00:00Z",
                 "interestSignals":[{"tag":"spend_share_travel_90d","atLeast":0.15,"reason":"Based on your travel spending"}]}
                """);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var read = api.get("/api/v1/products/CC-TRAVEL-GOLD", api.token(Role.FRONTLINE));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(read.json().get("version").asInt()).isEqualTo(1);
        assertThat(read.json().at("/eligibility/requiredCreditGrade").asString()).isEqualTo("B");
        assertThat(read.json().at("/interestSignals/0/reason").asString()).isEqualTo("Based on your travel spending");
    }

    @Test
    void updatingAProductBumpsItsVersion() {
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("SAV-UPD", "SAVINGS"));

        var updated = api.put("/api/v1/products/SAV-UPD", api.token(Role.ADMIN), """
                {"productId":"SAV-UPD","name":"Saver Plus","type":"SAVINGS","channels":["WEB"]}
                """);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(updated.json().get("name").asString()).isEqualTo("Saver Plus");
    }

    @Test
    void retiredProductStaysReadableAsRetired() {
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("INS-OLD", "INSURANCE"));

        var retired = api.delete("/api/v1/products/INS-OLD", api.token(Role.ANALYST));

        assertThat(retired.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/products/INS-OLD", api.token(Role.APP)).json().get("status").asString())
                .isEqualTo("RETIRED");
    }

    @Test
    void listIsPagedAndFilteredByType() {
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("LIST-A", "MORTGAGE"));
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("LIST-B", "MORTGAGE"));

        var page = api.get("/api/v1/products?type=MORTGAGE&size=1&page=1", api.token(Role.ANALYST));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().get("items").size()).isEqualTo(1);
    }

    @Test
    void wealthProductWithoutRiskLevelIs400NamingTheField() {
        var response = api.post("/api/v1/products", api.token(Role.ADMIN), """
                {"productId":"WM-X","name":"Fund","type":"WEALTH","channels":["MOBILE"]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"VALIDATION_FAILED\"", "riskLevel");
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        var response = api.post("/api/v1/products", api.token(Role.ADMIN), """
                {"productId":"bad id!","type":"SAVINGS","channels":[]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("productId", "name", "channels");
    }

    @Test
    void unknownEnumValueIs400() {
        var response = api.post("/api/v1/products", api.token(Role.ADMIN), """
                {"productId":"X1","name":"X","type":"SPACESHIP","channels":["MOBILE"]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void duplicateProductIdIs409() {
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("DUP-1", "SAVINGS"));

        var again = api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("DUP-1", "SAVINGS"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"CONFLICT\"");
    }

    @Test
    void unknownProductIs404Problem() {
        var response = api.get("/api/v1/products/NOPE", api.token(Role.FRONTLINE));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"", "NOPE");
    }

    @Test
    void frontlineMayNotWriteTheCatalogue() {
        var response = api.post("/api/v1/products", api.token(Role.FRONTLINE), Products.simple("FL-1", "SAVINGS"));

        assertThat(response.status()).isEqualTo(403);
    }
}
