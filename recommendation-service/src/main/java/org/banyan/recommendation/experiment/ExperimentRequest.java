package org.banyan.recommendation.experiment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A new experiment: two or more variants whose allocations add up to exactly 100 percent. */
record ExperimentRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @Size(min = 2, max = 10) List<@Valid @NotNull Variant> variants) {

    @AssertTrue(message = "allocations must add up to 100")
    boolean isAllocationsSumTo100() {
        if (variants == null || variants.stream().anyMatch(v -> v == null || v.allocationPercent() == null)) {
            return true;
        }
        return variants.stream().map(Variant::allocationPercent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(new BigDecimal(100)) == 0;
    }

    @AssertTrue(message = "variant names must be unique")
    boolean isVariantNamesUnique() {
        return variants == null || variants.stream().filter(Objects::nonNull).map(Variant::name).distinct().count()
                == variants.stream().filter(Objects::nonNull).count();
    }
}
