package org.banyan.recommendation.interactions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banyan.common.error.BanyanException;
import org.banyan.recommendation.catalogue.Catalogue;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads interaction history from CSV ({@code customer_id,product_id,interaction,timestamp}, where
 * {@code interaction} is a kind such as HOLDING or VIEW, or a positive strength) through PostgreSQL's
 * COPY, all or nothing: the first bad line rolls the whole file back and is named in a 400 problem.
 */
@Component
class InteractionCsvImporter {

    static final List<String> HEADER = List.of("customer_id", "product_id", "interaction", "timestamp");
    private static final int FLUSH_ROWS = 5_000;

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Catalogue catalogue;

    InteractionCsvImporter(DataSource dataSource, TransactionTemplate transactions, Catalogue catalogue) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.catalogue = catalogue;
    }

    ImportResult load(Reader csv, boolean skipUnknownProducts) {
        long started = System.nanoTime();
        ImportResult result = transactions.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return copy(csv, connection, skipUnknownProducts);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Interaction import failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return result.took((System.nanoTime() - started) / 1_000_000);
    }

    private ImportResult copy(Reader csv, Connection connection, boolean skipUnknown) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY interaction (customer_id, product_id, kind, strength, occurred_at, source) FROM STDIN (FORMAT csv)");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            requireHeader(parser.getHeaderNames());
            Counts counts = new Counts();
            StringBuilder buffer = new StringBuilder();
            for (CSVRecord record : parser) {
                Row row = parse(record);
                if (catalogue.find(row.productId()).isEmpty()) {
                    if (!skipUnknown) {
                        throw invalid(record, "unknown product '" + row.productId() + "'");
                    }
                    counts.skipped++;
                    continue;
                }
                counts.add(row);
                buffer.append(row.csvLine());
                if (counts.rows % FLUSH_ROWS == 0) {
                    write(copy, buffer);
                }
            }
            write(copy, buffer);
            copy.endCopy();
            return new ImportResult(counts.rows, counts.skipped, counts.customers.size(), 0);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void requireHeader(List<String> header) {
        if (!header.containsAll(HEADER)) {
            throw BanyanException.invalid("The CSV header must name the columns " + String.join(",", HEADER));
        }
    }

    private static Row parse(CSVRecord record) {
        if (!record.isConsistent()) {
            throw invalid(record, "expected " + HEADER.size() + " columns");
        }
        String customerId = record.get("customer_id");
        String productId = record.get("product_id");
        if (customerId.isEmpty() || productId.isEmpty()) {
            throw invalid(record, "customer_id and product_id are required");
        }
        String interaction = record.get("interaction");
        InteractionKind kind = InteractionKind.parse(interaction).orElse(InteractionKind.WEIGHTED);
        float strength = kind == InteractionKind.WEIGHTED ? strength(record, interaction) : kind.defaultStrength();
        return new Row(customerId, productId, kind, strength, timestamp(record, record.get("timestamp")));
    }

    private static float strength(CSVRecord record, String value) {
        try {
            float strength = Float.parseFloat(value);
            if (strength > 0 && Float.isFinite(strength)) {
                return strength;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(record, "interaction must be one of VIEW, CLICK, APPLY, CONVERSION, HOLDING or a positive "
                + "strength, not '" + value + "'");
    }

    private static Instant timestamp(CSVRecord record, String value) {
        try {
            if (value.length() == 10 && value.charAt(4) == '-') {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            return Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(record, "timestamp must be an ISO-8601 instant, a date or epoch seconds, not '" + value + "'");
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private static BanyanException invalid(CSVRecord record, String problem) {
        // Line 1 is the header, so data record n is on line n + 1.
        return BanyanException.invalid("Line " + (record.getRecordNumber() + 1) + ": " + problem);
    }

    private record Row(String customerId, String productId, InteractionKind kind, float strength, Instant at) {
        String csvLine() {
            return quote(customerId) + ',' + quote(productId) + ',' + kind.name() + ',' + strength + ',' + at + ','
                    + Interactions.SOURCE_IMPORT + '\n';
        }

        private static String quote(String value) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
    }

    private static final class Counts {
        long rows;
        long skipped;
        final Set<String> customers = new HashSet<>();

        void add(Row row) {
            rows++;
            customers.add(row.customerId());
        }
    }

    /** What a load did. */
    record ImportResult(long imported, long skippedUnknownProducts, long customers, long tookMillis) {
        ImportResult took(long millis) {
            return new ImportResult(imported, skippedUnknownProducts, customers, millis);
        }
    }
}
