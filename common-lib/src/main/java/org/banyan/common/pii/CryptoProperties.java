package org.banyan.common.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code banyan.crypto.*}: the keys sensitive columns are encrypted with. Keys come from
 * configuration (env {@code BANYAN_CRYPTO_ACTIVE_KEY_ID}, {@code BANYAN_CRYPTO_KEYS_<ID>}), never
 * from the repository. New values are encrypted with the active key; older keys stay listed so
 * values written under them still decrypt (rotation by key id).
 *
 * @param activeKeyId the key id new ciphertexts are written with
 * @param keys        key id → base64 of a 256-bit key
 */
@ConfigurationProperties("banyan.crypto")
public record CryptoProperties(String activeKeyId, Map<String, String> keys) {

    public CryptoProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
