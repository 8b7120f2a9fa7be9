package org.banyan.credit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What to train. The data comes from exactly one of: an uploaded CSV (multipart part {@code data}), a
 * table of schema {@code training_data} ({@code table}), or a built-in data set ({@code dataset}:
 * {@code german-credit}, whose feature spec is built in too).
 *
 * @param promote make the new version champion when the job succeeds
 * @param delimiter CSV field delimiter, one character (default comma)
 */
record TrainingJobRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be lower-case letters, digits and '-', starting with a letter, at most 40")
        String modelName,
        @Pattern(regexp = GermanCredit.DATASET, message = "must be german-credit") String dataset,
        @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}", message = "must be a lower-case table name in schema training_data") String table,
        FeatureSpec featureSpec,
        TrainingParams params,
        Validation validation,
        Boolean promote,
        @Size(min = 1, max = 1) String delimiter) {

    boolean promoteOnSuccess() {
        return Boolean.TRUE.equals(promote);
    }

    char delimiterChar() {
        return delimiter == null ? ',' : delimiter.charAt(0);
    }

    FeatureSpec effectiveSpec() {
        return featureSpec == null && GermanCredit.DATASET.equals(dataset) ? GermanCredit.featureSpec() : featureSpec;
    }

    TrainingParams effectiveParams() {
        return (params == null ? TrainingParams.DEFAULTS : params).withDefaults();
    }

    Validation effectiveValidation() {
        return (validation == null ? Validation.DEFAULT : validation).withDefaults();
    }
}
