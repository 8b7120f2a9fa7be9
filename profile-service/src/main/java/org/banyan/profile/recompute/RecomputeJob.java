package org.banyan.profile.recompute;

import org.banyan.profile.catalog.CustomTagsChanged;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.tagging.ProfileEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The nightly recompute: every tag of every customer as of a business date, so window tags age even
 * for customers without new events. Runs in the background in chunks (one transaction each, profiles
 * locked so real-time updates wait their turn), checkpointed so a restarted instance resumes it.
 * The same machinery backfills a custom tag after it was created, versioned or retired.
 */
@Service
class RecomputeJob {

    static final String JOB = "profile-recompute";
    private static final Logger log = LoggerFactory.getLogger(RecomputeJob.class);

    private final JobRuns runs;
    private final ProfileEngine engine;
    private final TagCatalog catalog;
    private final int chunkSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "profile-recompute");
        thread.setDaemon(true);
        return thread;
    });

    RecomputeJob(JobRuns runs, ProfileEngine engine, TagCatalog catalog,
            @Value("${banyan.profile.recompute.chunk-size:500}") int chunkSize) {
        this.runs = runs;
        this.engine = engine;
        this.catalog = catalog;
        this.chunkSize = chunkSize;
    }

    /** Starts the recompute for a business date, or returns the run that already has it. */
    JobRuns.Created request(LocalDate businessDate, boolean publish, String actor) {
        LocalDate date = businessDate == null ? engine.businessDate(Instant.now()) : businessDate;
        JobRuns.Created created = runs.createOrGet(JOB, date.toString(), date, publish, actor);
        if (created.isNew()) {
            worker.submit(() -> execute(created.run().id()));
        }
        return created;
    }

    /**
     * A changed custom tag is computed for every profile, as of each profile's own date. The run is
     * recorded on the worker thread: after the commit, the caller's connection is not ours to write on.
     */
    @TransactionalEventListener
    void onCustomTagChanged(CustomTagsChanged change) {
        worker.submit(() -> {
            JobRuns.Created created = runs.createOrGet(JOB, "custom-tag:" + change.code() + ":v" + change.version()
                    + ":" + change.status(), null, true, "catalog");
            if (created.isNew()) {
                execute(created.run().id());
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAbandonedRuns() {
        runs.abandoned().forEach(id -> worker.submit(() -> execute(id)));
    }

    void execute(UUID id) {
        if (!runs.claim(id)) {
            return;
        }
        JobRun run = runs.find(id).orElseThrow();
        catalog.refresh();
        LocalDate date = run.businessDate() == null ? LocalDate.EPOCH : run.businessDate();
        try {
            String after = run.checkpoint();
            while (!Thread.currentThread().isInterrupted()) {
                ProfileEngine.ChunkResult chunk = engine.recomputeChunk(after, chunkSize, date, run.publishChanges());
                if (chunk.lastCustomerId() == null) {
                    break;
                }
                after = chunk.lastCustomerId();
                runs.progress(id, after, chunk.customers(), chunk.changed());
            }
            runs.finish(id, JobRun.Status.SUCCEEDED, null);
        } catch (RuntimeException e) {
            log.error("Recompute run {} failed at checkpoint; it can be resumed", id, e);
            runs.finish(id, JobRun.Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
