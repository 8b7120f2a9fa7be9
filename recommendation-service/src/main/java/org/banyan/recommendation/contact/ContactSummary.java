package org.banyan.recommendation.contact;

import java.util.Set;

/**
 * A customer's recent contact history as the hard filters need it: how often the bank reached them on
 * one channel within the cap window, and which products they dismissed within the cool-down.
 */
public record ContactSummary(int contactsInWindow, Set<String> dismissedProducts) {

    public static final ContactSummary NONE = new ContactSummary(0, Set.of());

    public ContactSummary {
        dismissedProducts = Set.copyOf(dismissedProducts);
    }
}
