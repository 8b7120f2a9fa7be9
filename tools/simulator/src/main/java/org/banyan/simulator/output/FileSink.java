package org.banyan.simulator.output;

import org.banyan.common.event.payload.LoanEvent.EventType;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.engine.DayBatch;
import org.banyan.simulator.engine.Population;
import org.banyan.simulator.engine.RunContext;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.engine.Sink;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.pattern.Anomaly;
import org.banyan.simulator.pattern.FraudRing;
import org.banyan.simulator.pattern.Pattern;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.rows.ApplicationRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.TransactionRow;
import org.banyan.simulator.state.CustomerState;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes the run to files: daily extracts (one folder per business date, one CSV per entity), labelled
 * training sets, ground truth, a bureau snapshot, then {@code manifest.json} and {@code _SUCCESS} last.
 * Every file is written under a temporary name and renamed when complete.
 */
public final class FileSink implements Sink {

    private final Path dir;
    private final boolean extracts;
    private final ExecutorService pool;
    private final ParallelCsv csv;
    private final Map<String, long[]> files = new LinkedHashMap<>();
    private final Map<String, Integer> anomalyTransactions = new HashMap<>();
    private final Map<Integer, Long> salaryStops = new HashMap<>();
    private final Map<Integer, Long> firstMissAfterStop = new HashMap<>();
    private SimulationConfig config;
    private StreamingFiles streams;

