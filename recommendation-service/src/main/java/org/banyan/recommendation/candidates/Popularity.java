package org.banyan.recommendation.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How popular each product is, overall and within each look-alike segment: the sum over customers of
 * their (dampened) interaction weight. A segment with too few customers falls back to the overall figures.
 * Scores are normalised to the segment's most popular product (1.0). Immutable.
 */
public final class Popularity {

    public static final String ALL = "*";
    public static final Popularity EMPTY = new Popularity(Map.of(), Map.of(), 1);

    private final Map<String, Map<String, Double>> bySegment;
    private final Map<String, Long> segmentSizes;
    private final long minSegmentSize;
    private final Map<String, List<String>> ranked = new HashMap<>();

    public Popularity(Map<String, Map<String, Double>> bySegment, Map<String, Long> segmentSizes, long minSegmentSize) {
        this.bySegment = Map.copyOf(bySegment);
        this.segmentSizes = Map.copyOf(segmentSizes);
        this.minSegmentSize = minSegmentSize;
        this.bySegment.forEach((segment, scores) -> ranked.put(segment, scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList()));
    }

    public Map<String, Map<String, Double>> bySegment() {
        return bySegment;
    }

    public Map<String, Long> segmentSizes() {
        return segmentSizes;
    }

    public long minSegmentSize() {
        return minSegmentSize;
    }

    /** The segment whose figures apply: the customer's own if it is large enough, else everyone. */
    public String effectiveSegment(String segment) {
        return segmentSizes.getOrDefault(segment, 0L) >= minSegmentSize && bySegment.containsKey(segment) ? segment : ALL;
    }

    /** Products of the segment from most to least popular. */
    public List<String> ranked(String effectiveSegment) {
        return ranked.getOrDefault(effectiveSegment, List.of());
    }

    /** Popularity within the segment, 1.0 for its most popular product, 0 for one nobody there took. */
    public double score(String effectiveSegment, String productId) {
        Map<String, Double> scores = bySegment.getOrDefault(effectiveSegment, Map.of());
        List<String> order = ranked(effectiveSegment);
        if (order.isEmpty()) {
            return 0;
        }
        double top = scores.get(order.getFirst());
        return top <= 0 ? 0 : scores.getOrDefault(productId, 0.0) / top;
    }
}
