package org.banyan.recommendation.propensity;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * UCI Bank Marketing ({@code bank-full.csv}, Moro et al. 2011, CC BY 4.0) read as profile tags, so the
 * propensity pipeline the service runs (tag discovery, vectorising, xgboost) is measured on public data.
 * The file stays in the shared data folder next to the repository; it is never copied in. Call
 * duration is dropped: it is only known after the call and leaks the outcome.
 */
final class BankMarketingData {

    static final String FILE = "bank-marketing/bank-full.csv";
    private static final List<String> NUMBERS = List.of("age", "balance", "day", "campaign", "pdays", "previous");
    private static final List<String> FLAGS = List.of("default", "housing", "loan");
    private static final List<String> CATEGORIES = List.of("job", "marital", "education", "contact", "month", "poutcome");

    /** One client as tags, and whether they subscribed to the term deposit. Rows are in date order. */
    record Client(Map<String, Object> tags, boolean subscribed) {
    }

    private BankMarketingData() {
    }

    /** The shared data folder: {@code ../shared/data} from the repository root (or a module in it). */
    static Optional<Path> locate() {
        return Stream.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"))
                .map(p -> p.resolve(FILE)).filter(Files::isReadable).findFirst();
    }

    static List<Client> read(Path file) throws IOException {
        List<Client> clients = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            for (CSVRecord row : parser) {
                Map<String, Object> tags = new LinkedHashMap<>();
                NUMBERS.forEach(c -> tags.put(c, Integer.parseInt(row.get(c))));
                FLAGS.forEach(c -> tags.put(c, "yes".equals(row.get(c))));
                CATEGORIES.forEach(c -> {
                    if (!"unknown".equals(row.get(c))) {
                        tags.put(c, row.get(c));
                    }
                });
                clients.add(new Client(tags, "yes".equals(row.get("y"))));
            }
        }
        return clients;
    }
}
