package org.banyan.recommendation.experiment;

import org.banyan.recommendation.contact.VariantCounts;
import org.banyan.recommendation.ranking.Strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results of an experiment. The unit is the customer (the unit of randomisation, so observations are
 * independent): rates are customers who clicked or converted over customers who saw an offer. Every
 * other variant is compared with the control (the first variant).
 */
record ExperimentResults(String experimentId, Experiment.Status status, double confidence, List<VariantResult> variants,
        List<Comparison> comparisons, SampleRatioCheck sampleRatio) {

    record VariantResult(String variant, Strategy strategy, BigDecimal allocationPercent, long exposedCustomers,
            long impressions, long clicks, long conversions, long clickingCustomers, long convertingCustomers,
            double clickThroughRate, double conversionRate) {
    }

    record Comparison(String variant, String control, ProportionComparison conversion,
            ProportionComparison clickThrough) {
    }

    static ExperimentResults of(Experiment experiment, List<VariantCounts> counts, double confidence) {
        Map<String, VariantCounts> byVariant = counts.stream()
                .collect(Collectors.toMap(VariantCounts::variant, Function.identity()));
        List<VariantResult> results = experiment.variants().stream()
                .map(v -> result(v, byVariant.getOrDefault(v.name(), new VariantCounts(v.name(), 0, 0, 0, 0, 0, 0))))
                .toList();
        VariantResult control = results.getFirst();
        List<Comparison> comparisons = new ArrayList<>();
        for (VariantResult treatment : results.subList(1, results.size())) {
            if (control.exposedCustomers() > 0 && treatment.exposedCustomers() > 0) {
                comparisons.add(new Comparison(treatment.variant(), control.variant(),
                        ProportionComparison.of(control.convertingCustomers(), control.exposedCustomers(),
                                treatment.convertingCustomers(), treatment.exposedCustomers(), confidence),
                        ProportionComparison.of(control.clickingCustomers(), control.exposedCustomers(),
                                treatment.clickingCustomers(), treatment.exposedCustomers(), confidence)));
            }
        }
        long[] observed = results.stream().mapToLong(VariantResult::exposedCustomers).toArray();
        double[] shares = experiment.variants().stream()
                .mapToDouble(v -> v.allocationPercent().doubleValue() / 100).toArray();
        return new ExperimentResults(experiment.experimentId(), experiment.status(), confidence, results, comparisons,
                SampleRatioCheck.of(observed, shares));
    }

    private static VariantResult result(Variant variant, VariantCounts c) {
        long exposed = c.exposedCustomers();
        return new VariantResult(variant.name(), variant.strategy(), variant.allocationPercent(), exposed,
                c.impressions(), c.clicks(), c.conversions(), c.clickingCustomers(), c.convertingCustomers(),
                exposed == 0 ? 0 : (double) c.clickingCustomers() / exposed,
                exposed == 0 ? 0 : (double) c.convertingCustomers() / exposed);
    }
}
