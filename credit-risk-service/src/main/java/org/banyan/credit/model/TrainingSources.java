package org.banyan.credit.model;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a training job's rows come from: an uploaded CSV, a table of schema {@code training_data}, or a
 * built-in data set. Each becomes the same {@link DataTable} of text cells.
 */
@Component
class TrainingSources {

    static final String TRAINING_SCHEMA = "training_data";

    private final JdbcClient jdbc;
    private final ModelProperties properties;

    TrainingSources(JdbcClient jdbc, ModelProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    DataTable load(TrainingJobRequest request, String source, byte[] upload) {
        if (upload != null) {
            return CsvTables.read(new ByteArrayInputStream(upload), request.delimiterChar(), source, properties.maxRows());
        }
        if (request.table() != null) {
            return table(request.table());
        }
        if (GermanCredit.DATASET.equals(request.dataset())) {
            return GermanCredit.load(properties.resolvedDataDir());
        }
        throw new TrainingDataException("the job names no data: upload a CSV, or give a table or a dataset");
    }

    private DataTable table(String name) {
        boolean exists = jdbc.sql("""
                        SELECT count(*) FROM information_schema.tables WHERE table_schema = :schema AND table_name = :name""")
                .param("schema", TRAINING_SCHEMA).param("name", name).query(Long.class).single() > 0;
        if (!exists) {
            throw new TrainingDataException("table " + TRAINING_SCHEMA + "." + name + " does not exist");
        }
        List<String> columns = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        // The name matched [a-z_][a-z0-9_]* and exists in the schema, so quoting it is safe.
        jdbc.sql("SELECT * FROM " + TRAINING_SCHEMA + ".\"" + name + "\" LIMIT " + (properties.maxRows() + 1))
                .query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    if (columns.isEmpty()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            columns.add(meta.getColumnName(c));
                        }
                    }
                    String[] row = new String[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        String value = rs.getString(c + 1);
                        row[c] = value == null ? "" : value;
                    }
                    rows.add(row);
                });
        if (rows.size() > properties.maxRows()) {
            throw new TrainingDataException("more than " + properties.maxRows() + " rows in table " + name);
        }
        if (columns.isEmpty()) {
            columns.addAll(jdbc.sql("""
                            SELECT column_name FROM information_schema.columns
                            WHERE table_schema = :schema AND table_name = :name ORDER BY ordinal_position""")
                    .param("schema", TRAINING_SCHEMA).param("name", name).query(String.class).list());
        }
        return new DataTable(columns, rows, "table " + TRAINING_SCHEMA + "." + name + " (" + rows.size() + " rows)");
    }
}
