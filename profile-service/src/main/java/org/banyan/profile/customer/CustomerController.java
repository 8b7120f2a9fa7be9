package org.banyan.profile.customer;

import org.banyan.common.pii.Disclosure;
import org.banyan.common.pii.PersonalDataPolicy;
import org.banyan.common.pii.PersonalField;
import org.banyan.common.security.CustomerAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A customer's basic attributes and identifiers, masked unless an ADMIN asks to see them (audited). */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final CustomerProfiles profiles;
    private final CustomerAccess access;
    private final PersonalDataPolicy personalData;

    CustomerController(CustomerProfiles profiles, CustomerAccess access, PersonalDataPolicy personalData) {
        this.profiles = profiles;
        this.access = access;
        this.personalData = personalData;
    }

    @GetMapping("/{customerId}")
    CustomerView customer(@PathVariable String customerId,
            @RequestParam(defaultValue = "false") boolean unmask) {
        access.requireAccessTo(customerId);
        var snapshot = profiles.snapshot(customerId);
        Disclosure disclosure = personalData.disclosure(customerId, unmask,
                Set.of(PersonalField.NATIONAL_ID, PersonalField.PHONE));
        return new CustomerView(snapshot.customerId(), snapshot.profileVersion(), snapshot.updatedAt(),
                new TreeMap<>(snapshot.attributes().tags()),
                new PersonalDataView(
                        disclosure.show(PersonalField.NATIONAL_ID, snapshot.personalData().nationalId()),
                        disclosure.show(PersonalField.PHONE, snapshot.personalData().phone()),
                        !disclosure.unmasked()));
    }

    record CustomerView(String customerId, long profileVersion, OffsetDateTime updatedAt,
            Map<String, Object> basic, PersonalDataView personalData) {
    }

    record PersonalDataView(String nationalId, String phone, boolean masked) {
    }
}
