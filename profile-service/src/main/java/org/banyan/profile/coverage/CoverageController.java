package org.banyan.profile.coverage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tag coverage for analysts (ADMIN, ANALYST): the latest computed report, or a fresh one on request. */
@RestController
class CoverageController {

    private final TagCoverage coverage;

    CoverageController(TagCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/tags/coverage")
    TagCoverage.Report coverage(@RequestParam(defaultValue = "false") boolean refresh) {
        return refresh ? coverage.refresh() : coverage.report();
    }
}
