package org.banyan.simulator.response;

import org.banyan.simulator.core.Rng;

import java.util.Locale;

/**
 * How a customer answers an offer, from their hidden affinity for the product. Conversion rises
 * steeply with affinity, so a campaign that reaches high-affinity customers converts several times
 * better than a random one: the uplift the recommendation engine is there to find. Used both for the
 * baseline offers during generation and by the closed-loop responder.
 */
public final class ResponseModel {

    /** The answer to one offer. */
    public enum Response { CONVERSION, CLICK_ONLY, DISMISS, IGNORE }

    private ResponseModel() {
    }

    public static double conversionProbability(double affinity, String channel) {
        double p = 0.006 + 0.65 * StrictMath.pow(Math.max(0, affinity), 2.2) * channelFactor(channel);
        return Math.min(0.6, p);
    }

    /** Clicks include every conversion; dismissals come from those who did not click. */
    public static Response respond(double affinity, String channel, Rng rng) {
        double convert = conversionProbability(affinity, channel);
        double click = Math.min(0.9, 0.03 + 2.2 * convert);
        double u = rng.nextDouble();
        if (u < convert) {
            return Response.CONVERSION;
        }
        if (u < click) {
            return Response.CLICK_ONLY;
        }
        double dismiss = 0.25 + 0.3 * (1 - affinity);
        return rng.chance(dismiss) ? Response.DISMISS : Response.IGNORE;
    }

    private static double channelFactor(String channel) {
        if (channel == null) {
            return 1.0;
        }
        return switch (channel.toUpperCase(Locale.ROOT)) {
            case "PUSH", "APP", "IN_APP", "MOBILE" -> 1.1;
            case "SMS" -> 0.9;
            case "EMAIL" -> 0.7;
            case "BRANCH", "CALL_CENTER", "PHONE" -> 1.2;
            default -> 1.0;
        };
    }
}
