package org.banyan.recobench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Turns a simulator run into what recommendation-service is fed in production:
 * {@code features.csv} (each customer's profile tags, as profile-service's tag changes would leave them),
 * {@code interactions.csv} (holdings from the account extracts, product views and applications from the
 * app-event extracts, in the import endpoint's format) and {@code customers.txt}.
 */
@Command(name = "prepare", description = "Convert simulator extracts into features and interactions")
final class Prepare implements Callable<Integer> {

    private static final List<String> NUMBERS = List.of("city_tier", "kyc_level", "dependents");
    private static final List<String> FLAGS = List.of("consent_marketing_email", "consent_marketing_sms",
            "consent_marketing_push", "consent_data_sharing");
    private static final List<String> TEXTS = List.of("birth_date", "gender", "occupation", "education",
            "marital_status", "join_date", "risk_tolerance");

    @Option(names = "--sim", required = true, description = "simulator output folder")
    Path sim;

    @Option(names = "--out", required = true, description = "folder to write into")
    Path out;

    @Option(names = "--max-customers", description = "keep only the first N customers (default: all)")
    int maxCustomers = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        List<Path> days;
        try (Stream<Path> dirs = Files.list(sim.resolve("extracts"))) {
            days = dirs.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        for (Path day : days) {
            readProfiles(day.resolve("customers.csv"), profiles);
        }
        writeFeatures(profiles);
        long interactions = writeInteractions(days, profiles);
        System.out.printf("prepared %d customers, %d interactions into %s%n", profiles.size(), interactions, out);
        return 0;
    }

    private void readProfiles(Path file, Map<String, Map<String, Object>> profiles) throws IOException {
        try (CSVParser rows = parse(file)) {
            for (CSVRecord row : rows) {
                String id = row.get("customer_id");
                if (!profiles.containsKey(id) && profiles.size() >= maxCustomers) {
                    continue;
                }
                Map<String, Object> tags = new LinkedHashMap<>();
                NUMBERS.forEach(c -> tags.put(c, Integer.parseInt(row.get(c))));
                FLAGS.forEach(c -> tags.put(c, Boolean.parseBoolean(row.get(c))));
                TEXTS.forEach(c -> tags.put(c, row.get(c)));
                tags.put("income_monthly", Double.parseDouble(row.get("income_monthly")));
                profiles.put(id, tags);
            }
        }
    }

    private void writeFeatures(Map<String, Map<String, Object>> profiles) throws IOException {
        try (BufferedWriter ids = Files.newBufferedWriter(out.resolve("customers.txt"));
             CSVPrinter features = CSVFormat.DEFAULT.print(Files.newBufferedWriter(out.resolve("features.csv")))) {
            for (var entry : profiles.entrySet()) {
                ids.write(entry.getKey());
                ids.newLine();
                features.printRecord(entry.getKey(), Service.JSON.writeValueAsString(entry.getValue()));
            }
        }
    }

    private long writeInteractions(List<Path> days, Map<String, Map<String, Object>> profiles) throws IOException {
        long count = 0;
        try (CSVPrinter interactions = CSVFormat.DEFAULT.builder()
                .setHeader("customer_id", "product_id", "interaction", "timestamp").get()
                .print(Files.newBufferedWriter(out.resolve("interactions.csv")))) {
            for (Path day : days) {
                try (CSVParser accounts = parse(day.resolve("accounts.csv"))) {
                    for (CSVRecord a : accounts) {
                        if (profiles.containsKey(a.get("customer_id")) && !"CASA-CURRENT".equals(a.get("product_id"))) {
                            interactions.printRecord(a.get("customer_id"), a.get("product_id"), "HOLDING", a.get("opened_date"));
                            count++;
                        }
                    }
                }
                try (CSVParser events = parse(day.resolve("app_events.csv"))) {
                    for (CSVRecord e : events) {
                        String kind = switch (e.get("name")) {
                            case "product_view" -> "VIEW";
                            case "apply_start", "apply_submit" -> "APPLY";
                            default -> null;
                        };
                        if (kind != null && !e.get("product_id").isEmpty() && !"CASA-CURRENT".equals(e.get("product_id"))
                                && profiles.containsKey(e.get("customer_id"))) {
                            interactions.printRecord(e.get("customer_id"), e.get("product_id"), kind, e.get("occurred_at"));
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static CSVParser parse(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }
}
