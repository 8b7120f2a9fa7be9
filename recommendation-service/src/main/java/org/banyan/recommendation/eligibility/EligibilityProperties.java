package org.banyan.recommendation.eligibility;

import org.banyan.common.event.payload.Severity;
import org.banyan.recommendation.catalogue.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code banyan.recommendation.eligibility.*}: the policy knobs of the hard filters.
 *
 * @param capWindow              window over which contacts are counted per customer and channel
 * @param caps                   most contacts (offers shown, messages sent) per customer on a channel within the window
 * @param defaultCap             cap of a channel not listed in {@code caps}
 * @param coolDown               how long a dismissed product is not offered again to that customer
 * @param riskToleranceTag       profile tag with the customer's assessed risk tolerance (R1..R5 / C1..C5 / 1..5)
 * @param creditGradeTag         profile tag with the customer's credit grade (A best .. G)
 * @param daysPastDueTag         profile tag with current days past due; above zero rules credit offers out
 * @param recentDeclinesTag      profile tag counting recent credit declines; above zero rules credit offers out
 * @param disqualifyingFlags     boolean profile tags that, when true, rule credit offers out
 * @param disqualifyingSignals   risk signal types that rule credit offers out ...
 * @param disqualifyingSeverity  ... from this severity up ...
 * @param signalLookback         ... when raised within this period
 */
@ConfigurationProperties("banyan.recommendation.eligibility")
public record EligibilityProperties(
        @DefaultValue("7d") Duration capWindow,
        Map<Channel, Integer> caps,
        @DefaultValue("50") int defaultCap,
        @DefaultValue("30d") Duration coolDown,
        @DefaultValue("risk_tolerance") String riskToleranceTag,
        @DefaultValue("last_credit_grade") String creditGradeTag,
        @DefaultValue("loan_max_dpd_current") String daysPastDueTag,
        @DefaultValue("credit_declines_90d") String recentDeclinesTag,
        @DefaultValue({"collections_entered_365d", "fraud_suspect_flag"}) Set<String> disqualifyingFlags,
        @DefaultValue({"COLLECTIONS_ENTERED", "LIMIT_FREEZE", "EARLY_DELINQUENCY_RISK", "CHARGE_OFF", "CREDIT_DECLINED"})
        Set<String> disqualifyingSignals,
        @DefaultValue("MEDIUM") Severity disqualifyingSeverity,
        @DefaultValue("180d") Duration signalLookback) {

    public EligibilityProperties {
        caps = caps == null ? Map.of() : Map.copyOf(caps);
    }

    public int capFor(Channel channel) {
        return caps.getOrDefault(channel, defaultCap);
    }
}
