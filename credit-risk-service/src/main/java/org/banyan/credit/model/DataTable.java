package org.banyan.credit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A labelled data set as text cells, one array per row, every row as wide as the header. */
record DataTable(List<String> columns, List<String[]> rows, String description) {

    DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    int size() {
        return rows.size();
    }

    Optional<Integer> indexOf(String column) {
        int i = columns.indexOf(column);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        return index;
    }
}
