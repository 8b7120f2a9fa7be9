package org.banyan.profile.segment;

import org.banyan.profile.catalog.ExpressionError;
import org.banyan.profile.catalog.ValueType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The segment language and its JSON form: one tree, type checked, compiled to parameterised SQL. */
class SegmentLanguageTest {

    private static final Map<String, ValueType> TAGS = Map.of("age", ValueType.NUMBER, "city", ValueType.CATEGORY,
            "gambling_flag", ValueType.BOOLEAN, "last_txn_date", ValueType.DATE, "income_monthly", ValueType.NUMBER,
            "occupation", ValueType.CATEGORY, "spend_dining_amount_90d", ValueType.NUMBER);
    private final JsonMapper json = JsonMapper.builder().build();

    private static Condition parse(String text) {
        return SegmentParser.parse(text, TAGS::get);
    }

    @Test
    void readsComparisonsRangesListsExistenceAndLogic() {
        Condition condition = parse("age between 25 and 40 AND city in ('Shanghai', 'Hangzhou') "
                + "and not gambling_flag and (income_monthly >= 10000.50 or last_txn_date exists) "
                + "and last_txn_date > DATE '2026-10-01'");

        assertThat(condition).isEqualTo(new Condition.And(List.of(
                new Condition.Between("age", new BigDecimal("25"), new BigDecimal("40")),
                new Condition.In("city", List.of("Shanghai", "Hangzhou")),
                new Condition.Not(new Condition.Compare("gambling_flag", Condition.Op.EQ, true)),
                new Condition.Or(List.of(new Condition.Compare("income_monthly", Condition.Op.GE, new BigDecimal("10000.50")),
                        new Condition.Exists("last_txn_date"))),
                new Condition.Compare("last_txn_date", Condition.Op.GT, LocalDate.of(2026, 10, 1)))));
    }

    @Test
    void canonicalTextAndJsonFormBothParseBackToTheSameTree() {
        Condition condition = parse("NOT (age < 18 OR city = 'O''Brien') AND last_txn_date IS NOT NULL "
                + "AND city NOT IN ('X') AND gambling_flag = false");

        assertThat(parse(condition.text())).isEqualTo(condition);
        assertThat(SegmentJson.parse(json.valueToTree(SegmentJson.render(condition)), TAGS::get)).isEqualTo(condition);
    }

    @Test
    void compiledSqlCarriesNoUserTextOnlyParameters() {
        String hostile = "x'); DROP TABLE profile; --";
        Condition condition = parse("occupation = '" + hostile.replace("'", "''") + "' AND spend_dining_amount_90d > 3");

        SqlCompiler.Sql sql = SqlCompiler.compile(condition, TAGS::get);

        assertThat(sql.table()).isEqualTo("profile");
        assertThat(sql.where()).doesNotContain("DROP", "occupation", "spend_dining")
                .matches("(?i)[()a-z0-9_:<>=!,.\\s\\-]*");
        assertThat(sql.params()).containsValues(hostile, "occupation", "spend_dining_amount_90d", new BigDecimal("3"));
    }

    @Test
    void segmentsOverHotTagsUseTheirTypedColumns() {
        SqlCompiler.Sql sql = SqlCompiler.compile(parse("age > 30 AND city IN ('Hangzhou') AND NOT gambling_flag"),
                TAGS::get);

        assertThat(sql.table()).isEqualTo("profile_hot");
        assertThat(sql.where()).contains("age >", "city IN", "gambling_flag =").doesNotContain("tags", "Hangzhou");
        assertThat(sql.params()).containsValues(new BigDecimal("30"), List.of("Hangzhou"));
    }

    @Test
    void unknownTagIsReportedAtItsPosition() {
        assertThatThrownBy(() -> parse("age > 30 AND salary_magic > 1"))
                .isInstanceOf(ExpressionError.class).hasMessageContaining("Unknown tag 'salary_magic'")
                .extracting(e -> ((ExpressionError) e).position()).isEqualTo(13);
    }

    @Test
    void typeMismatchesAreReportedAtTheTag() {
        assertThatThrownBy(() -> parse("age = 'old'")).hasMessageContaining("Type mismatch");
        assertThatThrownBy(() -> parse("city BETWEEN 1 AND 2")).hasMessageContaining("BETWEEN needs");
        assertThatThrownBy(() -> parse("gambling_flag > true")).hasMessageContaining("no order");
        assertThatThrownBy(() -> parse("last_txn_date > 'yesterday'")).hasMessageContaining("Type mismatch");
    }

    @Test
    void malformedExpressionsPointAtTheFault() {
        assertThat(position("age > ")).isEqualTo(6);
        assertThat(position("age > 3 AND (city = 'x'")).isEqualTo(23);
        assertThat(position("age >> 3")).isEqualTo(5);
        assertThat(position("city = 'unterminated")).isEqualTo(7);
        assertThat(position("age > 3 city = 'x'")).isEqualTo(8);
    }

    @Test
    void tooExpensiveSegmentsAreRefused() {
        String many = String.join(" OR ", java.util.Collections.nCopies(51, "age > 1"));
        assertThatThrownBy(() -> SqlCompiler.compile(parse(many), TAGS::get)).hasMessageContaining("too expensive");
    }

    @Test
    void jsonFormErrorsNameTheirPath() {
        var definition = json.readTree("""
                {"and":[{"tag":"age","op":"gt","value":3},{"tag":"city","op":"in","value":[1]}]}""");

        assertThatThrownBy(() -> SegmentJson.parse(definition, TAGS::get))
                .isInstanceOf(ExpressionError.class)
                .extracting(e -> ((ExpressionError) e).field()).isEqualTo("definition.and[1].value");
    }

    private static int position(String text) {
        try {
            parse(text);
            throw new AssertionError("parsed: " + text);
        } catch (ExpressionError e) {
            return e.position();
        }
    }
}
