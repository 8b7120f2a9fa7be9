package org.banyan.credit.model;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.FieldError;
import org.banyan.credit.scorecard.Scorecard;
import org.banyan.credit.web.InvalidFieldsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs training jobs asynchronously, one at a time per instance: a job is recorded QUEUED, trained on
 * a background thread, and either registers its model (and, if asked, promotes it) in one transaction
 * or fails with the reason. A failed job leaves nothing in the registry.
 */
@Service
class TrainingJobs {

    static final String SYSTEM = "system:bootstrap";
    private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final String instanceId = UUID.randomUUID().toString();
    private final TrainingJobRepository jobs;
    private final TrainingSources sources;
    private final ModelRegistry registry;
    private final ModelProperties properties;
    private final XgbTrainer trainer;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;

    TrainingJobs(TrainingJobRepository jobs, TrainingSources sources, ModelRegistry registry, Scorecard scorecard,
            ModelProperties properties, PlatformTransactionManager transactionManager,
            @Qualifier(ModelConfiguration.TRAINING_EXECUTOR) TaskExecutor executor) {
        this.jobs = jobs;
        this.sources = sources;
        this.registry = registry;
        this.properties = properties;
        this.trainer = new XgbTrainer(properties.trainingThreads(), scorecard);
        this.transactions = new TransactionTemplate(transactionManager);
        this.executor = executor;
    }

    /** Records the job and queues it; the same idempotency key from the same requester returns the first job. */
    TrainingJob submit(TrainingJobRequest request, Upload upload, String requestedBy, String idempotencyKey) {
        requireValid(request, upload);
        if (idempotencyKey != null) {
            var existing = jobs.findByKey(requestedBy, idempotencyKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        UUID id = UUID.randomUUID();
        String source = upload != null ? "upload:" + upload.fileName()
                : request.table() != null ? "table:" + request.table() : "dataset:" + request.dataset();
        byte[] data = upload == null ? null : upload.bytes();
        boolean inserted = Boolean.TRUE.equals(transactions.execute(status -> jobs.insert(id, request, source, data,
                data == null ? null : ModelRegistry.sha256(data), requestedBy, idempotencyKey, instanceId)));
        if (!inserted) {
            return jobs.findByKey(requestedBy, idempotencyKey).orElseThrow();
        }
        try {
            executor.execute(() -> run(id));
        } catch (TaskRejectedException e) {
            jobs.fail(id, "the training queue is full (" + properties.maxQueuedJobs() + " waiting); submit again later");
        }
        return get(id);
    }

    TrainingJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> BanyanException.notFound("Training job", id));
    }

    List<TrainingJob> recent() {
        return jobs.recent(50);
    }

    /** Whether a bootstrap job of this source is queued, running or done (so another is not needed). */
    boolean bootstrapPending(String source) {
        return jobs.anyOpenOrSucceeded(source, SYSTEM);
    }

    void run(UUID id) {
        if (!jobs.start(id)) {
            return;
        }
        TrainingJob job = get(id);
        try {
            TrainingJobRequest request = jobs.request(id);
            DataTable table = sources.load(request, job.source(), jobs.upload(id));
            TrainingSet set = TrainingSet.of(table, request.effectiveSpec(), properties.limits());
            TrainedModel model = trainer.train(set, request.effectiveParams(), request.effectiveValidation());
            String version = transactions.execute(status -> {
                String registered = registry.register(request.modelName(), model, request.effectiveParams(),
                        request.effectiveValidation(), table.description(), id);
                promoteIfAsked(request, registered, job.requestedBy());
                jobs.succeed(id, registered);
                return registered;
            });
            log.info("Training job {} registered model {} (AUC {})", id, version, model.metrics().auc());
        } catch (TrainingDataException e) {
            log.info("Training job {} failed: {}", id, e.getMessage());
            jobs.fail(id, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            log.error("Training job {} failed unexpectedly", id, e);
            jobs.fail(id, "internal error while training (" + e.getClass().getSimpleName() + "); see the service log");
        }
    }

    private void promoteIfAsked(TrainingJobRequest request, String version, String requestedBy) {
        if (!request.promoteOnSuccess()) {
            return;
        }
        if (SYSTEM.equals(requestedBy)) {
            registry.promoteIfNoChampion(version, requestedBy);
        } else {
            registry.promote(version, requestedBy, "promoted by its training job");
        }
    }

    @Scheduled(fixedDelayString = "PT20S", initialDelayString = "PT5S")
    void keepAliveAndReapAbandoned() {
        jobs.heartbeat(instanceId);
        int failed = jobs.failAbandoned(ABANDONED_AFTER);
        if (failed > 0) {
            log.warn("Failed {} training job(s) whose service instance stopped", failed);
        }
    }

    private void requireValid(TrainingJobRequest request, Upload upload) {
        List<FieldError> errors = new ArrayList<>();
        int sources = (upload != null ? 1 : 0) + (request.table() != null ? 1 : 0) + (request.dataset() != null ? 1 : 0);
        if (sources != 1) {
            errors.add(new FieldError("data", "give exactly one of: an uploaded CSV (part 'data'), 'table' or 'dataset'", null));
        }
        FeatureSpec spec = request.effectiveSpec();
        if (spec == null) {
            errors.add(new FieldError("featureSpec", "is required for uploads and tables", null));
        } else {
            spec.problems().forEach(p -> errors.add(new FieldError("featureSpec", p, null)));
        }
        if (request.params() != null) {
            request.params().problems().forEach(p -> errors.add(new FieldError("params", p, null)));
        }
        if (request.validation() != null) {
            request.validation().problems().forEach(p -> errors.add(new FieldError("validation", p, null)));
        }
        if (upload != null && upload.bytes().length == 0) {
            errors.add(new FieldError("data", "the uploaded file is empty", upload.fileName()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("The training job cannot start", errors);
        }
    }

    /** An uploaded training file. */
    record Upload(String fileName, byte[] bytes) {
    }
}
