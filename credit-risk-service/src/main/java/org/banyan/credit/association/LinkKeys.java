package org.banyan.credit.association;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keyed hashes of normalised contact details: two spellings of one phone number or address hash alike,
 * and nobody without the key can tell which number a hash stands for.
 */
final class LinkKeys {

    private final SecretKeySpec key;

    LinkKeys(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Kind (PHONE, DEVICE, ADDRESS) to keyed hash, for the details present. */
    Map<String, byte[]> of(Contact contact) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        put(keys, "PHONE", phone(contact.phone()));
        put(keys, "DEVICE", contact.deviceId() == null ? null : contact.deviceId().strip().toLowerCase(Locale.ROOT));
        put(keys, "ADDRESS", address(contact.address()));
        return keys;
    }

    /** Digits only, and the last 11 of them: "+86 138-1234-5678" and "13812345678" are one phone. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
    }

    /** Lower case, letters and digits only, so punctuation and spacing do not split one address. */
    static String address(String address) {
        if (address == null) {
            return null;
        }
        return address.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }

    private void put(Map<String, byte[]> keys, String kind, String normalised) {
        if (normalised != null && !normalised.isEmpty()) {
            keys.put(kind, hmac(kind + ":" + normalised));
        }
    }

    private byte[] hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
