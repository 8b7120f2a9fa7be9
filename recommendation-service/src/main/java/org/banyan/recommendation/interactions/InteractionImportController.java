package org.banyan.recommendation.interactions;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Seeds the engine from a bank's history: the request body is streamed straight into the database, so
 * files of millions of rows need no memory beyond a buffer. Runs while the caller waits and answers with
 * the counts, because a load is one transaction that either happened or did not.
 */
@RestController
class InteractionImportController {

    private final InteractionCsvImporter importer;

    InteractionImportController(InteractionCsvImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/jobs/recommendation-interactions-import", consumes = {"text/csv", "text/plain"})
    InteractionCsvImporter.ImportResult load(InputStream body,
            @RequestParam(defaultValue = "false") boolean skipUnknownProducts) throws IOException {
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            return importer.load(reader, skipUnknownProducts);
        }
    }
}
