package org.banyan.credit.model;

import java.nio.file.Path;

/** Where the shared data sets are: surefire passes {@code banyan.credit.models.data-dir} (../shared/data of the repo). */
final class TestData {

    private TestData() {
    }

    static Path directory() {
        return Path.of(System.getProperty("banyan.credit.models.data-dir", "../../shared/data"));
    }
}
