package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/run-local.sh starts every application on the port its application.yml names, with the
 * database it expects, and the local Prometheus configuration scrapes the same ports.
 */
class LocalRunScriptTest {

    /** Rows of BANYAN_APPS in scripts/lib/local-platform.sh: "name|port|heap|database". */
    private static final Pattern ROW = Pattern.compile("\"([a-z-]+)\\|(\\d+)\\|(\\d+[mg])\\|([a-z_-]+)\"");

    @Test
    void startsEveryApplicationOnItsConfiguredPortWithItsDatabase() {
        // given the application table of the local run
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Repository.read("scripts/lib/local-platform.sh"));
        while (m.find()) {
            rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
        }

        // then it lists exactly the deployable applications...
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Application.NAMES);
        for (Application app : Application.all()) {
            String[] row = rows.get(app.name());
            // ...each on its application.yml port, with an explicit heap, and its own database
            assertThat(Integer.parseInt(row[0])).as("%s: local port", app).isEqualTo(app.serverPort());
            assertThat(row[2]).as("%s: local database", app).isEqualTo(app.database().orElse("-"));
        }
    }
}
