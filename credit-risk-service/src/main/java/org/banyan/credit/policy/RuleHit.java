package org.banyan.credit.policy;

/**
 * A rule that fired, or could not be evaluated ({@code error}: then it refers, failing safe).
 */
public record RuleHit(String code, RuleAction action, String reasonCode, String reasonText, boolean error) {
}
