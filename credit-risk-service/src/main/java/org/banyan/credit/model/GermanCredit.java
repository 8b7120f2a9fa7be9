package org.banyan.credit.model;

import org.banyan.credit.feature.FeatureCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Statlog German credit data ({@code german-credit/german.data}, UCI, CC BY 4.0) translated into
 * the platform's feature vocabulary, so it trains exactly like a bank's own CSV would: same column
 * names, same category values as a live application. Personal status (sex and marital status, kept as
 * its code A91..A95 because its labels are disputed) and foreign-worker status are group columns for
 * the fairness report, never features.
 */
final class GermanCredit {

    static final String DATASET = "german-credit";
    static final String FILE = "german-credit/german.data";
    static final String LABEL = "bad";

    static final List<String> COLUMNS = List.of("checking_status", "term_months", "credit_history", "purpose",
            "amount", "savings", "employment_length", "installment_rate", "personal_status", "guarantor",
            "residence_years", "property", "age", "other_installment_plans", "housing", "existing_credits", "job",
            "dependents", "has_telephone", "foreign_worker", LABEL);

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("A11", "NEGATIVE"), Map.entry("A12", "LOW"), Map.entry("A13", "HIGH"), Map.entry("A14", "NONE"),
            // Attribute 3 as corrected by Groemping (2019): UCI's labels are shuffled; the bad rates
            // (A30 62%, A31 57%, A32 32%, A33 32%, A34 17%) only make sense in this reading.
            Map.entry("A30", "PAST_DELAY"), Map.entry("A31", "CRITICAL"), Map.entry("A32", "NO_CREDITS_OR_ALL_PAID"),
            Map.entry("A33", "PAID_DULY"), Map.entry("A34", "ALL_PAID_HERE"),
            Map.entry("A40", "CAR_NEW"), Map.entry("A41", "CAR_USED"), Map.entry("A42", "FURNITURE"),
            Map.entry("A43", "ELECTRONICS"), Map.entry("A44", "APPLIANCES"), Map.entry("A45", "RENOVATION"),
            Map.entry("A46", "EDUCATION"), Map.entry("A47", "VACATION"), Map.entry("A48", "RETRAINING"),
            Map.entry("A49", "BUSINESS"), Map.entry("A410", "OTHER"),
            Map.entry("A61", "LT_100"), Map.entry("A62", "FROM_100_TO_500"), Map.entry("A63", "FROM_500_TO_1000"),
            Map.entry("A64", "GE_1000"), Map.entry("A65", "NONE"),
            Map.entry("A71", "UNEMPLOYED"), Map.entry("A72", "LT_1Y"), Map.entry("A73", "Y1_TO_4"),
            Map.entry("A74", "Y4_TO_7"), Map.entry("A75", "GE_7Y"),
            Map.entry("A101", "NONE"), Map.entry("A102", "CO_APPLICANT"), Map.entry("A103", "GUARANTOR"),
            Map.entry("A121", "REAL_ESTATE"), Map.entry("A122", "SAVINGS_INSURANCE"), Map.entry("A123", "CAR_OTHER"),
            Map.entry("A124", "NONE"),
            Map.entry("A141", "BANK"), Map.entry("A142", "STORES"), Map.entry("A143", "NONE"),
            Map.entry("A151", "RENT"), Map.entry("A152", "OWN"), Map.entry("A153", "FREE"),
            Map.entry("A171", "UNSKILLED_NON_RESIDENT"), Map.entry("A172", "UNSKILLED"), Map.entry("A173", "SKILLED"),
            Map.entry("A174", "HIGHLY_QUALIFIED"),
            Map.entry("A191", "0"), Map.entry("A192", "1"),
            Map.entry("A201", "YES"), Map.entry("A202", "NO"));

    private GermanCredit() {
    }

    /**
     * The champion's specification: every attribute but the protected ones, categories with the
     * catalogue's levels (so live values the sample lacks still encode the same way), employment length
     * as an ordinal. Personal status and foreign-worker status are group columns.
     */
    static FeatureSpec featureSpec() {
        return new FeatureSpec(LABEL, List.of(
                categorical("checking_status"), numeric("term_months"), categorical("credit_history"),
                categorical("purpose"), numeric("amount"), categorical("savings"),
                new FeatureSpec.Feature("employment_length", FeatureSpec.Type.ORDINAL,
                        levels("employment_length"), null),
                numeric("installment_rate"), categorical("guarantor"), numeric("residence_years"),
                categorical("property"), numeric("age"), categorical("other_installment_plans"),
                categorical("housing"), numeric("existing_credits"), categorical("job"), numeric("dependents"),
                numeric("has_telephone")),
                List.of("personal_status", "foreign_worker"));
    }

    private static FeatureSpec.Feature numeric(String name) {
        return new FeatureSpec.Feature(name, FeatureSpec.Type.NUMERIC, null, null);
    }

    private static FeatureSpec.Feature categorical(String name) {
        return new FeatureSpec.Feature(name, FeatureSpec.Type.CATEGORICAL, levels(name), null);
    }

    private static List<String> levels(String name) {
        return FeatureCatalogue.entry(name).orElseThrow().levels();
    }

    static DataTable load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TrainingDataException("data set " + DATASET + " not found at " + file.toAbsolutePath()
                    + " (set BANYAN_CREDIT_DATA_DIR)");
        } catch (IOException e) {
            throw new TrainingDataException("data set " + DATASET + " cannot be read: " + e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(translate(lines.get(i).trim().split("\\s+"), i + 1));
            }
        }
        return new DataTable(COLUMNS, rows, DATASET + " (" + file.getFileName() + ", " + rows.size() + " rows)");
    }

    private static String[] translate(String[] f, int line) {
        if (f.length != 21) {
            throw new TrainingDataException(FILE + " line " + line + " has " + f.length + " fields, expected 21");
        }
        if (!f[8].matches("A9[1-5]")) {
            throw new TrainingDataException(FILE + " line " + line + ": unknown personal status '" + f[8] + "'");
        }
        return new String[] {code(f[0], line), f[1], code(f[2], line), code(f[3], line), f[4], code(f[5], line),
                code(f[6], line), f[7], f[8], code(f[9], line), f[10], code(f[11], line), f[12],
                code(f[13], line), code(f[14], line), f[15], code(f[16], line), f[17], code(f[18], line),
                code(f[19], line), "2".equals(f[20]) ? "1" : "0"};
    }

    private static String code(String value, int line) {
        String translated = CODES.get(value);
        if (translated == null) {
            throw new TrainingDataException(FILE + " line " + line + ": unknown code '" + value + "'");
        }
        return translated;
    }
}
