package org.banyan.simulator.customer;

/**
 * Hidden ground truth of a customer: never published, written only to ground-truth files.
 *
 * @param riskPropensity  probability of defaulting within 12 months on a typical personal loan in a
 *                        neutral economy
 * @param digitalActivity mean app sessions per day (0 for customers who never use the app)
 * @param purchaseRate    mean card and QR purchases per day
 * @param cardShare       share of purchases put on the credit card when the customer holds one
 * @param utilisation     typical credit card utilisation the customer runs at
 * @param revolver        pays only the minimum on card statements rather than the full balance
 * @param affinities      appetite per product
 */
public record Traits(double riskPropensity, double digitalActivity, double purchaseRate, double cardShare,
        double utilisation, boolean revolver, Affinities affinities) {

    public double riskLogit() {
        return StrictMath.log(riskPropensity / (1 - riskPropensity));
    }
}
