package org.banyan.common.masking;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data on display (ARCHITECTURE.md, "Security"): how much of each identifier stays visible. */
@DisplayName("Masking")
class MaskingTest {

    @Nested
    @DisplayName("national id")
    class NationalId {

        @Test
        void keeps_the_first_6_and_last_4_characters_and_masks_the_rest() {
            // given an 18-character national id
            String id = "330106198804120028";

            // when it is masked
            String masked = Masking.nationalId(id);

            // then region code and check digits stay, the birth date and sequence are hidden
            assertThat(masked).isEqualTo("330106********0028");
        }

        @Test
        void keeps_the_length_of_the_value() {
            assertThat(Masking.nationalId("330106198804120028")).hasSize(18);
        }

        @Test
        void masks_a_value_of_10_characters_or_fewer_whole() {
            // given an id no longer than what the rule would keep
            // when it is masked
            // then nothing of it is revealed
            assertThat(Masking.nationalId("3301061988")).isEqualTo("**********");
            assertThat(Masking.nationalId("AB123")).isEqualTo("*****");
        }

        @Test
        void masks_whole_a_value_that_would_hide_fewer_than_4_characters() {
            // given ids long enough to keep first 6 and last 4, but with only 1 to 3 characters between
            // when they are masked
            // then nothing is revealed: the rule must never leave a value almost whole
            assertThat(Masking.nationalId("33010619880")).isEqualTo("***********");
            assertThat(Masking.nationalId("3301061988012")).isEqualTo("*************");
        }

        @Test
        void hides_4_characters_of_a_14_character_value() {
            assertThat(Masking.nationalId("33010619880123")).isEqualTo("330106****0123");
        }
    }

    @Nested
    @DisplayName("phone")
    class Phone {

        @Test
        void keeps_the_first_3_and_last_4_digits_and_masks_the_rest() {
            // given an 11-digit mobile number
            // when it is masked
            // then carrier prefix and last four stay
            assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        }

        @Test
        void masks_a_value_of_7_characters_or_fewer_whole() {
            assertThat(Masking.phone("1234567")).isEqualTo("*******");
            assertThat(Masking.phone("110")).isEqualTo("***");
        }

        @Test
        void counts_separators_as_characters_so_a_formatted_number_reveals_no_more_digits() {
            // given a number written with a country code and spaces
            String phone = "+86 138 1234 5678";

            // when it is masked
            String masked = Masking.phone(phone);

            // then at most three leading and four trailing characters are visible
            assertThat(masked).isEqualTo("+86**********5678");
            assertThat(masked.chars().filter(Character::isDigit).count()).isLessThanOrEqualTo(7);
        }
    }

    @Nested
    @DisplayName("card or account number")
    class CardOrAccount {

        @Test
        void keeps_the_first_6_and_last_4_of_a_card_number() {
            // given a 16-digit card number
            // when it is masked
            // then BIN and last four stay, as on a receipt
            assertThat(Masking.cardOrAccount("4111111111111111")).isEqualTo("411111******1111");
        }

        @Test
        void keeps_the_first_6_and_last_4_of_an_account_number() {
            assertThat(Masking.cardOrAccount("6222020200112233445")).isEqualTo("622202*********3445");
        }

        @Test
        void masks_a_value_of_10_characters_or_fewer_whole() {
            assertThat(Masking.cardOrAccount("1234567890")).isEqualTo("**********");
        }
    }

    @Nested
    @DisplayName("absent values")
    class AbsentValues {

        @Test
        void null_stays_null_for_every_kind() {
            assertThat(Masking.nationalId(null)).isNull();
            assertThat(Masking.phone(null)).isNull();
            assertThat(Masking.cardOrAccount(null)).isNull();
        }

        @Test
        void an_empty_value_stays_empty() {
            assertThat(Masking.nationalId("")).isEmpty();
            assertThat(Masking.phone("")).isEmpty();
            assertThat(Masking.cardOrAccount("")).isEmpty();
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1", "1234", "1234567", "12345678", "330106198804120028", "4111111111111111",
            "6222020200112233445566"})
    void never_reveals_more_than_10_characters_nor_the_whole_value(String value) {
        // given a value of any length
        // when it is masked as a national id (the most generous rule)
        String masked = Masking.nationalId(value);

        // then at most 10 characters, and never all of them, are left unmasked; the length is unchanged
        long visible = masked.chars().filter(c -> c != '*').count();
        assertThat(masked).hasSameSizeAs(value);
        assertThat(visible).isLessThanOrEqualTo(Math.min(10, Math.max(0, value.length() - 1)));
    }
}
