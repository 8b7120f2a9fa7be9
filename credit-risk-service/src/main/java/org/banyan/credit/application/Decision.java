package org.banyan.credit.application;

import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.credit.feature.FeatureCatalogue;
import org.banyan.credit.model.ModelScore;
import org.banyan.credit.policy.RuleAction;
import org.banyan.credit.policy.RuleHit;
import org.banyan.credit.policy.RuleOutcome;
import org.banyan.credit.scorecard.Pricing;
import org.banyan.credit.scorecard.ScorecardProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decision on an application, from the rules that fired, the champion's grade band and the offer:
 * a declining rule declines; otherwise a declining band declines; otherwise an application that is not
 * affordable even at the smallest amount declines; otherwise a referring rule or band refers; otherwise
 * it is approved at the offered amount. Reasons: the deciding rules' first, then the model's, at most four.
 */
record Decision(CreditDecisionMade.Decision outcome, Pricing.Offer offer, List<Reason> reasons, List<RuleHit> rulesFired) {

    static final int MAX_REASONS = 4;
    static final FeatureCatalogue.Reason UNAFFORDABLE = FeatureCatalogue.entry("debt_to_income").orElseThrow().reason();
    static final FeatureCatalogue.Reason REDUCED = FeatureCatalogue.entry("loan_to_income").orElseThrow().reason();

    record Reason(String code, String text) {
    }

    static Decision of(RuleOutcome rules, ModelScore score, Supplier<Pricing.Offer> pricing) {
        List<Reason> modelReasons = score.reasons().stream().map(r -> new Reason(r.code(), r.text())).toList();
        if (rules.declines()) {
            return new Decision(CreditDecisionMade.Decision.DECLINE, null,
                    merge(ruleReasons(rules, RuleAction.DECLINE), modelReasons), rules.hits());
        }
        if (score.bandAction() == ScorecardProperties.Action.DECLINE) {
            return new Decision(CreditDecisionMade.Decision.DECLINE, null, merge(List.of(), modelReasons), rules.hits());
        }
        Pricing.Offer offer = pricing.get();
        if (offer.approvedAmount().signum() == 0) {
            return new Decision(CreditDecisionMade.Decision.DECLINE, null,
                    merge(List.of(new Reason(UNAFFORDABLE.code(), UNAFFORDABLE.text())), modelReasons), rules.hits());
        }
        if (rules.refers() || score.bandAction() == ScorecardProperties.Action.REFER) {
            return new Decision(CreditDecisionMade.Decision.REFER, offer,
                    merge(ruleReasons(rules, RuleAction.REFER), modelReasons), rules.hits());
        }
        List<Reason> first = offer.cappedByAffordability() ? List.of(new Reason(REDUCED.code(), REDUCED.text())) : List.of();
        return new Decision(CreditDecisionMade.Decision.APPROVE, offer, merge(first, modelReasons), rules.hits());
    }

    List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }

    private static List<Reason> ruleReasons(RuleOutcome rules, RuleAction action) {
        return rules.hitsOf(action).stream().map(h -> new Reason(h.reasonCode(), h.reasonText())).toList();
    }

    /** First the deciding reasons, then the others, each code once, at most four. */
    private static List<Reason> merge(List<Reason> first, List<Reason> then) {
        Map<String, Reason> merged = new LinkedHashMap<>();
        for (List<Reason> list : List.of(first, then)) {
            for (Reason reason : list) {
                if (merged.size() < MAX_REASONS) {
                    merged.putIfAbsent(reason.code(), reason);
                }
            }
        }
        return new ArrayList<>(merged.values());
    }
}
