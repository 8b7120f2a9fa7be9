package org.banyan.credit.policy;

/** What a rule that fires does to an application: a hard decline, or a referral to a person. */
public enum RuleAction { DECLINE, REFER }
