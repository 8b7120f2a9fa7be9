package org.banyan.recommendation.support;

/** Product definitions for tests, as the API takes them. */
public final class Products {

    private Products() {
    }

    /** An unconstrained product of a type on the in-app and SMS channels. */
    public static String simple(String id, String type) {
        return """
                {"productId":"%s","name":"%s product","type":"%s","channels":["MOBILE","WEB","SMS"]}
                """.formatted(id, id, type);
    }

    public static String wealth(String id, String riskLevel) {
        return """
                {"productId":"%s","name":"%s fund","type":"WEALTH","riskLevel":"%s","channels":["MOBILE","WEB","SMS"]}
                """.formatted(id, id, riskLevel);
    }
}
