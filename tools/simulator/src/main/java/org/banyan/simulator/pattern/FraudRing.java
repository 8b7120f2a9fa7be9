package org.banyan.simulator.pattern;

import java.util.List;

/**
 * Synthetic identities that apply for personal loans within days of each other, sharing some contact
 * data, and never pay. {@code applicationDay} is the day index of the first application.
 */
public record FraudRing(String ringId, List<Integer> members, String cityName, boolean sharesPhone,
        boolean sharesDevice, boolean sharesAddress, String phone, String deviceId, String address,
        int applicationDay) {

    public FraudRing {
        members = List.copyOf(members);
    }

    public String sharedAttributes() {
        StringBuilder sb = new StringBuilder();
        if (sharesPhone) {
            sb.append("phone");
        }
        if (sharesDevice) {
            sb.append(sb.isEmpty() ? "" : "|").append("device");
        }
        if (sharesAddress) {
            sb.append(sb.isEmpty() ? "" : "|").append("address");
        }
        return sb.toString();
    }
}
