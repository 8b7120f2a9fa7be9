package org.banyan.profile.recompute;

import org.banyan.common.event.EventEnvelope;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.tagging.ProfileEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The bulk import: rebuilds every customer's state from the daily extract files up to a business date
 * and computes their tags as of that date. Customers are split into passes by id hash so only a
 * fraction of the events is held in memory at a time; each pass is written in chunks, one transaction
 * each. Idempotent per business date, like the recompute.
 */
@Service
class ImportJob {

    static final String JOB = "profile-import";
    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

    private final JobRuns runs;
    private final ProfileEngine engine;
    private final TagCatalog catalog;
    private final Path directory;
    private final int passes;
    private final int chunkSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "profile-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJob(JobRuns runs, ProfileEngine engine, TagCatalog catalog,
            @Value("${banyan.profile.import.directory:extracts}") Path directory,
            @Value("${banyan.profile.import.passes:8}") int passes,
            @Value("${banyan.profile.import.chunk-size:200}") int chunkSize) {
        this.runs = runs;
        this.engine = engine;
        this.catalog = catalog;
        this.directory = directory;
        this.passes = passes;
        this.chunkSize = chunkSize;
    }

    JobRuns.Created request(LocalDate businessDate, boolean publish, String actor) {
        JobRuns.Created created = runs.createOrGet(JOB, businessDate.toString(), businessDate, publish, actor);
        if (created.isNew()) {
            worker.submit(() -> execute(created.run().id()));
        }
        return created;
    }

    void execute(UUID id) {
        if (!runs.claim(id)) {
            return;
        }
        JobRun run = runs.find(id).orElseThrow();
        catalog.refresh();
        try {
            ExtractReader reader = new ExtractReader(directory);
            List<LocalDate> days = reader.days(run.businessDate());
            int firstPass = run.checkpoint().isEmpty() ? 0 : Integer.parseInt(run.checkpoint()) + 1;
            for (int pass = firstPass; pass < passes; pass++) {
                Map<String, List<EventEnvelope<?>>> events = read(reader, days, pass);
                write(id, events, run);
                runs.progress(id, String.valueOf(pass), 0, 0);
            }
            runs.finish(id, JobRun.Status.SUCCEEDED, null);
        } catch (RuntimeException e) {
            log.error("Import run {} failed", id, e);
            runs.finish(id, JobRun.Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Map<String, List<EventEnvelope<?>>> read(ExtractReader reader, List<LocalDate> days, int pass) {
        Map<String, List<EventEnvelope<?>>> events = new HashMap<>();
        for (LocalDate day : days) {
            reader.read(day, customer -> Math.floorMod(customer.hashCode(), passes) == pass,
                    event -> events.computeIfAbsent(event.customerId(), c -> new ArrayList<>()).add(event));
        }
        return new TreeMap<>(events);
    }

    private void write(UUID id, Map<String, List<EventEnvelope<?>>> events, JobRun run) {
        Map<String, List<EventEnvelope<?>>> chunk = new LinkedHashMap<>();
        for (Map.Entry<String, List<EventEnvelope<?>>> customer : events.entrySet()) {
            chunk.put(customer.getKey(), customer.getValue());
            if (chunk.size() == chunkSize) {
                flush(id, chunk, run);
            }
        }
        flush(id, chunk, run);
    }

    private void flush(UUID id, Map<String, List<EventEnvelope<?>>> chunk, JobRun run) {
        if (chunk.isEmpty()) {
            return;
        }
        int changed = engine.rebuildAll(chunk, run.businessDate(), run.publishChanges());
        runs.progress(id, run.checkpoint(), chunk.size(), changed);
        chunk.clear();
    }
}
