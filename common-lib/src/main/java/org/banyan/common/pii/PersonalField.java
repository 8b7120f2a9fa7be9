package org.banyan.common.pii;

import org.banyan.common.masking.Masking;

import java.util.function.UnaryOperator;

/** The kinds of personal data that are masked in responses and encrypted at rest. */
public enum PersonalField {
    NATIONAL_ID(Masking::nationalId),
    PHONE(Masking::phone),
    CARD_OR_ACCOUNT(Masking::cardOrAccount);

    private final UnaryOperator<String> mask;

    PersonalField(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    public String mask(String value) {
        return mask.apply(value);
    }
}
