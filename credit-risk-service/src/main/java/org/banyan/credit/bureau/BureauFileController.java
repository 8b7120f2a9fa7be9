package org.banyan.credit.bureau;

import jakarta.validation.constraints.Pattern;
import org.banyan.credit.web.JsonBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/credit/bureau/files/{customerId}}: how the simulator feeds the simulated bureau
 * (ADMIN writes; ADMIN and ANALYST read, as everywhere under /api/v1/credit).
 */
@RestController
@Validated
@RequestMapping("/api/v1/credit/bureau/files")
@ConditionalOnProperty(name = "banyan.credit.bureau.provider", havingValue = "simulated", matchIfMissing = true)
class BureauFileController {

    private final SimulatedBureau bureau;
    private final JsonBinder binder;
    private final jakarta.validation.Validator validator;

    BureauFileController(SimulatedBureau bureau, JsonBinder binder, jakarta.validation.Validator validator) {
        this.bureau = bureau;
        this.binder = binder;
        this.validator = validator;
    }

    @PutMapping("/{customerId}")
    BureauReport put(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String customerId,
            @RequestBody JsonNode body) {
        bureau.save(customerId, binder.bind(body, BureauFile.class));
        return bureau.report(customerId);
    }

    /**
     * Loads a whole bureau snapshot as CSV with the header {@code customer_id, delinquencies_24m,
     * inquiries_6m, external_loans, external_debt_monthly, oldest_account_months} (the simulator's
     * {@code bureau/bureau_snapshot.csv}); every bad cell is reported, and nothing is stored then.
     */
    @PostMapping(consumes = {"text/csv", "text/plain"})
    java.util.Map<String, Integer> load(@RequestBody String csv) {
        return java.util.Map.of("files", bureau.saveAll(BureauCsv.parse(csv, validator)));
    }

    @GetMapping("/{customerId}")
    BureauReport get(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String customerId) {
        return bureau.report(customerId);
    }
}
