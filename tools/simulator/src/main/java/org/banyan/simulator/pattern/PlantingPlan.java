package org.banyan.simulator.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which customers get which planted pattern, decided once per run from the seed. Immutable. */
public final class PlantingPlan {

    private final List<FraudRing> rings;
    private final List<Anomaly> anomalies;
    private final Map<Integer, List<Anomaly>> byCustomer;
    private final Map<Integer, FraudRing> ringByMember;

    public PlantingPlan(List<FraudRing> rings, List<Anomaly> anomalies) {
        this.rings = List.copyOf(rings);
        this.anomalies = List.copyOf(anomalies);
        Map<Integer, List<Anomaly>> grouped = new HashMap<>();
        for (Anomaly a : anomalies) {
            grouped.computeIfAbsent(a.customer(), k -> new ArrayList<>()).add(a);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        this.byCustomer = Map.copyOf(grouped);
        Map<Integer, FraudRing> members = new HashMap<>();
        for (FraudRing ring : rings) {
            ring.members().forEach(m -> members.put(m, ring));
        }
        this.ringByMember = Map.copyOf(members);
    }

    public PlantingPlan withAnomalies(List<Anomaly> more) {
        List<Anomaly> all = new ArrayList<>(anomalies);
        all.addAll(more);
        return new PlantingPlan(rings, all);
    }

    public List<FraudRing> rings() {
        return rings;
    }

    public List<Anomaly> anomalies() {
        return anomalies;
    }

    public List<Anomaly> of(int customer) {
        return byCustomer.getOrDefault(customer, Collections.emptyList());
    }

    public FraudRing ringOf(int customer) {
        return ringByMember.get(customer);
    }

    public long count(Pattern pattern) {
        return anomalies.stream().filter(a -> a.pattern() == pattern).count();
    }
}
