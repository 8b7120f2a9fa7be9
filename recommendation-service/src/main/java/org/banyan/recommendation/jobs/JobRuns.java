package org.banyan.recommendation.jobs;

import org.banyan.common.error.BanyanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts batch jobs on a small job pool and records their runs. A trigger with an Idempotency-Key that
 * was already used returns the first run; the jobs themselves are idempotent in their own terms too
 * (a campaign is never sent twice).
 */
@Service
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final Map<String, BatchJob> jobs;
    private final JobRunRepository runs;
    private final TaskExecutor executor;
    private final Clock clock;

    JobRuns(List<BatchJob> jobs, JobRunRepository runs, @Qualifier("jobExecutor") TaskExecutor executor, Clock clock) {
        this.jobs = jobs.stream().collect(Collectors.toUnmodifiableMap(BatchJob::name, Function.identity()));
        this.runs = runs;
        this.executor = executor;
        this.clock = clock;
    }

    /** The run started now, or the earlier run of the same idempotency key ({@code created} false). */
    Started start(String name, JsonNode params, String idempotencyKey) {
        BatchJob job = job(name);
        job.validate(params);
        JobRun run = new JobRun(UUID.randomUUID(), name, idempotencyKey, JobRun.Status.RUNNING, params, null, null,
                clock.instant(), null);
        if (!runs.insert(run)) {
            return new Started(runs.findByKey(name, idempotencyKey).orElseThrow(), false);
        }
        executor.execute(() -> execute(job, run));
        return new Started(run, true);
    }

    JobRun get(String name, UUID runId) {
        job(name);
        return runs.find(name, runId).orElseThrow(() -> BanyanException.notFound("Run of " + name, runId));
    }

    List<JobRun> recent(String name) {
        job(name);
        return runs.recent(name, 20);
    }

    private void execute(BatchJob job, JobRun run) {
        try {
            Object result = job.run(run.params());
            runs.finish(run.runId(), JobRun.Status.SUCCEEDED, result, null, clock.instant());
        } catch (RuntimeException e) {
            log.error("Job {} run {} failed", job.name(), run.runId(), e);
            String reason = e instanceof BanyanException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            runs.finish(run.runId(), JobRun.Status.FAILED, null, reason, clock.instant());
        }
    }

    private BatchJob job(String name) {
        BatchJob job = jobs.get(name);
        if (job == null) {
            throw BanyanException.notFound("Job", name);
        }
        return job;
    }

    record Started(JobRun run, boolean created) {
    }
}
