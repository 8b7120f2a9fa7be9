package org.banyan.profile.customer;

import org.banyan.common.pii.FieldCipher;

/** A customer's identifiers in clear, as they live only in memory; stored encrypted, shown masked. */
record PersonalData(String nationalId, String phone) {

    static final PersonalData NONE = new PersonalData(null, null);

    Encrypted encrypt(FieldCipher cipher, String customerId) {
        return new Encrypted(cipher.encrypt(nationalId, place(customerId, "national_id")),
                cipher.encrypt(phone, place(customerId, "phone")));
    }

    /** The associated data that binds a ciphertext to its customer and column. */
    static String place(String customerId, String column) {
        return "customer:" + customerId + ":" + column;
    }

    record Encrypted(String nationalId, String phone) {

        PersonalData decrypt(FieldCipher cipher, String customerId) {
            return new PersonalData(cipher.decrypt(nationalId, place(customerId, "national_id")),
                    cipher.decrypt(phone, place(customerId, "phone")));
        }
    }
}
