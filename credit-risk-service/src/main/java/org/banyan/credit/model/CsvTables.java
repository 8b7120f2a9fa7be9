package org.banyan.credit.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a labelled CSV upload: UTF-8, a header row naming every column, comma-separated (or the
 * delimiter given), quotes as in RFC 4180. Anything that makes the table ambiguous is refused with
 * the reason, so a training job fails early and says why.
 */
final class CsvTables {

    private CsvTables() {
    }

    static DataTable read(InputStream in, char delimiter, String description, int maxRows) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, decoder), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new TrainingDataException("bad header: the file is empty");
            }
            List<String> header = header(records.next());
            List<String[]> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != header.size()) {
                    throw new TrainingDataException("row " + record.getRecordNumber() + " has " + record.size()
                            + " fields, the header has " + header.size());
                }
                if (rows.size() == maxRows) {
                    throw new TrainingDataException("more than " + maxRows + " rows; train from a table instead");
                }
                rows.add(record.values());
            }
            return new DataTable(header, rows, description);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static TrainingDataException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new TrainingDataException("the file is not UTF-8 text");
        }
        return new TrainingDataException("the file is not valid CSV: " + e.getMessage());
    }

    private static List<String> header(CSVRecord first) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!name.matches("[A-Za-z][A-Za-z0-9_.]{0,63}")) {
                throw new TrainingDataException("bad header: column " + (i + 1) + " is named '" + name
                        + "'; names start with a letter and use letters, digits, '_' or '.'");
            }
            if (!seen.add(name)) {
                throw new TrainingDataException("bad header: column '" + name + "' appears twice");
            }
            header.add(name);
        }
        return header;
    }
}
