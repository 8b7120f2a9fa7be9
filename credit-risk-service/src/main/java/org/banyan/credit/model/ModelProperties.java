package org.banyan.credit.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * {@code banyan.credit.models.*}: where built-in data sets live, and how training and scoring use the
 * machine.
 *
 * @param dataDir           folder holding {@code german-credit/german.data} (env BANYAN_CREDIT_DATA_DIR;
 *                          default {@code ../shared/data} from the repository root)
 * @param bootstrapChampion train a champion on the German data at first start when the registry has none
 * @param trainingThreads   XGBoost threads per training job (jobs run one at a time)
 * @param scoringPoolSize   boosters per live model: XGBoost serialises predictions per booster
 * @param maxQueuedJobs     training jobs waiting beyond the running one before new ones are refused
 * @param minRows           fewest rows a training file may have
 * @param minPerClass       fewest bad and good rows each
 * @param maxRows           most rows one upload or table may have
 * @param liveRefresh       how long an instance may keep using the live versions it read (changes made
 *                          on another instance reach it within this time)
 */
@Validated
@ConfigurationProperties("banyan.credit.models")
record ModelProperties(@NotBlank String dataDir, boolean bootstrapChampion, @Min(1) int trainingThreads,
        @Min(1) int scoringPoolSize, @Min(1) int maxQueuedJobs, @Min(10) int minRows, @Min(2) int minPerClass,
        @Min(100) int maxRows, @NotNull java.time.Duration liveRefresh) {

    TrainingLimits limits() {
        return new TrainingLimits(minRows, minPerClass, maxRows);
    }

    /**
     * The data folder; a relative one is taken from the repository root, which is the working directory
     * or, when the service runs from its module folder (as run-local.sh and the tests do), its parent.
     */
    Path resolvedDataDir() {
        Path configured = Path.of(dataDir);
        if (configured.isAbsolute()) {
            return configured;
        }
        Path here = Path.of("").toAbsolutePath();
        Path fromHere = here.resolve(configured).normalize();
        if (fromHere.toFile().isDirectory() || here.getParent() == null) {
            return fromHere;
        }
        return here.getParent().resolve(configured).normalize();
    }
}
