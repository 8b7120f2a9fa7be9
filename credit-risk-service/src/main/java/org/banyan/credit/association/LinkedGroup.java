package org.banyan.credit.association;

/**
 * The recent applications linked to a new one through shared contact details, directly or in a chain.
 *
 * @param applications         other applications in the group
 * @param customers            other customers in the group
 * @param declinedApplications applications in the group that were declined automatically
 * @param defaultedCustomers   customers in the group who defaulted on a loan here
 */
public record LinkedGroup(int applications, int customers, int declinedApplications, int defaultedCustomers) {

    public static final LinkedGroup NONE = new LinkedGroup(0, 0, 0, 0);
}
