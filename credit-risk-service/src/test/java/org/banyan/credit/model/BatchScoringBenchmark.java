package org.banyan.credit.model;

import org.banyan.credit.scorecard.Scorecard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The German champion on its own, one thread, one booster with {@code nthread=1}: batch scoring
 * throughput (rows/s/core = ops/s x batch size) and the single-application score with explanation that
 * a decision pays. Run by hand (docs/models.md):
 * {@code java -cp <test classpath> org.banyan.credit.model.BatchScoringBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class BatchScoringBenchmark {

    @Param({"1000", "100000"})
    int batchSize;

    private LoadedModel model;
    private float[] rows;
    private Map<String, Object> applicant;

    @Setup(Level.Trial)
    public void setUp() {
        TrainingSet set = TrainingSet.of(GermanCredit.load(TestData.directory()), GermanCredit.featureSpec(),
                TrainingLimits.DEFAULT);
        TrainedModel trained = new XgbTrainer(1, new Scorecard(TestScorecards.defaults()))
                .train(set, TrainingParams.DEFAULTS, Validation.DEFAULT);
        model = new LoadedModel("bench", trained.spec(), trained.trees(), trained.binary(), 1);
        int width = set.width();
        rows = new float[batchSize * width];
        for (int r = 0; r < batchSize; r++) {
            System.arraycopy(set.matrix(), (r % set.rows()) * width, rows, r * width, width);
        }
        applicant = new HashMap<>(Map.of("checking_status", "LOW", "term_months", 24.0, "credit_history", "PAID_DULY",
                "purpose", "FURNITURE", "amount", 4_000.0, "savings", "LT_100", "employment_length", "Y1_TO_4",
                "installment_rate", 3.0, "age", 35.0, "housing", "RENT"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        model.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public float[] batch() {
        return model.predictBatch(rows, batchSize);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LoadedModel.Prediction oneApplicationWithExplanation() {
        return model.predict(applicant::get, true);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(BatchScoringBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dbanyan.credit.models.data-dir=" + TestData.directory().toAbsolutePath()).build()).run();
    }
}
