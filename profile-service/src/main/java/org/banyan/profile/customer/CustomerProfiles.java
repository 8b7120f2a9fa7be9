package org.banyan.profile.customer;

import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.pii.FieldCipher;
import org.banyan.profile.privacy.CustomerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Keeps each customer's personal identifiers, encrypted at rest, beside the profile. */
@Service
class CustomerProfiles {

    private final CustomerRepository customers;
    private final FieldCipher cipher;
    CustomerProfiles(CustomerRepository customers, FieldCipher cipher) {
        this.customers = customers;
        this.cipher = cipher;
    }

    /** Stores the identifiers an update carries; must run in the caller's transaction. */
    void keepPersonalData(String customerId, CustomerUpdated update) {
        PersonalData incoming = new PersonalData(update.nationalId(), update.phone());
        PersonalData stored = customers.findForUpdate(customerId).map(e -> e.decrypt(cipher, customerId))
                .orElse(null);
        if (!incoming.equals(stored)) {
            customers.save(customerId, incoming.encrypt(cipher, customerId));
        }
    }

    PersonalData personalData(String customerId) {
        return customers.find(customerId).map(e -> e.decrypt(cipher, customerId)).orElse(PersonalData.NONE);
    }

    /** An erased customer's identifiers go in the erasure's transaction. */
    @EventListener
    void onErased(CustomerErased erased) {
        if (customers.delete(erased.customerId())) {
            erased.removed().set(true);
        }
    }
}
