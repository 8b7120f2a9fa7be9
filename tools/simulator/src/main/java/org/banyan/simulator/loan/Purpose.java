package org.banyan.simulator.loan;

/**
 * Loan purpose, the categories of the German credit data (attribute 4) with their codes there.
 * {@code amountShift} moves the requested amount (log scale): cars and businesses borrow more.
 */
public enum Purpose {
    CAR_NEW("A40", 0.5), CAR_USED("A41", 0.2), FURNITURE("A42", 0.0), ELECTRONICS("A43", -0.3),
    APPLIANCES("A44", -0.4), RENOVATION("A45", 0.1), EDUCATION("A46", 0.1), RETRAINING("A48", -0.1),
    BUSINESS("A49", 0.4), OTHER("A410", 0.0);

    private final String germanCode;
    private final double amountShift;

    Purpose(String germanCode, double amountShift) {
        this.germanCode = germanCode;
        this.amountShift = amountShift;
    }

    public String germanCode() {
        return germanCode;
    }

    public double amountShift() {
        return amountShift;
    }
}
