package org.banyan.credit.bureau;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** The simulated bureau: answers from the files the simulator loaded through the API. */
@Component
@ConditionalOnProperty(name = "banyan.credit.bureau.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedBureau implements CreditBureau {

    private static final Logger log = LoggerFactory.getLogger(SimulatedBureau.class);

    private final JdbcClient jdbc;

    SimulatedBureau(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BureauReport report(String customerId) {
        try {
            return jdbc.sql("""
                            SELECT delinquencies_24m, inquiries_6m, external_loans, external_debt_monthly,
                                   oldest_account_months FROM simulated_bureau_file WHERE customer_id = :id""")
                    .param("id", customerId)
                    .query((rs, n) -> new BureauReport(true, true, rs.getInt("delinquencies_24m"),
                            rs.getInt("inquiries_6m"), rs.getInt("external_loans"),
                            rs.getObject("external_debt_monthly", BigDecimal.class), rs.getInt("oldest_account_months")))
                    .optional().orElse(BureauReport.noFile());
        } catch (DataAccessException e) {
            log.warn("Simulated bureau unavailable for {}: {}", customerId, e.getMessage());
            return BureauReport.unavailable();
        }
    }

    /** Loads many files at once (the simulator's bureau_snapshot.csv), all or none. */
    @org.springframework.transaction.annotation.Transactional
    int saveAll(java.util.Map<String, BureauFile> files) {
        files.forEach(this::save);
        return files.size();
    }

    void save(String customerId, BureauFile file) {
        jdbc.sql("""
                        INSERT INTO simulated_bureau_file (customer_id, delinquencies_24m, inquiries_6m, external_loans,
                            external_debt_monthly, oldest_account_months)
                        VALUES (:id, :d, :i, :l, :debt, :oldest)
                        ON CONFLICT (customer_id) DO UPDATE SET delinquencies_24m = excluded.delinquencies_24m,
                            inquiries_6m = excluded.inquiries_6m, external_loans = excluded.external_loans,
                            external_debt_monthly = excluded.external_debt_monthly,
                            oldest_account_months = excluded.oldest_account_months, updated_at = now()""")
                .param("id", customerId).param("d", file.delinquencies24m()).param("i", file.inquiries6m())
                .param("l", file.externalLoans()).param("debt", file.externalDebtMonthly())
                .param("oldest", file.oldestAccountMonths())
                .update();
    }
}
