package org.banyan.common.pii;

/** How one response may show personal data: masked (the default) or, for an audited ADMIN read, in clear. */
public record Disclosure(boolean unmasked) {

    public static final Disclosure MASKED = new Disclosure(false);

    public String show(PersonalField field, String value) {
        return unmasked ? value : field.mask(value);
    }
}
