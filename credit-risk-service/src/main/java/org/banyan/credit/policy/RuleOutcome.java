package org.banyan.credit.policy;

import java.util.List;

/** The rules that fired on one application, in rule order, and the rule set version they belong to. */
public record RuleOutcome(int ruleSetVersion, List<RuleHit> hits) {

    public boolean declines() {
        return hits.stream().anyMatch(h -> h.action() == RuleAction.DECLINE);
    }

    public boolean refers() {
        return hits.stream().anyMatch(h -> h.action() == RuleAction.REFER);
    }

    public List<RuleHit> hitsOf(RuleAction action) {
        return hits.stream().filter(h -> h.action() == action).toList();
    }
}
