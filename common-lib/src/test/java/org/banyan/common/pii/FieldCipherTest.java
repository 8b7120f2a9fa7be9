package org.banyan.common.pii;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final String PLACE = "customer:C0000123:national_id";
    private final String keyA = randomKey();
    private final String keyB = randomKey();

    @Test
    void encryptedValueDecryptsToTheOriginal() {
        FieldCipher cipher = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA)));

        String sealed = cipher.encrypt("330106198804120028", PLACE);

        assertThat(sealed).startsWith("enc:v1:a:").doesNotContain("330106198804120028");
        assertThat(cipher.decrypt(sealed, PLACE)).isEqualTo("330106198804120028");
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA)));

        assertThat(cipher.encrypt("13812345678", PLACE)).isNotEqualTo(cipher.encrypt("13812345678", PLACE));
    }

    @Test
    void ciphertextMovedToAnotherCustomerDoesNotDecrypt() {
        FieldCipher cipher = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA)));
        String sealed = cipher.encrypt("330106198804120028", PLACE);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "customer:C0000999:national_id"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decryption failed");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        FieldCipher cipher = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA)));
        String sealed = cipher.encrypt("330106198804120028", PLACE);
        int body = sealed.lastIndexOf(':') + 1;
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(body));
        bytes[20] ^= 0x01;
        String tampered = sealed.substring(0, body) + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered, PLACE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldValuesStillDecryptAndNewOnesUseTheNewKey() {
        String old = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA))).encrypt("13812345678", PLACE);
        FieldCipher rotated = new FieldCipher(new CryptoProperties("b", Map.of("a", keyA, "b", keyB)));

        assertThat(rotated.decrypt(old, PLACE)).isEqualTo("13812345678");
        assertThat(rotated.needsRotation(old)).isTrue();
        assertThat(rotated.encrypt("13812345678", PLACE)).startsWith("enc:v1:b:");
    }

    @Test
    void valueUnderARetiredKeyFailsWithTheKeyIdNamed() {
        String old = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA))).encrypt("13812345678", PLACE);
        FieldCipher withoutA = new FieldCipher(new CryptoProperties("b", Map.of("b", keyB)));

        assertThatThrownBy(() -> withoutA.decrypt(old, PLACE)).hasMessageContaining("No key 'a'");
    }

    @Test
    void missingActiveKeyOrShortKeyRefusesToStart() {
        assertThatThrownBy(() -> new FieldCipher(new CryptoProperties("x", Map.of("a", keyA))))
                .hasMessageContaining("BANYAN_CRYPTO_ACTIVE_KEY_ID");
        assertThatThrownBy(() -> new FieldCipher(new CryptoProperties("a",
                Map.of("a", Base64.getEncoder().encodeToString(new byte[16])))))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void nullStaysNull() {
        FieldCipher cipher = new FieldCipher(new CryptoProperties("a", Map.of("a", keyA)));

        assertThat(cipher.encrypt(null, PLACE)).isNull();
        assertThat(cipher.decrypt(null, PLACE)).isNull();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
