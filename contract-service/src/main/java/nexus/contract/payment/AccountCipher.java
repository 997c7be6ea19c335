package nexus.contract.payment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nexus.contract.ContractProperties;
import nexus.contract.payment.domain.BankAccount;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Encrypts bank accounts at rest with AES-GCM (JCA): a fresh 12-byte nonce per value, the nonce
 * stored in front of the ciphertext and tag. The key comes from configuration.
 */
@Component
class AccountCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  private final ObjectMapper json;

  AccountCipher(ContractProperties properties, ObjectMapper json) {
    if (properties.accountKey() == null || properties.accountKey().isBlank()) {
      throw new IllegalStateException("nexus.contract.account-key is required (base64 AES key)");
    }
    byte[] raw = Base64.getDecoder().decode(properties.accountKey());
    if (raw.length != 16 && raw.length != 32) {
      throw new IllegalStateException("nexus.contract.account-key must be 128 or 256 bits");
    }
    this.key = new SecretKeySpec(raw, "AES");
    this.json = json;
  }

  String encrypt(BankAccount account) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed =
          cipher.doFinal(json.writeValueAsString(account).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a bank account", e);
    }
  }

  BankAccount decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return json.readValue(new String(plain, StandardCharsets.UTF_8), BankAccount.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt a bank account (wrong key?)", e);
    }
  }
}