    public FileSink(Path dir, boolean extracts, int threads) {
        this.dir = dir;
        this.extracts = extracts;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "simulator-csv");
            t.setDaemon(true);
            return t;
        });
        this.csv = new ParallelCsv(pool, threads);
    }

    @Override
    public void start(RunContext run) throws IOException {
        this.config = run.config();
        OutputDirectory.prepare(dir);
        streams = new StreamingFiles(dir);
        Population population = run.population();
        for (Anomaly a : population.plan().anomalies()) {
            if (a.pattern() == Pattern.SALARY_STOP) {
                salaryStops.put(a.customer(), config.startDate().toEpochDay() + a.day());
            }
        }
        writeWhole("ground_truth/customers.csv", GroundTruth.customerColumns(), List.of(population.states()),
                (s, b) -> GroundTruth.customer(s, config.startDate(), b));
        writeWhole("bureau/bureau_snapshot.csv", GroundTruth.BUREAU, List.of(population.states()),
                (s, b) -> GroundTruth.bureau(s.customer, b));
        streams.loanApplications.write(csv.format(population.backBook(), Labels::loanApplication));
    }

    @Override
    public void day(DayBatch batch) throws IOException {
        long epochDay = batch.day().epochDay();
        long seed = config.seed();
        if (extracts) {
            Path folder = dir.resolve("extracts").resolve(batch.day().date().toString());
            write(folder.resolve("customers.csv"), Extracts.CUSTOMERS, batch.customers(),
                    (r, b) -> Extracts.customer(r, seed, epochDay, b));
            write(folder.resolve("accounts.csv"), Extracts.ACCOUNTS, batch.accounts(), Extracts::account);
            write(folder.resolve("transactions.csv"), Extracts.TRANSACTIONS, batch.transactions(),
                    (r, b) -> Extracts.transaction(r, seed, epochDay, b));
            write(folder.resolve("app_events.csv"), Extracts.APP_EVENTS, batch.appEvents(),
                    (r, b) -> Extracts.appEvent(r, seed, epochDay, b));
            write(folder.resolve("loan_events.csv"), Extracts.LOAN_EVENTS, batch.loanEvents(),
                    (r, b) -> Extracts.loanEvent(r, seed, epochDay, b));
            write(folder.resolve("loan_applications.csv"), Extracts.LOAN_APPLICATIONS, batch.applications(),
                    Extracts::application);
        }
        labels(batch, epochDay);
    }

    private void labels(DayBatch batch, long epochDay) throws IOException {
        List<Loan> loans = new ArrayList<>(batch.applications().size());
        for (ApplicationRow r : batch.applications()) {
            if (r.loan().application().product() == Product.PERSONAL_LOAN) {
                loans.add(r.loan());
            }
        }
        streams.loanApplications.write(csv.format(loans, Labels::loanApplication));
        streams.offers.write(csv.format(batch.offers(), Labels::offer));
        labelledTransactions(batch.transactions(), epochDay);
        trackSalaryStops(batch.loanEvents());
    }

    private void labelledTransactions(List<TransactionRow> rows, long epochDay) throws IOException {
        double sample = config.transactionLabelSample();
        List<TransactionRow> picked = new ArrayList<>();
        List<TransactionRow> anomalies = new ArrayList<>();
        for (TransactionRow r : rows) {
            if (r.anomalyId() != null) {
                anomalies.add(r);
                picked.add(r);
                anomalyTransactions.merge(r.anomalyId(), 1, Integer::sum);
            } else if (sample >= 1 || sampled(r, epochDay, sample)) {
                picked.add(r);
            }
        }
        double weight = sample > 0 ? 1 / sample : 0;
        streams.transactions.write(csv.format(picked, (r, b) -> Labels.transaction(r,
                r.anomalyId() != null ? 1 : weight, b)));
        long seed = config.seed();
        streams.anomalyTransactions.write(csv.format(anomalies, (r, b) -> b.text(r.transactionId())
                .uuid(EventIds.of(seed, r, epochDay)).customerId(r.customer()).instant(r.at())
                .text(r.anomalyId()).text(r.pattern()).end()));
    }

    private boolean sampled(TransactionRow r, long epochDay, double sample) {
        long h = Rng.derive(config.seed() ^ 0x5a3913L, r.customer(), epochDay, r.seq());
        return (h >>> 11) * 0x1.0p-53 < sample;
    }

    /** Remembers when planted salary stops first show up as a missed payment. */
    private void trackSalaryStops(List<LoanEventRow> rows) {
        for (LoanEventRow r : rows) {
            Long stop = salaryStops.get(r.customer());
            if (stop != null && r.eventType() == EventType.PAYMENT_MISSED && r.dueDate().toEpochDay() >= stop) {
                firstMissAfterStop.putIfAbsent(r.customer(), r.dueDate().toEpochDay());
            }
        }
    }

    @Override
    public void finish(RunContext run, RunSummary summary) throws IOException {
        writeAnomalies(run.population());
        writeRings(run.population());
        for (AtomicFile f : streams.all()) {
            f.commit();
            files.put(dir.relativize(f.target()).toString(), new long[] {-1, f.bytes()});
        }
        Manifest.write(dir, config, summary, files, run.population().plan());
        AtomicFile.writeString(dir.resolve(OutputDirectory.SUCCESS), "");
    }

    private void writeAnomalies(Population population) throws IOException {
        List<Anomaly> all = population.plan().anomalies();
        writeWhole("ground_truth/anomalies.csv", GroundTruth.ANOMALIES, all, (a, b) -> {
            CustomerState s = population.states()[a.customer()];
            Long miss = a.pattern() == Pattern.SALARY_STOP ? firstMissAfterStop.get(a.customer()) : null;
            b.text(a.anomalyId()).text(a.pattern().name()).text(s.customer.id())
                    .date(config.startDate().plusDays(a.day())).instant(config.calendar().at(a.day(), a.second()))
                    .num(a.length()).text(a.ringId()).num(anomalyTransactions.getOrDefault(a.anomalyId(), 0))
                    .date(miss != null ? LocalDate.ofEpochDay(miss) : null).end();
        });
    }

    private void writeRings(Population population) throws IOException {
        List<Loan> ringLoans = new ArrayList<>();
        for (FraudRing ring : population.plan().rings()) {
            for (int member : ring.members()) {
                CustomerState s = population.states()[member];
                LocalDate applied = config.startDate().plusDays(s.ringApplicationDay);
                s.loans.stream().filter(l -> l.application().date().equals(applied)).findFirst()
                        .ifPresent(ringLoans::add);
            }
        }
        writeWhole("ground_truth/fraud_rings.csv", GroundTruth.FRAUD_RINGS, ringLoans, (loan, b) -> {
            Customer c = population.states()[loan.application().customer()].customer;
            FraudRing ring = population.plan().ringOf(c.index());
            b.text(ring.ringId()).text(c.id()).text(ring.cityName()).text(ring.sharedAttributes())
                    .text(loan.application().phone()).text(loan.application().deviceId())
                    .text(loan.application().address()).text(loan.application().applicationId()).text(loan.loanId())
                    .date(loan.application().date()).flag(loan.outcome().default12m()).end();
        });
    }

    private <R> void write(Path target, String[] header, List<R> rows, ParallelCsv.Formatter<R> format)
            throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            CsvBuffer head = new CsvBuffer(256).header(header);
            file.write(head);
            for (CsvBuffer chunk : csv.format(rows, format)) {
                file.write(chunk);
            }
            file.commit();
            files.put(dir.relativize(target).toString(), new long[] {rows.size(), file.bytes()});
        }
    }

    private <R> void writeWhole(String name, String[] header, List<R> rows, ParallelCsv.Formatter<R> format)
            throws IOException {
        write(dir.resolve(name), header, rows, format);
    }

    @Override
    public void close() throws IOException {
        try {
            if (streams != null) {
                for (AtomicFile f : streams.all()) {
                    f.close();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Files appended to day by day, committed when the run finishes. */
    private static final class StreamingFiles {
        final Appender loanApplications;
        final Appender offers;
        final Appender transactions;
        final Appender anomalyTransactions;

        StreamingFiles(Path dir) throws IOException {
            loanApplications = new Appender(dir.resolve("training/loan_applications.csv"), Labels.LOAN_APPLICATIONS);
            offers = new Appender(dir.resolve("training/offers.csv"), Labels.OFFERS);
            transactions = new Appender(dir.resolve("training/transactions.csv"), Labels.TRANSACTIONS);
            anomalyTransactions = new Appender(dir.resolve("ground_truth/anomaly_transactions.csv"),
                    GroundTruth.ANOMALY_TRANSACTIONS);
        }

        List<AtomicFile> all() {
            return List.of(loanApplications.file, offers.file, transactions.file, anomalyTransactions.file);
        }
    }

    /** An atomic file with a header, appended in chunks. */
    private static final class Appender {
        final AtomicFile file;

        Appender(Path target, String[] header) throws IOException {
            file = new AtomicFile(target);
            file.write(new CsvBuffer(512).header(header));
        }

        void write(List<CsvBuffer> chunks) throws IOException {
            for (CsvBuffer chunk : chunks) {
                file.write(chunk);
            }
        }
    }
}
