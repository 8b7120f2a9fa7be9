package org.banyan.profile.recompute;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.TransactionPosted;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the simulator's daily extract files (the data warehouse's nightly hand-off):
 * {@code extracts/<business date>/customers.csv, transactions.csv, app_events.csv, loan_events.csv},
 * RFC 4180 with a header row, amounts in yuan, instants in UTC. Each row becomes the contract event it
 * stands for, with the same event id the stream carried, so import and stream describe one history.
 */
final class ExtractReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path extracts;

    ExtractReader(Path root) {
        Path nested = root.resolve("extracts");
        this.extracts = Files.isDirectory(nested) ? nested : root;
    }

    /** The business dates with an extract folder, up to and including {@code last}, oldest first. */
    List<LocalDate> days(LocalDate last) {
        try (Stream<Path> folders = Files.list(extracts)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}-\\d{2}-\\d{2}")).map(LocalDate::parse)
                    .filter(d -> !d.isAfter(last)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list extract folders in " + extracts, e);
        }
    }

    /** Every event of one day whose customer {@code wanted} accepts. */
    void read(LocalDate day, Predicate<String> wanted, Consumer<EventEnvelope<?>> sink) {
        Path folder = extracts.resolve(day.toString());
        file(folder.resolve("customers.csv"), EventContracts.CUSTOMERS, ExtractReader::customer, wanted, sink);
        file(folder.resolve("transactions.csv"), EventContracts.TRANSACTIONS, ExtractReader::transaction, wanted, sink);
        file(folder.resolve("app_events.csv"), EventContracts.APP_EVENTS, ExtractReader::appEvent, wanted, sink);
        file(folder.resolve("loan_events.csv"), EventContracts.LOAN_EVENTS, ExtractReader::loanEvent, wanted, sink);
    }

    private static void file(Path file, EventContract contract, Function<CSVRecord, Object> payload,
            Predicate<String> wanted, Consumer<EventEnvelope<?>> sink) {
        if (!Files.exists(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.parse(reader)) {
            for (CSVRecord row : parser) {
                String customerId = row.get("customer_id");
                if (wanted.test(customerId)) {
                    sink.accept(new EventEnvelope<>(UUID.fromString(row.get("event_id")), contract.eventType(),
                            contract.version(), Instant.parse(row.get("occurred_at")), "extract", customerId,
                            payload.apply(row)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Bad extract row in " + file + ": " + e.getMessage(), e);
        }
    }

    private static CustomerUpdated customer(CSVRecord r) {
        return new CustomerUpdated(LocalDate.parse(r.get("birth_date")), CustomerUpdated.Gender.valueOf(r.get("gender")),
                r.get("city"), Integer.parseInt(r.get("city_tier")), r.get("occupation"), r.get("education"),
                CustomerUpdated.MaritalStatus.valueOf(r.get("marital_status")), new BigDecimal(r.get("income_monthly")),
                Integer.parseInt(r.get("kyc_level")),
                new CustomerUpdated.Consent(bool(r, "consent_marketing_email"), bool(r, "consent_marketing_sms"),
                        bool(r, "consent_marketing_push"), bool(r, "consent_data_sharing")),
                LocalDate.parse(r.get("join_date")), text(r, "national_id"), text(r, "phone"),
                Optional.ofNullable(text(r, "risk_tolerance")).map(CustomerUpdated.RiskTolerance::valueOf).orElse(null));
    }

    private static TransactionPosted transaction(CSVRecord r) {
        return new TransactionPosted(r.get("transaction_id"), r.get("account_id"), new BigDecimal(r.get("amount")),
                r.get("currency"), TransactionPosted.Direction.valueOf(r.get("direction")),
                TransactionPosted.Kind.valueOf(r.get("kind")), TransactionPosted.Channel.valueOf(r.get("channel")),
                text(r, "merchant_category"), text(r, "merchant_id"), r.get("country"), text(r, "city"),
                decimal(r, "balance_after"));
    }

    private static AppEvent appEvent(CSVRecord r) {
        return new AppEvent(r.get("session_id"), r.get("name"), text(r, "product_id"), text(r, "page"),
                r.get("device_id"), AppEvent.Channel.valueOf(r.get("channel")));
    }

    private static LoanEvent loanEvent(CSVRecord r) {
        String due = text(r, "due_date");
        String instalment = text(r, "installment_number");
        return new LoanEvent(r.get("loan_id"), LoanEvent.EventType.valueOf(r.get("event_type")),
                LoanEvent.ProductType.valueOf(r.get("product_type")), new BigDecimal(r.get("amount")),
                Integer.parseInt(r.get("days_past_due")), new BigDecimal(r.get("outstanding")),
                due == null ? null : LocalDate.parse(due), instalment == null ? null : Integer.valueOf(instalment));
    }

    private static String text(CSVRecord r, String column) {
        String value = r.isMapped(column) ? r.get(column) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(CSVRecord r, String column) {
        String value = text(r, column);
        return value == null ? null : new BigDecimal(value);
    }

    private static boolean bool(CSVRecord r, String column) {
        return Boolean.parseBoolean(r.get(column)) || "1".equals(r.get(column));
    }
}
