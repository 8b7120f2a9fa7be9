package org.banyan.monitoring.quality;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Data quality per topic (GET), and the check as a job trigger and on a schedule. */
@RestController
class QualityController {

    private final DataQuality quality;
    private final Clock clock;

    QualityController(DataQuality quality, Clock clock) {
        this.quality = quality;
        this.clock = clock;
    }

    @GetMapping("/api/v1/monitoring/quality")
    Map<String, Object> get(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date != null ? date : today();
        return Map.of("day", day, "topics", quality.of(day), "freshness", quality.freshness());
    }

    @PostMapping("/api/v1/jobs/monitoring-quality")
    Map<String, Object> run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date != null ? date : today();
        List<String> alerts = quality.check(day);
        return Map.of("job", "monitoring-quality", "day", day, "alerts", alerts);
    }

    @Scheduled(fixedDelayString = "${banyan.monitoring.quality-interval:PT5M}",
            initialDelayString = "${banyan.monitoring.quality-interval:PT5M}")
    void scheduled() {
        quality.check(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
