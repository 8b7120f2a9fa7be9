package org.banyan.recommendation.experiment;

import org.banyan.common.error.BanyanException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Experiment lifecycle, and the running experiment as serving sees it: cached in memory and refreshed
 * every few seconds, so an experiment started through any instance reaches all of them quickly.
 */
@Service
public class Experiments {

    private final ExperimentRepository repository;
    private final Clock clock;
    private final AtomicReference<Optional<Experiment>> running = new AtomicReference<>(Optional.empty());

    Experiments(ExperimentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The variant the customer is in, if an experiment is running. */
    public Optional<Assignment> assign(String customerId) {
        return running.get().map(experiment -> {
            int bucket = BucketHash.bucket(experiment.experimentId(), customerId);
            int upper = 0;
            for (Variant variant : experiment.variants()) {
                upper += variant.basisPoints();
                if (bucket < upper) {
                    return new Assignment(experiment.experimentId(), variant.name(), variant.strategy());
                }
            }
            throw new IllegalStateException("Allocations of " + experiment.experimentId() + " do not cover bucket " + bucket);
        });
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${banyan.recommendation.experiments.refresh:5s}")
    public void refresh() {
        running.set(repository.running());
    }

    Experiment create(ExperimentRequest request) {
        Experiment experiment = new Experiment(UUID.randomUUID().toString(), request.name(), request.description(),
                Experiment.Status.DRAFT, request.variants(), clock.instant(), null, null);
        repository.insert(experiment);
        return experiment;
    }

    Experiment get(String id) {
        return repository.find(id).orElseThrow(() -> BanyanException.notFound("Experiment", id));
    }

    List<Experiment> list() {
        return repository.all();
    }

    @Transactional
    Experiment start(String id) {
        Experiment experiment = get(id);
        try {
            if (!repository.transition(id, Experiment.Status.DRAFT, Experiment.Status.RUNNING, "started_at", clock.instant())) {
                throw BanyanException.conflict("Experiment " + id + " is " + experiment.status() + ", only a DRAFT can start");
            }
        } catch (DuplicateKeyException e) {
            throw BanyanException.conflict("Another experiment is running; stop it first");
        }
        return get(id);
    }

    @Transactional
    Experiment stop(String id) {
        Experiment experiment = get(id);
        if (!repository.transition(id, Experiment.Status.RUNNING, Experiment.Status.STOPPED, "stopped_at", clock.instant())) {
            throw BanyanException.conflict("Experiment " + id + " is " + experiment.status() + ", only a RUNNING one can stop");
        }
        return get(id);
    }
}
