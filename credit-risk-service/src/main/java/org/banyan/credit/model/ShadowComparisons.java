package org.banyan.credit.model;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Compares a shadow challenger with the champions it ran beside, on the same live applications. */
@Component
class ShadowComparisons {

    private final JdbcClient jdbc;

    ShadowComparisons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Comparison compare(String version) {
        Comparison totals = jdbc.sql("""
                        SELECT count(*) AS n, avg(pd) AS mean_pd, avg(champion_pd) AS champion_mean_pd,
                               avg(CASE WHEN band_action = champion_action THEN 1.0 ELSE 0.0 END) AS agreement,
                               corr(pd, champion_pd) AS correlation,
                               avg(abs(score - champion_score)) AS mean_abs_score_gap
                        FROM shadow_score WHERE model_version = :version""")
                .param("version", version)
                .query((rs, n) -> new Comparison(version, rs.getLong("n"), nullable(rs.getObject("mean_pd")),
                        nullable(rs.getObject("champion_mean_pd")), nullable(rs.getObject("agreement")),
                        nullable(rs.getObject("correlation")), nullable(rs.getObject("mean_abs_score_gap")), List.of()))
                .single();
        List<Cell> cells = jdbc.sql("""
                        SELECT champion_action, band_action, count(*) AS n FROM shadow_score
                        WHERE model_version = :version GROUP BY champion_action, band_action ORDER BY 1, 2""")
                .param("version", version)
                .query((rs, n) -> new Cell(rs.getString("champion_action"), rs.getString("band_action"), rs.getLong("n")))
                .list();
        return new Comparison(totals.modelVersion(), totals.applications(), totals.meanPd(), totals.championMeanPd(),
                totals.bandAgreement(), totals.pdCorrelation(), totals.meanAbsScoreGap(), cells);
    }

    private static Double nullable(Object value) {
        return value == null ? null : Metrics.round(((Number) value).doubleValue());
    }

    /**
     * @param bandAgreement share of applications where both models' grade bands lead to the same action
     * @param actions       applications by (champion's band action, challenger's band action)
     */
    record Comparison(String modelVersion, long applications, Double meanPd, Double championMeanPd,
            Double bandAgreement, Double pdCorrelation, Double meanAbsScoreGap, List<Cell> actions) {
    }

    record Cell(String championAction, String challengerAction, long applications) {
    }
}
