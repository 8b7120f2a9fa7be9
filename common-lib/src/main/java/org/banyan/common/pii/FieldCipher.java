package org.banyan.common.pii;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * AES-256-GCM encryption of single column values. A ciphertext reads
 * {@code enc:v1:<keyId>:<base64(iv ‖ ciphertext ‖ tag)>}: the key id lets old values decrypt after
 * the active key rotates. The associated data binds a value to its place (e.g.
 * {@code customer:C0000123:national_id}), so a ciphertext copied to another row or column fails to
 * decrypt instead of passing as someone else's data.
 */
public class FieldCipher {

    private static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final String activeKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(CryptoProperties properties) {
        Map<String, SecretKey> parsed = new HashMap<>();
        properties.keys().forEach((id, encoded) -> parsed.put(id, key(id, encoded)));
        if (properties.activeKeyId() == null || !parsed.containsKey(properties.activeKeyId())) {
            throw new IllegalStateException("banyan.crypto.active-key-id must name one of banyan.crypto.keys "
                    + "(env BANYAN_CRYPTO_ACTIVE_KEY_ID and BANYAN_CRYPTO_KEYS_<ID>=base64 of 32 random bytes)");
        }
        this.activeKeyId = properties.activeKeyId();
        this.keys = Map.copyOf(parsed);
    }

    public String encrypt(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, associatedData,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return PREFIX + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
    }

    public String decrypt(String ciphertext, String associatedData) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a Banyan ciphertext");
        }
        int colon = ciphertext.indexOf(':', PREFIX.length());
        String keyId = ciphertext.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No key '" + keyId + "' configured to decrypt this value");
        }
        byte[] in = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        byte[] iv = Arrays.copyOfRange(in, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(in, IV_BYTES, in.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, associatedData, sealed), StandardCharsets.UTF_8);
    }

    /** Whether a value was written under an older key and should be re-encrypted. */
    public boolean needsRotation(String ciphertext) {
        return ciphertext != null && !ciphertext.startsWith(PREFIX + activeKeyId + ":");
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field " + (mode == Cipher.ENCRYPT_MODE ? "encryption" : "decryption")
                    + " failed (wrong key, tampered value or wrong associated data)", e);
        }
    }

    private static SecretKey key(String id, String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded.trim());
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("Key '" + id + "' must be 32 bytes (base64 of 256 bits), got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
