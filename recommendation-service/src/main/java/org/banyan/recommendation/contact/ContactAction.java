package org.banyan.recommendation.contact;

/**
 * What happened in a contact: the bank {@link #SENT} a campaign message or showed an offer
 * ({@link #IMPRESSION}); the customer clicked, converted or dismissed it.
 */
public enum ContactAction {
    SENT, IMPRESSION, CLICK, CONVERSION, DISMISS;

    /** Whether the bank reached out (what frequency caps count), as opposed to the customer responding. */
    public boolean isContact() {
        return this == SENT || this == IMPRESSION;
    }
}
