package org.banyan.recommendation.evaluation;

import java.util.Arrays;
import java.util.Random;

/**
 * How interactions are split into train, validation and test parts.
 *
 * <ul>
 *   <li>{@link #TIME_SPLIT}: a global cut at the 80th percentile of time: later interactions are the test,
 *       the last eighth of the earlier ones (10% of all) the validation. No model sees the future.</li>
 *   <li>{@link #RANDOM_80_10_10}: each customer's interactions shuffled (seeded) and cut 80/10/10; a customer
 *       with at least 3 interactions keeps one for test, with at least 5 one for validation.</li>
 * </ul>
 */
enum Protocol {
    TIME_SPLIT, RANDOM_80_10_10;

    static final byte TRAIN = 0;
    static final byte VALIDATION = 1;
    static final byte TEST = 2;

    /** The part of each interaction. */
    byte[] assign(InteractionData data, long seed) {
        return this == TIME_SPLIT ? byTime(data) : randomPerCustomer(data, seed);
    }

    private static byte[] byTime(InteractionData data) {
        long[] times = new long[data.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = data.time(i);
        }
        Arrays.sort(times);
        long testFrom = times[(int) (times.length * 0.8)];
        long validationFrom = times[(int) (times.length * 0.7)];
        byte[] parts = new byte[data.size()];
        for (int i = 0; i < parts.length; i++) {
            long t = data.time(i);
            parts[i] = t >= testFrom ? TEST : t >= validationFrom ? VALIDATION : TRAIN;
        }
        return parts;
    }

    private static byte[] randomPerCustomer(InteractionData data, long seed) {
        byte[] parts = new byte[data.size()];
        Random random = new Random(seed);
        for (int c = 0; c < data.customers(); c++) {
            int n = data.end(c) - data.start(c);
            int[] order = shuffled(n, random);
            int test = n >= 3 ? Math.max(1, Math.round(n * 0.1f)) : 0;
            int validation = n >= 5 ? Math.max(1, Math.round(n * 0.1f)) : 0;
            for (int k = 0; k < n; k++) {
                parts[data.start(c) + order[k]] = k < test ? TEST : k < test + validation ? VALIDATION : TRAIN;
            }
        }
        return parts;
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
