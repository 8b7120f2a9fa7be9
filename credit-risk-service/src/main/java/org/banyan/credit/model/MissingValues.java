package org.banyan.credit.model;

import java.util.Locale;
import java.util.Set;

/** The cell values a data file may use for "not known"; they train and score as missing. */
final class MissingValues {

    private static final Set<String> TOKENS = Set.of("", "na", "n/a", "nan", "null", "?");

    private MissingValues() {
    }

    static boolean isMissing(String cell) {
        return cell == null || TOKENS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }
}
