package nexus.contract.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import nexus.contract.ContractProperties;
import nexus.contract.payment.domain.BankAccount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AccountCipherTest {

  static final BankAccount ACCOUNT =
      new BankAccount("0005", "ミツビシユーエフジェイ", "123", "ホンゴウ", "1", "7654321", "コクリツダイガクホウジン");

  static AccountCipher cipher(byte[] key) {
    return new AccountCipher(
        new ContractProperties(null, Base64.getEncoder().encodeToString(key), null, null),
        JsonMapper.builder().build());
  }

  @Test
  void anAccountComesBackAsItWentInAndIsNeverStoredInClear() {
    AccountCipher cipher = cipher(new byte[32]);

    String sealed = cipher.encrypt(ACCOUNT);

    assertThat(sealed).doesNotContain("7654321");
    assertThat(
            new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("7654321");
    assertThat(cipher.decrypt(sealed)).isEqualTo(ACCOUNT);
  }

  @Test
  void everyEncryptionUsesAFreshNonce() {
    AccountCipher cipher = cipher(new byte[32]);

    assertThat(cipher.encrypt(ACCOUNT)).isNotEqualTo(cipher.encrypt(ACCOUNT));
  }

  @Test
  void aTamperedValueOrAnotherKeyIsRefused() {
    String sealed = cipher(new byte[32]).encrypt(ACCOUNT);
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(
            () -> cipher(new byte[32]).decrypt(Base64.getEncoder().encodeToString(bytes)))
        .isInstanceOf(IllegalStateException.class);
    byte[] other = new byte[32];
    other[0] = 1;
    assertThatThrownBy(() -> cipher(other).decrypt(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingOrShortKeyStopsTheServiceFromStarting() {
    assertThatThrownBy(() -> cipher(new byte[7])).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                new AccountCipher(
                    new ContractProperties(null, "", null, null), JsonMapper.builder().build()))
        .isInstanceOf(IllegalStateException.class);
  }
}
