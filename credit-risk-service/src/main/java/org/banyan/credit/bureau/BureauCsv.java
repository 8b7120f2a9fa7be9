package org.banyan.credit.bureau;

import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banyan.common.error.FieldError;
import org.banyan.credit.web.InvalidFieldsException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a bureau snapshot CSV into files by customer, naming every bad cell by row and column. */
final class BureauCsv {

    static final List<String> COLUMNS = List.of("customer_id", "delinquencies_24m", "inquiries_6m", "external_loans",
            "external_debt_monthly", "oldest_account_months");
    private static final int MAX_ERRORS = 50;

    private BureauCsv() {
    }

    static Map<String, BureauFile> parse(String csv, Validator validator) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, BureauFile> files = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw InvalidFieldsException.of("header", "missing column(s) " + missing, parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                read(row, validator, errors).ifPresent(file -> files.put(row.get("customer_id"), file));
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw InvalidFieldsException.of("body", "is not valid CSV: " + e.getMessage(), null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("The bureau file has invalid cells; nothing was loaded", errors);
        }
        return files;
    }

    private static java.util.Optional<BureauFile> read(CSVRecord row, Validator validator, List<FieldError> errors) {
        String at = "row " + row.getRecordNumber();
        if (!row.get("customer_id").matches("[A-Za-z0-9_-]{1,64}")) {
            errors.add(new FieldError(at + ".customer_id", "must be 1 to 64 letters, digits, '_' or '-'", row.get("customer_id")));
            return java.util.Optional.empty();
        }
        try {
            BureauFile file = new BureauFile(Integer.valueOf(row.get("delinquencies_24m")),
                    Integer.valueOf(row.get("inquiries_6m")), Integer.valueOf(row.get("external_loans")),
                    new BigDecimal(row.get("external_debt_monthly")), Integer.valueOf(row.get("oldest_account_months")));
            validator.validate(file).forEach(v -> errors.add(new FieldError(at + "." + v.getPropertyPath(),
                    v.getMessage(), v.getInvalidValue())));
            return java.util.Optional.of(file);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(at, "every value but customer_id must be a number", row.toList()));
            return java.util.Optional.empty();
        }
    }
}
