package org.banyan.credit.model;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At first start the registry is empty and no application could be decided. Rather than ship a model
 * binary, the service trains its champion through its own training job on the German credit data
 * (a few seconds) and promotes it, unless a champion exists by then.
 */
@Component
class ChampionBootstrap {

    private static final Logger log = LoggerFactory.getLogger(ChampionBootstrap.class);
    private static final String SOURCE = "dataset:" + GermanCredit.DATASET;

    private final ModelProperties properties;
    private final ModelRegistry registry;
    private final TrainingJobs jobs;

    ChampionBootstrap(ModelProperties properties, ModelRegistry registry, TrainingJobs jobs) {
        this.properties = properties;
        this.registry = registry;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainChampionIfNone() {
        if (!properties.bootstrapChampion() || registry.champion().isPresent() || jobs.bootstrapPending(SOURCE)) {
            return;
        }
        TrainingJob job = jobs.submit(new TrainingJobRequest(GermanCredit.DATASET, GermanCredit.DATASET, null, null,
                null, null, true, null), null, TrainingJobs.SYSTEM, null);
        log.info("No champion model yet: training one on {} (job {})", GermanCredit.DATASET, job.jobId());
    }
}
