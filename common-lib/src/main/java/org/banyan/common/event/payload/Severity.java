package org.banyan.common.event.payload;

/** Shared severity scale of risk signals and alerts. */
public enum Severity { INFO, LOW, MEDIUM, HIGH, CRITICAL }
