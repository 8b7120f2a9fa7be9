package org.banyan.simulator.pattern;

import org.banyan.simulator.core.PatternRates;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Addresses;
import org.banyan.simulator.customer.Cities;
import org.banyan.simulator.customer.City;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Decides the planted patterns. Numbers are exact ({@link PatternRates}); who and when come from a
 * seeded shuffle of the eligible customers, so the plan depends on nothing but the seed and the
 * population.
 */
public final class PatternPlanner {

    private static final int MIN_RING = 3;
    private static final int MAX_RING = 8;

    private final long seed;
    private final LocalDate start;
    private final int days;
    private final PatternRates rates;

    public PatternPlanner(long seed, LocalDate start, int days, PatternRates rates) {
        this.seed = seed;
        this.start = start;
        this.days = days;
        this.rates = rates;
    }

    /** Fraud rings, drawn before products exist because ring members are recently opened identities. */
    public PlantingPlan planRings(Customer[] customers) {
        Rng rng = Rng.of(seed, 0x41265L);
        int remaining = (int) Math.round(rates.ringMemberShare() * customers.length);
        boolean[] taken = new boolean[customers.length];
        int[][] byCity = candidatesByCity(customers);
        List<FraudRing> rings = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        while (remaining >= MIN_RING) {
            int size = Math.min(remaining, rng.between(MIN_RING, MAX_RING));
            size = remaining - size < MIN_RING ? remaining : size;
            FraudRing ring = ring(rings.size() + 1, customers, byCity, taken, size, rng);
            if (ring == null) {
                break;
            }
            rings.add(ring);
            anomalies.addAll(ringApplications(ring, rng));
            remaining -= size;
        }
        return new PlantingPlan(rings, anomalies);
    }

    /** Card fraud, gambling and salary stops, once holdings are known. */
    public List<Anomaly> planBehaviour(int population, IntPredicate cardHolder, IntPredicate salariedBorrower,
            int[] joinDay, IntPredicate excluded) {
        List<Anomaly> out = new ArrayList<>();
        IntPredicate open = i -> !excluded.test(i);
        plan(Pattern.CARD_FRAUD_BURST, rates.cardFraudPer30Days(), eligible(population, open.and(cardHolder)),
                joinDay, out);
        plan(Pattern.GAMBLING_SPIKE, rates.gamblingPer30Days(), eligible(population, open), joinDay, out);
        plan(Pattern.SALARY_STOP, rates.salaryStopPer30Days(),
                eligible(population, open.and(salariedBorrower).and(i -> joinDay[i] == 0)), joinDay, out);
        return out;
    }

    private void plan(Pattern pattern, double rate, int[] eligible, int[] joinDay, List<Anomaly> out) {
        int count = (int) Math.min(eligible.length, Math.round(rate * eligible.length * days / 30.0));
        Rng rng = Rng.of(seed, 0x9a77L, pattern.ordinal());
        shuffle(eligible, count, rng);
        for (int n = 0; n < count; n++) {
            int customer = eligible[n];
            String id = "AN-" + prefix(pattern) + "-" + pad(n + 1);
            out.add(anomaly(id, pattern, customer, joinDay[customer], rng));
        }
    }

    private Anomaly anomaly(String id, Pattern pattern, int customer, int firstDay, Rng rng) {
        return switch (pattern) {
            case CARD_FRAUD_BURST -> new Anomaly(id, pattern, customer, rng.between(firstDay, days - 1),
                    rng.nextInt(86_400 - 1_200), rng.between(5, 15), null);
            case GAMBLING_SPIKE -> new Anomaly(id, pattern, customer, rng.between(firstDay, days - 1),
                    21 * 3600 + rng.nextInt(3 * 3600), rng.between(3, 7), null);
            default -> new Anomaly(id, pattern, customer, rng.nextInt(Math.max(1, (int) (days * 0.6))), 0, 0, null);
        };
    }

    /** Customers aged 20-50 by city: who a ring can recruit (it operates in one city). */
    private int[][] candidatesByCity(Customer[] customers) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < Cities.size(); c++) {
            lists.add(new ArrayList<>());
        }
        for (Customer c : customers) {
            int age = c.ageAt(start);
            if (age >= 20 && age <= 50) {
                lists.get(c.city().ordinal()).add(c.index());
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private FraudRing ring(int number, Customer[] customers, int[][] byCity, boolean[] taken, int size, Rng rng) {
        City city = ringCity(rng);
        int[] candidates = IntStream.of(byCity[city.ordinal()]).filter(i -> !taken[i]).toArray();
        if (candidates.length < size) {
            return null;
        }
        shuffle(candidates, size, rng);
        List<Integer> members = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            members.add(candidates[n]);
            taken[candidates[n]] = true;
        }
        members.sort(Integer::compare);
        int mask = 1 + rng.nextInt(7);
        String ringId = "RING-" + pad(number);
        int lead = members.getFirst();
        return new FraudRing(ringId, members, city.name(), (mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0,
                customers[lead].phone(), Devices.of(seed, 1_000_000_000L + number, 0, false),
                Addresses.of(city, rng), rng.nextInt(Math.max(1, days - 10)));
    }

    private List<Anomaly> ringApplications(FraudRing ring, Rng rng) {
        List<Anomaly> out = new ArrayList<>();
        for (int member : ring.members()) {
            int day = Math.min(days - 1, ring.applicationDay() + rng.nextInt(10));
            out.add(new Anomaly(ring.ringId(), Pattern.FRAUD_RING, member, day, 9 * 3600 + rng.nextInt(12 * 3600),
                    ring.members().size(), ring.ringId()));
        }
        return out;
    }

    private static City ringCity(Rng rng) {
        double[] w = new double[Cities.size()];
        for (City c : Cities.all()) {
            w[c.ordinal()] = c.tier() <= 3 ? c.weight() : 0;
        }
        return Cities.get(rng.pick(Rng.cumulative(w)));
    }

    private static int[] eligible(int population, IntPredicate test) {
        return IntStream.range(0, population).filter(test).toArray();
    }

    /** Partial Fisher-Yates: the first {@code count} entries become a uniform sample without replacement. */
    private static void shuffle(int[] values, int count, Rng rng) {
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(values.length - i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static String prefix(Pattern p) {
        return switch (p) {
            case CARD_FRAUD_BURST -> "FRAUD";
            case GAMBLING_SPIKE -> "GAMBLE";
            case SALARY_STOP -> "SALSTOP";
            case FRAUD_RING -> "RING";
        };
    }

    private static String pad(int n) {
        String s = Integer.toString(n);
        return s.length() >= 5 ? s : "0".repeat(5 - s.length()) + s;
    }
}
