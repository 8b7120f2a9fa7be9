package org.banyan.recommendation.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Batch triggers (ADMIN/BATCH) and run status (also OPS): {@code POST /api/v1/jobs/{job}} answers 202
 * with the run to poll, or 200 with the earlier run when the Idempotency-Key was used before.
 */
@RestController
@RequestMapping("/api/v1/jobs/{job}")
class JobController {

    private final JobRuns jobs;

    JobController(JobRuns jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    ResponseEntity<JobRun> start(@PathVariable String job, @RequestBody(required = false) JsonNode params,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        JobRuns.Started started = jobs.start(job, params == null ? JsonNodeFactory.instance.objectNode() : params,
                idempotencyKey);
        return ResponseEntity.status(started.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/jobs/" + job + "/runs/" + started.run().runId()))
                .body(started.run());
    }

    @GetMapping("/runs/{runId}")
    JobRun run(@PathVariable String job, @PathVariable UUID runId) {
        return jobs.get(job, runId);
    }

    @GetMapping("/runs")
    List<JobRun> runs(@PathVariable String job) {
        return jobs.recent(job);
    }
}
