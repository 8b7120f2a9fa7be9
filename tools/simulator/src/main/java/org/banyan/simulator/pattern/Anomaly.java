package org.banyan.simulator.pattern;

/**
 * One planted anomaly.
 *
 * @param day     simulated day index it starts on
 * @param second  Beijing second of day it starts at
 * @param length  burst size (transactions), spike length (days); 0 where it does not apply
 */
public record Anomaly(String anomalyId, Pattern pattern, int customer, int day, int second, int length,
        String ringId) {
}
