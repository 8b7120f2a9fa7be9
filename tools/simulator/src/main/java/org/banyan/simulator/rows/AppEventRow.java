package org.banyan.simulator.rows;

import org.banyan.common.event.payload.AppEvent.Channel;

/** One interaction in the mobile app or web banking. {@code productId} and {@code page} may be null. */
public record AppEventRow(long at, int customer, int seq, String sessionId, String name, String productId, String page,
        String deviceId, Channel channel) implements Row {
}
