package org.banyan.simulator.engine;

import org.banyan.common.event.payload.LoanEvent.ProductType;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.credit.Lending;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.CustomerFactory;
import org.banyan.simulator.customer.Devices;
import org.banyan.simulator.customer.NationalIds;
import org.banyan.simulator.customer.Traits;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.loan.LoanFactory;
import org.banyan.simulator.loan.LoanServicer;
import org.banyan.simulator.pattern.Anomaly;
import org.banyan.simulator.pattern.FraudRing;
import org.banyan.simulator.pattern.Pattern;
import org.banyan.simulator.pattern.PatternPlanner;
import org.banyan.simulator.pattern.PlantingPlan;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.StateFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The population at the start of the run. Built in stages: customers (parallel, pure per index), unique
 * national ids and fraud rings (sequential, need everyone), products and back-book applications
 * (parallel), the behavioural patterns (sequential), then the back book's repayment paths (parallel).
 *
 * @param backBook personal loans booked before the window, in customer order (for the labelled set)
 */
public record Population(CustomerState[] states, PlantingPlan plan, List<Loan> backBook) {

    @SuppressWarnings("unchecked")
    public static Population build(SimulationConfig config, ExecutorService pool, LoanFactory loans,
            StateFactory stateFactory, Lending lending) {
        int n = config.customers();
        CustomerFactory factory = new CustomerFactory(config.seed(), config.calendar());
        Customer[] customers = new Customer[n];
        Parallel.forEach(pool, n, config.threads() * 4, i -> customers[i] = factory.create(i));
        uniqueNationalIds(customers);
        PatternPlanner planner = new PatternPlanner(config.seed(), config.startDate(), config.days(),
                config.patterns());
        PlantingPlan rings = planner.planRings(customers);
        recruitRings(customers, rings, config);
        CustomerState[] states = new CustomerState[n];
        Parallel.forEach(pool, n, config.threads() * 4, i -> states[i] = stateFactory.create(customers[i]));
        int[] joinDays = new int[n];
        for (int i = 0; i < n; i++) {
            joinDays[i] = states[i].joinDay;
        }
        List<Anomaly> behaviour = planner.planBehaviour(n, i -> states[i].card != null,
                i -> salariedBorrower(states[i], config.startDate()), joinDays, i -> customers[i].ringId() != null);
        PlantingPlan plan = rings.withAnomalies(behaviour);
        attach(states, plan);
        List<Loan>[] booked = new List[n];
        Parallel.forEach(pool, n, config.threads() * 4, i -> booked[i] = bookBackBook(states[i], loans, lending,
                config));
        List<Loan> backBook = new ArrayList<>();
        for (List<Loan> customerLoans : booked) {
            backBook.addAll(customerLoans);
        }
        return new Population(states, plan, backBook);
    }

    /**
     * Lets go of the back book once the sinks have written it: loans repaid or written off before the
     * window are needed for nothing else, and at a million customers they are a few hundred MB.
     */
    public void releaseBackBook() {
        backBook.clear();
    }

    /** Real ids are unique; a clash of region, birth date and sequence gets the next free sequence. */
    private static void uniqueNationalIds(Customer[] customers) {
        Set<String> seen = new HashSet<>(customers.length * 2);
        for (int i = 0; i < customers.length; i++) {
            Customer c = customers[i];
            String id = c.nationalId();
            int seq = Integer.parseInt(id.substring(14, 17));
            while (!seen.add(id)) {
                seq = (seq + 2) % 1_000;
                id = NationalIds.of(id.substring(0, 6), c.birthDate(), seq);
            }
            if (!id.equals(c.nationalId())) {
                customers[i] = c.withNationalId(id);
            }
        }
    }

    /** Turns ring members into recently opened, thinly verified identities sharing contact data. */
    private static void recruitRings(Customer[] customers, PlantingPlan plan, SimulationConfig config) {
        for (FraudRing ring : plan.rings()) {
            for (int member : ring.members()) {
                Customer c = customers[member];
                Anomaly application = plan.of(member).getFirst();
                Rng rng = Rng.of(config.seed(), 0x219L, member);
                LocalDate joined = config.startDate().plusDays(application.day() - rng.between(5, 60));
                List<String> devices = ring.sharesDevice() ? List.of(ring.deviceId())
                        : c.deviceIds().isEmpty() ? List.of(Devices.of(config.seed(), member, 0, false))
                        : c.deviceIds();
                Traits t = c.traits();
                Traits riskier = new Traits(Math.max(t.riskPropensity(), 0.5), Math.max(0.2, t.digitalActivity()),
                        t.purchaseRate(), t.cardShare(), t.utilisation(), t.revolver(), t.affinities());
                customers[member] = c.asRingMember(ring.ringId(), ring.sharesPhone() ? ring.phone() : c.phone(),
                        devices, ring.sharesAddress() ? ring.address() : c.address(), joined, riskier);
            }
        }
    }

    private static boolean salariedBorrower(CustomerState s, LocalDate start) {
        if (!s.customer.salaried()) {
            return false;
        }
        boolean loanRunning = s.unbooked.stream().anyMatch(a -> a.date().plusMonths(a.termMonths()).isAfter(start));
        return loanRunning || s.card != null;
    }

    private static void attach(CustomerState[] states, PlantingPlan plan) {
        for (Anomaly a : plan.anomalies()) {
            CustomerState s = states[a.customer()];
            s.anomalies = plan.of(a.customer());
            if (a.pattern() == Pattern.SALARY_STOP) {
                s.salaryStopDay = a.day();
            } else if (a.pattern() == Pattern.FRAUD_RING) {
                s.ringApplicationDay = a.day();
                s.ringApplicationSecond = a.second();
            }
        }
    }

    /** Books the back book; loans still running stay with the customer. Returns all of them. */
    private static List<Loan> bookBackBook(CustomerState s, LoanFactory loans, Lending lending,
            SimulationConfig config) {
        long start = config.startDate().toEpochDay();
        List<Loan> booked = new ArrayList<>(s.unbooked.size());
        for (LoanApplication app : s.unbooked) {
            int second = (int) Math.floorMod(app.submittedAt() / 1000 + 8 * 3600, 86_400L);
            int disburse = Math.min(86_000, second + 7_200);
            Loan loan = loans.book(app, s.customer, app.date(), disburse, lending.forcedFirstMiss(s, app.date(), app));
            LoanServicer.fastForward(loan, start);
            booked.add(loan);
            if (loan.activeOn(start)) {
                s.loans.add(loan);
                s.hold(Product.PERSONAL_LOAN);
            }
        }
        for (Loan loan : s.loans) {
            if (loan.productType() == ProductType.MORTGAGE) {
                LoanServicer.fastForward(loan, start);
            }
        }
        s.unbooked = List.of();
        return booked;
    }
}
