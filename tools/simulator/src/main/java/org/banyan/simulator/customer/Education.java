package org.banyan.simulator.customer;

/** Highest completed education, in the categories Chinese KYC forms use. */
public enum Education {
    PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL_COLLEGE, BACHELOR, MASTER, DOCTORATE;

    public boolean isDegree() {
        return ordinal() >= BACHELOR.ordinal();
    }
}
