package org.banyan.monitoring.drift;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Drift baselines and results, and the daily job trigger (scheduler: POST /api/v1/jobs/monitoring-drift). */
@RestController
class DriftController {

    private final DriftJob job;
    private final Clock clock;

    DriftController(DriftJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    record BaselineRequest(@NotNull double[] edges, @NotNull double[] shares) {
    }

    @PutMapping("/api/v1/monitoring/models/{modelVersion}/baseline")
    void baseline(@PathVariable String modelVersion, @RequestBody BaselineRequest request) {
        job.saveBaseline(modelVersion, request.edges(), request.shares());
    }

    @GetMapping("/api/v1/monitoring/drift")
    List<DriftJob.DriftResult> results(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return job.results(date);
    }

    @PostMapping("/api/v1/jobs/monitoring-drift")
    List<DriftJob.DriftResult> run(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return job.run(date != null ? date : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1));
    }
}
