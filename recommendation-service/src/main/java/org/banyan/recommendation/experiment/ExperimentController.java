package org.banyan.recommendation.experiment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.banyan.recommendation.contact.ContactLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Experiments API (ADMIN/ANALYST): define, start, stop, and read results with their statistics. */
@RestController
@RequestMapping("/api/v1/experiments")
class ExperimentController {

    private final Experiments experiments;
    private final ContactLog contacts;

    ExperimentController(Experiments experiments, ContactLog contacts) {
        this.experiments = experiments;
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<Experiment> create(@Valid @RequestBody ExperimentRequest request) {
        Experiment created = experiments.create(request);
        return ResponseEntity.created(URI.create("/api/v1/experiments/" + created.experimentId())).body(created);
    }

    @GetMapping
    List<Experiment> list() {
        return experiments.list();
    }

    @GetMapping("/{id}")
    Experiment get(@PathVariable String id) {
        return experiments.get(id);
    }

    @PostMapping("/{id}/start")
    Experiment start(@PathVariable String id) {
        Experiment started = experiments.start(id);
        experiments.refresh();
        return started;
    }

    @PostMapping("/{id}/stop")
    Experiment stop(@PathVariable String id) {
        Experiment stopped = experiments.stop(id);
        experiments.refresh();
        return stopped;
    }

    @GetMapping("/{id}/results")
    ExperimentResults results(@PathVariable String id,
            @RequestParam(defaultValue = "0.95") @DecimalMin("0.5") @DecimalMax("0.999") double confidence) {
        Experiment experiment = experiments.get(id);
        return ExperimentResults.of(experiment, contacts.variantCounts(id), confidence);
    }
}
