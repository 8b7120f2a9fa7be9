package org.banyan.credit.model;

import org.banyan.common.error.BanyanException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The model registry: registers trained versions as CHALLENGER, makes one CHAMPION at a time, rolls
 * back to the champion a promotion replaced, and switches shadow scoring on and off. Each change is one
 * transaction, and scoring reads the live versions on every decision, so a change takes effect on
 * every instance without a restart.
 */
@Service
class ModelRegistry {

    private final ModelRepository models;
    private final ModelScoring scoring;

    ModelRegistry(ModelRepository models, ModelScoring scoring) {
        this.models = models;
        this.scoring = scoring;
    }

    /** Scoring on this instance sees a change as soon as it commits; other instances within live-refresh. */
    private void afterCommitRefreshScoring() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            scoring.invalidate();
                        }
                    });
        } else {
            scoring.invalidate();
        }
    }

    /** Stores a trained model as a new CHALLENGER version; the caller's transaction makes it all or nothing. */
    String register(String name, TrainedModel model, TrainingParams params, Validation validation, String dataset,
            UUID jobId) {
        String version = models.nextVersion(name);
        models.insert(version, name, model, params, validation, sha256(model.binary()), dataset, jobId);
        return version;
    }

    @Transactional
    ModelVersion promote(String version, String actor, String reason) {
        models.lockRegistry();
        ModelVersion candidate = models.findForUpdate(version).orElseThrow(() -> BanyanException.notFound("Model version", version));
        if (candidate.status() == ModelStatus.CHAMPION) {
            throw BanyanException.conflict("Model version '" + version + "' is already the champion");
        }
        Optional<ModelVersion> current = models.champion();
        current.ifPresent(c -> models.setStatus(c.version(), ModelStatus.RETIRED));
        models.setStatus(version, ModelStatus.CHAMPION);
        models.recordPromotion("PROMOTE", version, current.map(ModelVersion::version).orElse(null), actor, reason);
        afterCommitRefreshScoring();
        return models.find(version).orElseThrow();
    }

    /** Makes {@code version} champion only if there is none yet (first start); false when one exists. */
    @Transactional
    boolean promoteIfNoChampion(String version, String actor) {
        models.lockRegistry();
        if (models.champion().isPresent()) {
            return false;
        }
        promote(version, actor, "first champion");
        return true;
    }

    /** Reinstates the champion that the current one replaced; the current one is retired. */
    @Transactional
    ModelVersion rollback(String actor, String reason) {
        models.lockRegistry();
        ModelVersion current = models.champion().orElseThrow(() -> BanyanException.conflict("There is no champion to roll back"));
        String previous = models.replacedBy(current.version()).orElseThrow(() -> BanyanException.conflict(
                "Champion '" + current.version() + "' replaced no earlier champion; nothing to roll back to"));
        models.setStatus(current.version(), ModelStatus.RETIRED);
        models.setStatus(previous, ModelStatus.CHAMPION);
        models.recordPromotion("ROLLBACK", previous, current.version(), actor, reason);
        afterCommitRefreshScoring();
        return models.find(previous).orElseThrow();
    }

    @Transactional
    ModelVersion setShadow(String version, boolean shadow) {
        models.lockRegistry();
        ModelVersion model = models.findForUpdate(version).orElseThrow(() -> BanyanException.notFound("Model version", version));
        if (shadow && model.status() != ModelStatus.CHALLENGER) {
            throw BanyanException.conflict("Only a CHALLENGER can score in shadow; '" + version + "' is " + model.status());
        }
        models.setShadow(version, shadow);
        afterCommitRefreshScoring();
        return models.find(version).orElseThrow();
    }

    ModelVersion get(String version) {
        return models.find(version).orElseThrow(() -> BanyanException.notFound("Model version", version));
    }

    List<ModelVersion> list() {
        return models.list();
    }

    Optional<ModelVersion> champion() {
        return models.champion();
    }

    List<ModelRepository.Promotion> promotions() {
        return models.promotions();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
