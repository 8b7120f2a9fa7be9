package org.banyan.simulator.loan;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Housing;
import org.banyan.simulator.support.Csv;
import org.banyan.simulator.support.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The German credit data the loan distributions are calibrated on, and how close the simulation stays. */
class GermanCalibrationTest {

    static List<String[]> german;

    @TempDir
    static Path run;

    static List<Map<String, String>> simulated;

    @BeforeAll
    static void readGermanDataAndSimulate() throws IOException {
        Path file = locate();
        assumeTrue(file != null, "../shared/data/german-credit/german.data is not available");
        german = Files.readAllLines(file).stream().map(l -> l.trim().split("\\s+")).toList();
        Runs.generate(Runs.tiny().withCustomers(20_000).withDays(1).withTransactionLabelSample(0), run, false);
        simulated = Csv.read(run.resolve("training/loan_applications.csv"));
    }

    /** ../shared/data is a sibling of the repository root, found by walking up from the module. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data/german-credit/german.data").normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void theCountsCopiedIntoTheSimulatorAreTheGermanData() {
        // given the file's 1,000 applications
        assertThat(german).hasSize(1_000);

        // then terms, purposes, employment and housing counts (and their bads) are the copied ones
        assertThat(counts(r -> Integer.parseInt(r[1]))).isEqualTo(GermanCalibration.TERM_COUNTS);
        for (Purpose p : Purpose.values()) {
            assertThat(countsAndBads(3, p.germanCode())).isEqualTo(GermanCalibration.PURPOSE_COUNTS.get(p));
        }
        for (EmploymentLength e : EmploymentLength.values()) {
            assertThat(countsAndBads(6, e.germanCode())).isEqualTo(GermanCalibration.EMPLOYMENT_COUNTS.get(e));
        }
        String[] housing = {"A152", "A151", "A153"};
        for (Housing h : Housing.values()) {
            assertThat(countsAndBads(14, housing[h.ordinal()])).isEqualTo(GermanCalibration.HOUSING_COUNTS.get(h));
        }
    }

    @Test
    void simulatedTermsAndPurposesFollowTheGermanMix() {
        // given the simulated applications
        assertThat(simulated).hasSizeGreaterThan(4_000);

        // then the term and purpose distributions are within 5 points of total variation of the German ones
        assertThat(totalVariation(share(german, r -> r[1]), shareOf("term_months", v -> v))).isLessThan(0.05);
        Map<String, String> codeOf = new HashMap<>();
        for (Purpose p : Purpose.values()) {
            codeOf.put(p.name(), p.germanCode());
        }
        assertThat(totalVariation(share(german, r -> r[3]), shareOf("purpose", codeOf::get))).isLessThan(0.05);
    }

    @Test
    void simulatedAmountsSpreadAndScaleWithTermLikeTheGermanOnes() {
        // given ln(amount) and ln(term) of the simulated applications
        double[] amount = simulated.stream().mapToDouble(r -> Math.log(Double.parseDouble(r.get("amount")))).toArray();
        double[] term = simulated.stream().mapToDouble(r -> Math.log(Double.parseDouble(r.get("term_months"))))
                .toArray();

        // then their spread and correlation are close to the German 0.78 and 0.62
        assertThat(sd(amount)).isCloseTo(GermanCalibration.LOG_AMOUNT_SD, offset(0.12));
        assertThat(correlation(amount, term)).isCloseTo(GermanCalibration.LOG_AMOUNT_LOG_TERM_CORRELATION,
                offset(0.1));
    }

    @Test
    void samplingTheCalibrationReproducesItsMarginals() {
        // given many terms drawn from the calibration
        GermanCalibration calibration = new GermanCalibration();
        Rng rng = new Rng(1);
        Map<Integer, Long> drawn = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            drawn.merge(calibration.term(rng), 1L, Long::sum);
        }

        // then 12- and 24-month terms are each about 18% as in the data
        assertThat(drawn.get(12) / 100_000.0).isCloseTo(0.179, offset(0.01));
        assertThat(drawn.get(24) / 100_000.0).isCloseTo(0.184, offset(0.01));
    }

    private static Map<Integer, Integer> counts(Function<String[], Integer> key) {
        return german.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(r -> 1)));
    }

    private static int[] countsAndBads(int column, String code) {
        int n = 0;
        int bad = 0;
        for (String[] r : german) {
            if (r[column].equals(code)) {
                n++;
                bad += r[20].equals("2") ? 1 : 0;
            }
        }
        return new int[] {n, bad};
    }

    private static Map<String, Double> share(List<String[]> rows, Function<String[], String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.summingDouble(r -> 1.0 / rows.size())));
    }

    private static Map<String, Double> shareOf(String column, Function<String, String> key) {
        return simulated.stream().collect(Collectors.groupingBy(r -> key.apply(r.get(column)),
                Collectors.summingDouble(r -> 1.0 / simulated.size())));
    }

    private static double totalVariation(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().mapToDouble(k -> Math.abs(a.getOrDefault(k, 0.0) - b.getOrDefault(k, 0.0))).sum() / 2;
    }

    private static double sd(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
        }
        return sxy / x.length / (sd(x) * sd(y));
    }
}
