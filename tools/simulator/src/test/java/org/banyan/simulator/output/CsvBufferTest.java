package org.banyan.simulator.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CsvBufferTest {

    private static String text(CsvBuffer b) {
        return new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
    }

    @Test
    void formatsValuesTheWayJavaTimeAndBigDecimalWouldPrintThem() {
        // given values of every kind a row holds
        long millis = Instant.parse("2026-08-01T02:15:30.123Z").toEpochMilli();
        UUID id = UUID.fromString("0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a");

        // when they are formatted
        CsvBuffer b = new CsvBuffer(16).instant(millis).money(-123_405).money(7).date(LocalDate.of(1949, 12, 31))
                .uuid(id).num(-42).decimal(0.109, 4).customerId(123).end();

        // then they read as ISO instants, two-decimal yuan, ISO dates and canonical UUIDs
        assertThat(text(b)).isEqualTo("2026-08-01T02:15:30.123Z,-1234.05,0.07,1949-12-31,"
                + "0b6f6a0e-8f0c-4c7e-9a4e-2f8f6f1f3b7a,-42,0.1090,C00000123\n");
    }

    @Test
    void quotesTextOnlyWhenItNeedsIt() {
        // given plain text, text with a comma, a quote and Chinese characters
        CsvBuffer b = new CsvBuffer(8).text("Xi'an").text("Room 1, Building 2").text("say \"hi\"").text("北京").nil()
                .end();

        // then only the ones that need it are quoted, quotes doubled, empty fields stay empty
        assertThat(text(b)).isEqualTo("Xi'an,\"Room 1, Building 2\",\"say \"\"hi\"\"\",\"北京\",\n");
    }

    @Test
    void writesIntegersOfEveryLengthLikeLongToString() {
        // given numbers around every power of ten, both int and long sized
        long[] values = {0, 7, 9, 10, 99, 100, 101, 999, 1_000, 65_535, 999_999, 1_000_000, Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L, 9_999_999_999L, Long.MAX_VALUE, -1, -100, Long.MIN_VALUE};
        CsvBuffer b = new CsvBuffer(4);
        StringBuilder expected = new StringBuilder();
        for (long v : values) {
            b.num(v);
            expected.append(expected.isEmpty() ? "" : ",").append(v);
        }

        // then they read exactly as Java prints them
        assertThat(text(b.end())).isEqualTo(expected + "\n");
    }
}
