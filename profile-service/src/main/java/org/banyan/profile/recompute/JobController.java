package org.banyan.profile.recompute;

import org.banyan.common.error.BanyanException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Batch job triggers for schedulers (ADMIN, BATCH) and their status (also OPS). Triggering is
 * idempotent per business date: 202 with a new run, 200 with the run that already exists.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    private final RecomputeJob recompute;
    private final ImportJob imports;
    private final JobRuns runs;

    JobController(RecomputeJob recompute, ImportJob imports, JobRuns runs) {
        this.recompute = recompute;
        this.imports = imports;
        this.runs = runs;
    }

    /**
     * Loads the daily extract files (from the configured directory, never a path from the request) up to
     * a business date. Publishing the changed tags is off unless asked for: a first load of millions of
     * profiles would otherwise put every tag of every customer on the bus.
     */
    @PostMapping("/profile-import")
    ResponseEntity<JobRun> importExtracts(@RequestBody ImportRequest request) {
        if (request == null || request.businessDate() == null) {
            throw BanyanException.invalid("businessDate is required");
        }
        JobRuns.Created created = imports.request(request.businessDate(),
                Boolean.TRUE.equals(request.publishChanges()),
                SecurityContextHolder.getContext().getAuthentication().getName());
        return ResponseEntity.status(created.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(created.run());
    }

    @GetMapping("/profile-import/{runId}")
    JobRun importStatus(@PathVariable UUID runId) {
        return runs.find(runId).filter(r -> r.job().equals(ImportJob.JOB))
                .orElseThrow(() -> BanyanException.notFound("Job run", runId));
    }

    @PostMapping("/profile-recompute")
    ResponseEntity<JobRun> recompute(@RequestBody(required = false) RecomputeRequest request) {
        RecomputeRequest r = request == null ? new RecomputeRequest(null, null) : request;
        JobRuns.Created created = recompute.request(r.businessDate(), r.publishChanges() == null || r.publishChanges(),
                SecurityContextHolder.getContext().getAuthentication().getName());
        return ResponseEntity.status(created.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(created.run());
    }

    @GetMapping("/profile-recompute")
    List<JobRun> recent(@RequestParam(defaultValue = "20") int limit) {
        return runs.latest(RecomputeJob.JOB, Math.max(1, Math.min(limit, 200)));
    }

    @GetMapping("/profile-recompute/{runId}")
    JobRun status(@PathVariable UUID runId) {
        return runs.find(runId).filter(r -> r.job().equals(RecomputeJob.JOB))
                .orElseThrow(() -> BanyanException.notFound("Job run", runId));
    }

    record RecomputeRequest(LocalDate businessDate, Boolean publishChanges) {
    }

    record ImportRequest(LocalDate businessDate, Boolean publishChanges) {
    }
}
