package org.banyan.simulator.transaction;

/**
 * ISO 18245 merchant category codes the simulated customers spend at, with typical ticket size in CNY
 * (log-normal median and log-scale sigma), time-of-day profile, share of card-not-present (online)
 * sales, and how much busier the category is on weekends.
 */
public enum Mcc {
    GROCERY("5411", 120, 0.8, TimeProfile.GROCERY, 0.15, 1.3),
    RESTAURANT("5812", 90, 0.7, TimeProfile.MEALS, 0.05, 1.4),
    FAST_FOOD("5814", 35, 0.5, TimeProfile.MEALS, 0.35, 1.1),
    CONVENIENCE("5499", 30, 0.6, TimeProfile.ALL_DAY, 0.05, 1.0),
    DEPARTMENT_STORE("5311", 350, 0.9, TimeProfile.DAYTIME_RETAIL, 0.2, 1.6),
    FAMILY_CLOTHING("5651", 300, 0.8, TimeProfile.DAYTIME_RETAIL, 0.4, 1.5),
    CLOTHING("5691", 450, 0.8, TimeProfile.DAYTIME_RETAIL, 0.45, 1.5),
    ELECTRONICS("5732", 1500, 1.0, TimeProfile.DAYTIME_RETAIL, 0.6, 1.4),
    PHARMACY("5912", 80, 0.8, TimeProfile.DAYTIME_RETAIL, 0.2, 1.0),
    FUEL("5541", 300, 0.4, TimeProfile.ALL_DAY, 0.0, 1.1),
    COMMUTER_TRANSPORT("4111", 6, 0.5, TimeProfile.COMMUTE, 0.0, 0.6),
    TAXI("4121", 35, 0.6, TimeProfile.COMMUTE, 0.9, 1.1),
    AIRLINE("4511", 1400, 0.6, TimeProfile.ONLINE, 0.85, 1.2),
    HOTEL("7011", 600, 0.7, TimeProfile.ALL_DAY, 0.6, 1.5),
    TRAVEL_AGENCY("4722", 2500, 0.9, TimeProfile.ONLINE, 0.7, 1.2),
    BOOKS("5942", 70, 0.6, TimeProfile.ONLINE, 0.6, 1.2),
    UNIVERSITY("8220", 3000, 1.0, TimeProfile.OFFICE_HOURS, 0.5, 0.3),
    EDUCATION("8299", 1200, 1.0, TimeProfile.OFFICE_HOURS, 0.4, 1.3),
    HOSPITAL("8062", 400, 1.1, TimeProfile.OFFICE_HOURS, 0.1, 0.7),
    COSMETICS("5977", 250, 0.8, TimeProfile.ONLINE, 0.6, 1.3),
    CINEMA("7832", 80, 0.4, TimeProfile.NIGHTLIFE, 0.8, 1.8),
    FITNESS_CLUB("7997", 300, 0.8, TimeProfile.DAYTIME_RETAIL, 0.3, 1.3),
    JEWELRY("5944", 3000, 1.0, TimeProfile.DAYTIME_RETAIL, 0.2, 1.6),
    FURNITURE("5712", 2500, 1.0, TimeProfile.DAYTIME_RETAIL, 0.4, 1.7),
    HOME_SUPPLY("5200", 600, 1.0, TimeProfile.DAYTIME_RETAIL, 0.4, 1.6),
    MISC_RETAIL("5999", 150, 1.0, TimeProfile.DAYTIME_RETAIL, 0.5, 1.2),
    MARKETPLACE("5399", 130, 1.0, TimeProfile.ONLINE, 1.0, 1.1),
    DIGITAL_GAMES("5816", 50, 1.0, TimeProfile.LATE_NIGHT, 1.0, 1.3),
    BAR("5813", 250, 0.8, TimeProfile.NIGHTLIFE, 0.0, 1.8),
    LIQUOR("5921", 400, 1.0, TimeProfile.DAYTIME_RETAIL, 0.4, 1.3),
    COMPUTERS_WHOLESALE("5045", 3000, 1.0, TimeProfile.OFFICE_HOURS, 0.5, 0.4),
    STATIONERY_WHOLESALE("5111", 500, 0.9, TimeProfile.OFFICE_HOURS, 0.5, 0.4),
    WHOLESALE_CLUB("5300", 400, 0.8, TimeProfile.DAYTIME_RETAIL, 0.1, 1.5),
    LOTTERY("7995", 20, 0.7, TimeProfile.NIGHTLIFE, 0.6, 1.2),
    UTILITIES("4900", 180, 0.5, TimeProfile.OFFICE_HOURS, 1.0, 1.0),
    TELECOM("4814", 88, 0.35, TimeProfile.OFFICE_HOURS, 1.0, 1.0),
    INSURANCE("6300", 500, 0.6, TimeProfile.MORNING_BATCH, 1.0, 1.0),
    ATM("6011", 1000, 0.5, TimeProfile.DAYTIME_RETAIL, 0.0, 1.2),
    MONEY_TRANSFER("4829", 2000, 0.8, TimeProfile.ONLINE, 1.0, 1.0);

    private final String code;
    private final double medianAmount;
    private final double sigma;
    private final TimeProfile time;
    private final double onlineShare;
    private final double weekendFactor;

    Mcc(String code, double medianAmount, double sigma, TimeProfile time, double onlineShare, double weekendFactor) {
        this.code = code;
        this.medianAmount = medianAmount;
        this.sigma = sigma;
        this.time = time;
        this.onlineShare = onlineShare;
        this.weekendFactor = weekendFactor;
    }

    public String code() {
        return code;
    }

    public double medianAmount() {
        return medianAmount;
    }

    public double sigma() {
        return sigma;
    }

    public TimeProfile time() {
        return time;
    }

    public double onlineShare() {
        return onlineShare;
    }

    public double weekendFactor() {
        return weekendFactor;
    }

    public boolean isTravel() {
        return this == AIRLINE || this == HOTEL || this == TRAVEL_AGENCY;
    }
}
