package org.banyan.credit.model;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.banyan.credit.feature.FeatureCatalogue;
import org.banyan.credit.feature.FeatureVector;
import org.banyan.credit.scorecard.Scorecard;
import org.banyan.credit.scorecard.ScorecardProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Scores an application with the live models: the champion (with its explanation) and every shadow
 * challenger. Which versions are live is read from the registry at most every {@code live-refresh}
 * (one second by default) and at once after a change made on this instance, so a promotion or a
 * rollback anywhere takes effect within a second without a restart; loaded boosters are cached by
 * version and released when a version stops being live.
 */
@Service
public class ModelScoring {

    static final int MAX_REASONS = 4;

    private final ModelRepository models;
    private final Scorecard scorecard;
    private final JdbcClient jdbc;
    private final int poolSize;
    private final Map<String, LoadedModel> loaded = new ConcurrentHashMap<>();
    private final long refreshNanos;
    private final AtomicReference<Snapshot> live = new AtomicReference<>();

    ModelScoring(ModelRepository models, Scorecard scorecard, JdbcClient jdbc, ModelProperties properties) {
        this.models = models;
        this.scorecard = scorecard;
        this.jdbc = jdbc;
        this.poolSize = properties.scoringPoolSize();
        this.refreshNanos = properties.liveRefresh().toNanos();
    }

    /** Forgets the live versions, so the next score reads them again (after a registry change here). */
    void invalidate() {
        live.set(null);
    }

    private List<ModelRepository.LiveVersion> liveVersions() {
        Snapshot snapshot = live.get();
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.readAt() > refreshNanos) {
            snapshot = new Snapshot(models.live(), now);
            live.set(snapshot);
        }
        return snapshot.versions();
    }

    private record Snapshot(List<ModelRepository.LiveVersion> versions, long readAt) {
    }

    /** @throws BanyanException UNAVAILABLE while there is no champion (e.g. at first start, before training ends) */
    public LiveScores score(FeatureVector features) {
        List<ModelRepository.LiveVersion> live = liveVersions();
        ModelRepository.LiveVersion champion = live.stream().filter(v -> v.status() == ModelStatus.CHAMPION).findFirst()
                .orElseThrow(() -> new BanyanException(ProblemCode.UNAVAILABLE,
                        "No champion model is in place yet; try again shortly"));
        evictAllBut(live);
        ModelScore decisive = score(champion, features, true);
        List<ModelScore> shadows = live.stream().filter(v -> v.status() != ModelStatus.CHAMPION)
                .map(v -> score(v, features, false)).toList();
        return new LiveScores(decisive, shadows);
    }

    /** Stores what each shadow challenger said next to the champion; call inside the decision's transaction. */
    public void recordShadows(UUID applicationId, LiveScores scores) {
        ModelScore c = scores.champion();
        for (ModelScore s : scores.shadows()) {
            jdbc.sql("""
                            INSERT INTO shadow_score (application_id, model_version, pd, score, grade, band_action,
                                champion_version, champion_pd, champion_score, champion_grade, champion_action)
                            VALUES (:app, :version, :pd, :score, :grade, :action, :cv, :cpd, :cscore, :cgrade, :caction)
                            ON CONFLICT DO NOTHING""")
                    .param("app", applicationId).param("version", s.modelVersion()).param("pd", s.pd())
                    .param("score", s.score()).param("grade", s.grade()).param("action", s.bandAction().name())
                    .param("cv", c.modelVersion()).param("cpd", c.pd()).param("cscore", c.score())
                    .param("cgrade", c.grade()).param("caction", c.bandAction().name())
                    .update();
        }
    }

    LoadedModel load(String version, int trees) {
        return loaded.computeIfAbsent(version, v -> {
            ModelVersion model = models.find(v).orElseThrow(() -> BanyanException.notFound("Model version", v));
            return new LoadedModel(v, model.featureSpec(), trees, models.binary(v), poolSize);
        });
    }

    private ModelScore score(ModelRepository.LiveVersion version, FeatureVector features, boolean explain) {
        LoadedModel model = load(version.version(), version.trees());
        LoadedModel.Prediction prediction = model.predict(features::get, explain);
        double pd = prediction.pd();
        int points = scorecard.points(pd);
        ScorecardProperties.GradeBand band = scorecard.grade(points);
        if (!explain) {
            return new ModelScore(version.version(), pd, points, band.grade(), band.action(), 0, List.of(), List.of());
        }
        float[] columns = prediction.contributions();
        List<ModelScore.Contribution> contributions = perFeature(model.layout(), columns);
        return new ModelScore(version.version(), pd, points, band.grade(), band.action(), columns[columns.length - 1],
                contributions, reasons(contributions));
    }

    /** Adds the contributions of a feature's input columns (one per category) into one per feature. */
    static List<ModelScore.Contribution> perFeature(FeatureLayout layout, float[] columns) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (int c = 0; c < layout.width(); c++) {
            String feature = layout.spec().features().get(layout.featureOfColumn(c)).name();
            sums.merge(feature, (double) columns[c], Double::sum);
        }
        return sums.entrySet().stream().map(e -> new ModelScore.Contribution(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(ModelScore.Contribution::value).reversed()).toList();
    }

    /** The features that raised the risk most, as stable reason codes, one per code, at most four. */
    static List<ModelScore.Reason> reasons(List<ModelScore.Contribution> contributions) {
        List<ModelScore.Reason> reasons = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ModelScore.Contribution c : contributions) {
            if (c.value() <= 0 || reasons.size() == MAX_REASONS) {
                break;
            }
            FeatureCatalogue.Reason reason = FeatureCatalogue.reasonFor(c.feature());
            if (codes.add(reason.code())) {
                reasons.add(new ModelScore.Reason(reason.code(), reason.text(), c.feature(), c.value()));
            }
        }
        return reasons;
    }

    private void evictAllBut(List<ModelRepository.LiveVersion> live) {
        if (loaded.size() <= live.size()) {
            return;
        }
        Set<String> keep = live.stream().map(ModelRepository.LiveVersion::version).collect(Collectors.toSet());
        loaded.keySet().removeIf(version -> {
            if (keep.contains(version)) {
                return false;
            }
            LoadedModel model = loaded.get(version);
            if (model != null) {
                model.close();
            }
            return true;
        });
    }
}
