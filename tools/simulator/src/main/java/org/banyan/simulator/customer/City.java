package org.banyan.simulator.customer;

/**
 * A real Chinese city. {@code regionCode} is the GB/T 2260 code of its central district, the first six
 * digits of national ids issued there.
 *
 * @param tier   1 first-tier, 2 new first-tier, 3 second-tier, 4 third-tier, 5 fourth-tier and below
 * @param weight relative share of the bank's customers living there
 */
public record City(int ordinal, String name, String province, int tier, String regionCode, String district,
        double weight) {
}
