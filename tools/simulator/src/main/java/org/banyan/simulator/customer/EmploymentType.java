package org.banyan.simulator.customer;

/** How a customer earns, which decides what credits their current account sees. */
public enum EmploymentType {
    /** Monthly payroll credits (SALARY). */
    SALARIED,
    /** Irregular business receipts and supplier payments. */
    SELF_EMPLOYED,
    /** Weekly platform payouts (delivery, ride hailing, freelance). */
    GIG,
    STUDENT,
    /** Monthly pension credits. */
    RETIRED,
    NOT_WORKING
}
