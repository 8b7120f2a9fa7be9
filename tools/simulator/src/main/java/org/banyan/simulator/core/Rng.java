package org.banyan.simulator.core;

/**
 * SplitMix64 random numbers. Every random decision derives its own generator from the run seed and
 * the coordinates of what it decides (customer, day, stream), so output never depends on how work is
 * split between threads or in which order customers are processed.
 *
 * <p>Distributions use {@link StrictMath} so the same seed gives the same bytes on any JVM.
 */
public final class Rng {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final double TWO_PI = 2 * Math.PI;

    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finaliser: a bijective, well-avalanching hash of a long. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long a) {
        return mix(mix(seed + GOLDEN) ^ (a * GOLDEN + 0x632be59bd9b4e019L));
    }

    public static long derive(long seed, long a, long b) {
        return mix(derive(seed, a) ^ (b * 0xd1b54a32d192ed03L + GOLDEN));
    }

    public static long derive(long seed, long a, long b, long c) {
        return mix(derive(seed, a, b) ^ (c * 0x8cb92ba72f3d8dd7L + 0x2545f4914f6cdd1dL));
    }

    public static Rng of(long seed, long a) {
        return new Rng(derive(seed, a));
    }

    public static Rng of(long seed, long a, long b) {
        return new Rng(derive(seed, a, b));
    }

    public static Rng of(long seed, long a, long b, long c) {
        return new Rng(derive(seed, a, b, c));
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Uniform in [from, to] inclusive. */
    public int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    public double uniform(double from, double to) {
        return from + (to - from) * nextDouble();
    }

    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by Box-Muller (one of the pair; simplicity beats the saved draw here). */
    public double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(TWO_PI * u2);
    }

    public double normal(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** Log-normal with the given median (e^mu) and log-scale sigma. */
    public double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    public double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    /** Poisson by inversion: event counts per customer-day are small, so this is exact and fast. */
    public int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return Math.max(0, (int) Math.round(normal(lambda, StrictMath.sqrt(lambda))));
        }
        double p = NegExp.of(lambda);
        double cumulative = p;
        double u = nextDouble();
        int k = 0;
        while (u > cumulative && k < 200) {
            k++;
            p *= lambda / k;
            cumulative += p;
        }
        return k;
    }

    /** Index drawn from cumulative weights (last element is the total). */
    public int pick(double[] cumulative) {
        double u = nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    public <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Cumulative sums of weights, for {@link #pick(double[])}. */
    public static double[] cumulative(double... weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }
}
