package org.banyan.profile.customer;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.pii.Disclosure;
import org.banyan.common.pii.PersonalDataPolicy;
import org.banyan.common.pii.PersonalField;
import org.banyan.common.security.CustomerAccess;
import org.banyan.common.security.Role;
import org.banyan.profile.catalog.Dimension;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.catalog.TagDefinition;
import org.banyan.profile.catalog.ValueType;
import org.banyan.profile.tagging.Profile;
import org.banyan.profile.tagging.ProfileEngine;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A customer's profile: tags grouped by dimension with the profile's version and update time, now or
 * as of a past instant; personal data masked unless an ADMIN asks to see it (audited).
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    /** External tags that are the customer's own choice, which their app may set for them. */
    static final Set<String> CUSTOMER_PREFERENCES = Set.of("preferred_language", "do_not_contact");

    private final ProfileEngine engine;
    private final TagCatalog catalog;
    private final CustomerProfiles customers;
    private final CustomerAccess access;
    private final PersonalDataPolicy personalData;

    CustomerController(ProfileEngine engine, TagCatalog catalog, CustomerProfiles customers, CustomerAccess access,
            PersonalDataPolicy personalData) {
        this.engine = engine;
        this.catalog = catalog;
        this.customers = customers;
        this.access = access;
        this.personalData = personalData;
    }

    @GetMapping("/{customerId}")
    CustomerView customer(@PathVariable String customerId, @RequestParam(defaultValue = "false") boolean unmask,
            @RequestParam(required = false) Instant asOf) {
        access.requireAccessTo(customerId);
        Profile profile = (asOf == null ? engine.find(customerId) : engine.asOf(customerId, asOf))
                .orElseThrow(() -> BanyanException.notFound("Customer", customerId));
        Disclosure disclosure = personalData.disclosure(customerId, unmask,
                Set.of(PersonalField.NATIONAL_ID, PersonalField.PHONE));
        PersonalData identifiers = customers.personalData(customerId);
        Map<Dimension, Map<String, TagView>> dimensions = new EnumMap<>(Dimension.class);
        Map<String, Object> basic = new TreeMap<>();
        profile.tags().forEach((code, value) -> catalog.find(code).ifPresent(tag -> {
            Object shown = show(tag, value, disclosure);
            dimensions.computeIfAbsent(tag.dimension(), d -> new LinkedHashMap<>())
                    .put(code, new TagView(shown, tag.version()));
            if (tag.dimension() == Dimension.BASIC) {
                basic.put(code, shown);
            }
        }));
        return new CustomerView(profile.customerId(), profile.profileVersion(), profile.asOf(), profile.updatedAt(),
                dimensions, basic, new PersonalDataView(
                        disclosure.show(PersonalField.NATIONAL_ID, identifiers.nationalId()),
                        disclosure.show(PersonalField.PHONE, identifiers.phone()), !disclosure.unmasked()));
    }

    /** Sets an EXTERNAL tag (preferred language, do-not-contact, service segment, relationship manager). */
    @PutMapping("/{customerId}/tags/{code}")
    Map<String, Object> setTag(@PathVariable String customerId, @PathVariable String code,
            @RequestBody TagValue body) {
        access.requireAccessTo(customerId);
        if (!isStaff() && !CUSTOMER_PREFERENCES.contains(code)) {
            throw new BanyanException(ProblemCode.FORBIDDEN, "An app may set only the customer's own preferences "
                    + CUSTOMER_PREFERENCES + "; '" + code + "' is set by bank staff");
        }
        Profile profile = engine.setExternal(customerId, code, body.value());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customerId", customerId);
        view.put("profileVersion", profile.profileVersion());
        view.put(code, ValueType.toJson(profile.tags().get(code)));
        return view;
    }

    private static boolean isStaff() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority())
                        || Role.FRONTLINE.authority().equals(a.getAuthority()));
    }

    private static Object show(TagDefinition tag, Object value, Disclosure disclosure) {
        if (tag.personal() && !disclosure.unmasked() && value instanceof LocalDate date) {
            return date.getYear() + "-**-**";
        }
        return ValueType.toJson(value);
    }

    record TagValue(Object value) {
    }

    record TagView(Object value, int tagVersion) {
    }

    record CustomerView(String customerId, long profileVersion, LocalDate asOf, OffsetDateTime updatedAt,
            Map<Dimension, Map<String, TagView>> dimensions, Map<String, Object> basic,
            PersonalDataView personalData) {
    }

    record PersonalDataView(String nationalId, String phone, boolean masked) {
    }
}
