package org.banyan.monitoring.rule;

import jakarta.validation.Valid;
import org.banyan.common.error.BanyanException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Rules as data: ADMIN writes, ADMIN/ANALYST/OPS read (role matrix); the absence sweep as a job trigger. */
@RestController
class RuleController {

    private final RuleStore rules;
    private final AbsenceSweep absence;
    private final Clock clock;

    RuleController(RuleStore rules, AbsenceSweep absence, Clock clock) {
        this.rules = rules;
        this.absence = absence;
        this.clock = clock;
    }

    @GetMapping("/api/v1/monitoring/rules")
    List<RuleDefinition> list() {
        return rules.list();
    }

    @GetMapping("/api/v1/monitoring/rules/{name}")
    RuleDefinition get(@PathVariable String name) {
        return rules.find(name).orElseThrow(() -> BanyanException.notFound("Rule", name));
    }

    @GetMapping("/api/v1/monitoring/rules/{name}/versions")
    List<Map<String, Object>> versions(@PathVariable String name) {
        get(name);
        return rules.versions(name);
    }

    @PutMapping("/api/v1/monitoring/rules/{name}")
    RuleDefinition save(@PathVariable String name, @Valid @RequestBody RuleRequest request, Authentication who) {
        return rules.save(name, request, who.getName());
    }

    @PostMapping("/api/v1/jobs/monitoring-absence")
    Map<String, Object> sweepAbsence() {
        return Map.of("job", "monitoring-absence", "alerts", absence.sweep(clock.instant()));
    }
}
