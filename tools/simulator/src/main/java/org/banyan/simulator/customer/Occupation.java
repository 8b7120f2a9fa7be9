package org.banyan.simulator.customer;

import java.util.Locale;

/**
 * Occupation with its median monthly income in CNY (second-tier city, age about 45) and how strongly it
 * shifts credit risk on the log-odds scale (stable public-sector jobs lower, gig work higher).
 */
public enum Occupation {
    SOFTWARE_ENGINEER(16_000, EmploymentType.SALARIED, -0.3),
    FINANCE_PROFESSIONAL(14_000, EmploymentType.SALARIED, -0.3),
    MEDICAL_STAFF(11_000, EmploymentType.SALARIED, -0.4),
    CIVIL_SERVANT(9_000, EmploymentType.SALARIED, -0.8),
    TEACHER(8_500, EmploymentType.SALARIED, -0.6),
    MANAGER(20_000, EmploymentType.SALARIED, -0.3),
    OFFICE_CLERK(6_500, EmploymentType.SALARIED, 0.0),
    SALES(7_000, EmploymentType.SALARIED, 0.2),
    FACTORY_WORKER(5_500, EmploymentType.SALARIED, 0.2),
    CONSTRUCTION_WORKER(6_500, EmploymentType.SALARIED, 0.4),
    SERVICE_STAFF(4_800, EmploymentType.SALARIED, 0.3),
    DELIVERY_RIDER(7_000, EmploymentType.GIG, 0.5),
    RIDE_HAILING_DRIVER(7_500, EmploymentType.GIG, 0.5),
    FREELANCER(8_000, EmploymentType.GIG, 0.3),
    BUSINESS_OWNER(15_000, EmploymentType.SELF_EMPLOYED, 0.1),
    SHOP_OWNER(8_000, EmploymentType.SELF_EMPLOYED, 0.2),
    FARMER(3_200, EmploymentType.SELF_EMPLOYED, 0.3),
    STUDENT(1_500, EmploymentType.STUDENT, 0.3),
    RETIRED(4_000, EmploymentType.RETIRED, -0.2),
    HOMEMAKER(0, EmploymentType.NOT_WORKING, 0.2),
    UNEMPLOYED(0, EmploymentType.NOT_WORKING, 0.9);

    private final int medianIncome;
    private final EmploymentType employment;
    private final double riskShift;

    Occupation(int medianIncome, EmploymentType employment, double riskShift) {
        this.medianIncome = medianIncome;
        this.employment = employment;
        this.riskShift = riskShift;
    }

    public int medianIncome() {
        return medianIncome;
    }

    public EmploymentType employment() {
        return employment;
    }

    public double riskShift() {
        return riskShift;
    }

    /** The value published on the wire, e.g. {@code software_engineer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
