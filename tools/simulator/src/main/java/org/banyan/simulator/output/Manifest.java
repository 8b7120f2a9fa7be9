package org.banyan.simulator.output;

import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.pattern.Pattern;
import org.banyan.simulator.pattern.PlantingPlan;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json}: the configuration, row counts, planted pattern counts and every file written.
 * Deliberately free of timings, so the same seed gives a byte-identical manifest.
 */
final class Manifest {

    static final String GENERATOR = "banyan-simulator/1";

    private Manifest() {
    }

    static void write(Path dir, SimulationConfig c, RunSummary summary, Map<String, long[]> files, PlantingPlan plan)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", GENERATOR);
        root.put("config", config(c));
        root.put("rows", summary.rows());
        Map<String, Object> patterns = new LinkedHashMap<>();
        for (Pattern p : Pattern.values()) {
            patterns.put(p.name(), plan.count(p));
        }
        patterns.put("FRAUD_RINGS", plan.rings().size());
        root.put("planted", patterns);
        Map<String, Object> listing = new LinkedHashMap<>();
        files.forEach((name, v) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (v[0] >= 0) {
                entry.put("rows", v[0]);
            }
            entry.put("bytes", v[1]);
            listing.put(name.replace('\\', '/'), entry);
        });
        root.put("files", listing);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        AtomicFile.writeString(dir.resolve("manifest.json"), mapper.writeValueAsString(root) + "\n");
    }

    private static Map<String, Object> config(SimulationConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customers", c.customers());
        m.put("days", c.days());
        m.put("seed", c.seed());
        m.put("startDate", c.startDate().toString());
        m.put("macroFactor", c.macroFactor());
        m.put("cardFraudPer30Days", c.patterns().cardFraudPer30Days());
        m.put("gamblingPer30Days", c.patterns().gamblingPer30Days());
        m.put("salaryStopPer30Days", c.patterns().salaryStopPer30Days());
        m.put("ringMemberShare", c.patterns().ringMemberShare());
        m.put("transactionLabelSample", c.transactionLabelSample());
        return m;
    }
}
