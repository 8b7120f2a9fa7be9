package org.banyan.simulator.customer;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.support.Csv;
import org.banyan.simulator.support.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityDataTest {

    @TempDir
    static Path run;

    static List<Map<String, String>> customers;

    @BeforeAll
    static void generateTinyPopulation() {
        Runs.generate(Runs.tiny().withDays(5), run);
        customers = Csv.extracts(run, "customers");
    }

    @Test
    void theStandardsExampleIdHasAValidCheckCharacter() {
        // given the example of GB 11643-1999 (an X check character)
        // then it validates, and a changed digit does not
        assertThat(NationalIds.isValid("11010519491231002X")).isTrue();
        assertThat(NationalIds.isValid("11010519491231003X")).isFalse();
        assertThat(NationalIds.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void everyNationalIdIsValidAndAgreesWithBirthDateAndGender() {
        // given every customer of the tiny population
        assertThat(customers).hasSizeGreaterThanOrEqualTo(1_000);

        // then each id has a valid check character, the customer's birth date, and the sex digit parity
        for (Map<String, String> c : customers) {
            String id = c.get("national_id");
            assertThat(NationalIds.isValid(id)).as(id).isTrue();
            assertThat(NationalIds.birthDate(id)).isEqualTo(LocalDate.parse(c.get("birth_date")));
            assertThat(NationalIds.isMale(id)).isEqualTo("MALE".equals(c.get("gender")));
            assertThat(Cities.all().stream().anyMatch(city -> city.regionCode().equals(id.substring(0, 6)))).isTrue();
        }
    }

    @Test
    void nationalIdsAreUnique() {
        // given the initial load of customers
        Set<String> ids = new HashSet<>();
        customers.forEach(c -> ids.add(c.get("national_id")));

        // then no two customers share one
        assertThat(ids).hasSize((int) customers.stream().map(c -> c.get("customer_id")).distinct().count());
    }

    @Test
    void phonesAreMainlandMobileNumbersSharedOnlyInsideFraudRings() {
        // given each customer's phone and ring membership
        Map<String, String> ringOf = new HashMap<>();
        Csv.read(run.resolve("ground_truth/customers.csv")).forEach(g -> ringOf.put(g.get("customer_id"),
                g.get("ring_id")));
        Map<String, Set<String>> owners = new HashMap<>();
        for (Map<String, String> c : customers) {
            assertThat(Phones.isValid(c.get("phone"))).as(c.get("phone")).isTrue();
            owners.computeIfAbsent(c.get("phone"), p -> new HashSet<>()).add(c.get("customer_id"));
        }

        // then a number with several owners belongs to one ring
        owners.values().stream().filter(o -> o.size() > 1).forEach(o -> assertThat(
                o.stream().map(ringOf::get).distinct().toList()).singleElement().isNotNull());
    }

    @Test
    void cardAndAccountNumbersCarryLuhnCheckDigits() {
        // given every account opened
        List<Map<String, String>> accounts = Csv.extracts(run, "accounts");

        // then debit accounts (19 digits) and credit cards (16 digits) pass the Luhn check
        accounts.stream().filter(a -> a.get("account_id").matches("\\d+")).forEach(a -> {
            String number = a.get("account_id");
            assertThat(number.length()).isIn(16, 19);
            assertThat(Ids.luhnValid(number)).as(number).isTrue();
        });
        assertThat(accounts).anyMatch(a -> a.get("product_type").equals("CREDIT_CARD"));
    }
}
