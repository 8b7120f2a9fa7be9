package org.banyan.simulator.product;

import java.util.Locale;
import java.util.Optional;

/**
 * The simulated bank's catalogue. Ids are what app product views, campaign messages and feedback carry;
 * the recommendation catalogue should use the same ids (the responder maps unknown ids by prefix).
 */
public enum Product {
    CURRENT("CASA-CURRENT", ProductType.CURRENT_ACCOUNT, 0, false),
    SAVINGS("DEP-SAVINGS", ProductType.SAVINGS, 0, true),
    TIME_DEPOSIT("DEP-TIME-1Y", ProductType.TIME_DEPOSIT, 0, true),
    CARD_CLASSIC("CC-CLASSIC", ProductType.CREDIT_CARD, 0, true),
    CARD_TRAVEL("CC-TRAVEL-GOLD", ProductType.CREDIT_CARD, 0, true),
    CARD_PLATINUM("CC-PLATINUM", ProductType.CREDIT_CARD, 0, true),
    PERSONAL_LOAN("PL-CONSUMER", ProductType.PERSONAL_LOAN, 0, true),
    MORTGAGE("MTG-HOME", ProductType.MORTGAGE, 0, true),
    WEALTH_R1("WM-R1-CASH", ProductType.WEALTH, 1, true),
    WEALTH_R2("WM-R2-BOND", ProductType.WEALTH, 2, true),
    WEALTH_R3("WM-R3-BALANCED", ProductType.WEALTH, 3, true),
    WEALTH_R4("WM-R4-EQUITY", ProductType.WEALTH, 4, true),
    WEALTH_R5("WM-R5-STRUCTURED", ProductType.WEALTH, 5, true),
    INSURANCE_HEALTH("INS-HEALTH", ProductType.INSURANCE, 0, true),
    INSURANCE_LIFE("INS-TERM-LIFE", ProductType.INSURANCE, 0, true),
    INSURANCE_TRAVEL("INS-TRAVEL-ACCIDENT", ProductType.INSURANCE, 0, true);

    private static final Product[] VALUES = values();

    private final String id;
    private final ProductType type;
    private final int riskLevel;
    private final boolean offerable;

    Product(String id, ProductType type, int riskLevel, boolean offerable) {
        this.id = id;
        this.type = type;
        this.riskLevel = riskLevel;
        this.offerable = offerable;
    }

    public String id() {
        return id;
    }

    public ProductType type() {
        return type;
    }

    /** Wealth risk level R1-R5; 0 for other products. */
    public int riskLevel() {
        return riskLevel;
    }

    /** Whether marketing offers it (everyone already has a current account). */
    public boolean offerable() {
        return offerable;
    }

    public String riskLabel() {
        return riskLevel == 0 ? "" : "R" + riskLevel;
    }

    public long bit() {
        return 1L << ordinal();
    }

    /** The affinity column name in ground-truth files, e.g. {@code affinity_cc_classic}. */
    public String affinityColumn() {
        return "affinity_" + id.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    public static Product of(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }

    public static Optional<Product> byId(String id) {
        for (Product p : VALUES) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
