package org.banyan.simulator.loan;

/** Present employment since, bucketed as in the German credit data (attribute 7). */
public enum EmploymentLength {
    UNEMPLOYED("A71"), LT_1Y("A72"), Y1_TO_4("A73"), Y4_TO_7("A74"), GE_7Y("A75");

    private final String germanCode;

    EmploymentLength(String germanCode) {
        this.germanCode = germanCode;
    }

    public String germanCode() {
        return germanCode;
    }

    public static EmploymentLength of(boolean working, double years) {
        if (!working) {
            return UNEMPLOYED;
        }
        return years < 1 ? LT_1Y : years < 4 ? Y1_TO_4 : years < 7 ? Y4_TO_7 : GE_7Y;
    }
}
