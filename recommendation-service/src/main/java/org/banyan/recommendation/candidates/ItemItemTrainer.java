package org.banyan.recommendation.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns item-item similarities and segment popularity from customers' interaction vectors, fed one
 * customer at a time so a million customers stream through without being held in memory.
 *
 * <p>Similarity is the cosine of two products' customer vectors (weights dampened with log1p), shrunk
 * towards zero when few customers share them ({@code n / (n + shrinkage)}), so a pair seen together
 * twice cannot outrank one seen together a thousand times. Each product keeps its top
 * {@code neighbours} similar products.
 *
 * <p>We wrote this rather than use a library: Apache Mahout's Taste recommenders were removed (0.13),
 * LensKit for Java and LibRec are no longer maintained, and Spark MLlib needs a Spark runtime; item-item
 * over sparse vectors is some hundred lines and easy to verify.
 */
public final class ItemItemTrainer {

    /** Heavy users beyond this many products add quadratic work but little signal; their strongest count. */
    static final int MAX_ITEMS_PER_CUSTOMER = 200;

    private final int neighbours;
    private final double shrinkage;
    private final long minSegmentSize;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> products = new ArrayList<>();
    private final List<double[]> squaredNorms = new ArrayList<>();
    private final Map<Long, double[]> pairs = new HashMap<>();
    private final Map<String, Map<String, Double>> popularity = new HashMap<>();
    private final Map<String, Long> segmentSizes = new HashMap<>();
    private long customers;

    public ItemItemTrainer(int neighbours, double shrinkage, long minSegmentSize) {
        this.neighbours = neighbours;
        this.shrinkage = shrinkage;
        this.minSegmentSize = minSegmentSize;
    }

    /** Adds one customer's summed interaction strengths per product. */
    public void add(String segment, Map<String, Float> strengthByProduct) {
        if (strengthByProduct.isEmpty()) {
            return;
        }
        customers++;
        List<Map.Entry<String, Float>> items = strongest(strengthByProduct);
        int[] ids = new int[items.size()];
        double[] weights = new double[items.size()];
        for (int k = 0; k < items.size(); k++) {
            ids[k] = indexOf(items.get(k).getKey());
            weights[k] = ItemSimilarity.weight(items.get(k).getValue());
            squaredNorms.get(ids[k])[0] += weights[k] * weights[k];
            addPopularity(segment, items.get(k).getKey(), weights[k]);
        }
        segmentSizes.merge(segment, 1L, Long::sum);
        segmentSizes.merge(Popularity.ALL, 1L, Long::sum);
        for (int a = 0; a < ids.length; a++) {
            for (int b = a + 1; b < ids.length; b++) {
                double[] pair = pairs.computeIfAbsent(key(ids[a], ids[b]), k -> new double[2]);
                pair[0] += weights[a] * weights[b];
                pair[1] += 1;
            }
        }
    }

    public long customers() {
        return customers;
    }

    public ItemSimilarity similarity() {
        return similarity(shrinkage);
    }

    /** Similarities with another shrinkage: it applies only here, so tuning it needs no second pass. */
    public ItemSimilarity similarity(double shrinkage) {
        Map<Integer, List<Neighbour>> lists = new HashMap<>();
        pairs.forEach((key, pair) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            double cosine = pair[0] / Math.sqrt(squaredNorms.get(a)[0] * squaredNorms.get(b)[0]);
            float similarity = (float) (cosine * pair[1] / (pair[1] + shrinkage));
            if (similarity > 0) {
                lists.computeIfAbsent(a, k -> new ArrayList<>()).add(new Neighbour(products.get(b), similarity));
                lists.computeIfAbsent(b, k -> new ArrayList<>()).add(new Neighbour(products.get(a), similarity));
            }
        });
        Map<String, List<Neighbour>> top = new HashMap<>();
        lists.forEach((item, list) -> top.put(products.get(item), list.stream()
                .sorted(Comparator.comparing(Neighbour::similarity).reversed().thenComparing(Neighbour::productId))
                .limit(neighbours).toList()));
        return new ItemSimilarity(top);
    }

    public Popularity popularity() {
        return new Popularity(popularity, segmentSizes, minSegmentSize);
    }

    private void addPopularity(String segment, String product, double weight) {
        popularity.computeIfAbsent(segment, s -> new HashMap<>()).merge(product, weight, Double::sum);
        popularity.computeIfAbsent(Popularity.ALL, s -> new HashMap<>()).merge(product, weight, Double::sum);
    }

    private int indexOf(String product) {
        return index.computeIfAbsent(product, p -> {
            products.add(p);
            squaredNorms.add(new double[1]);
            return products.size() - 1;
        });
    }

    private static List<Map.Entry<String, Float>> strongest(Map<String, Float> strengthByProduct) {
        List<Map.Entry<String, Float>> items = new ArrayList<>(strengthByProduct.entrySet());
        if (items.size() > MAX_ITEMS_PER_CUSTOMER) {
            items.sort(Map.Entry.<String, Float>comparingByValue().reversed());
            return items.subList(0, MAX_ITEMS_PER_CUSTOMER);
        }
        return items;
    }

    private static long key(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xffffffffL);
    }
}
