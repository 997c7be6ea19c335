package nexus.intake.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CorporateNumberTest {

  @Test
  void acceptsPublishedCorporateNumbers() {
    // the National Tax Agency's own corporate number, and JST's
    assertThat(CorporateNumber.isValid("7000012050002")).isTrue();
    assertThat(CorporateNumber.isValid("4010005016549")).isTrue();
  }

  @Test
  void refusesAWrongCheckDigitOrWrongLength() {
    assertThat(CorporateNumber.isValid("8000012050002")).isFalse();
    assertThat(CorporateNumber.isValid("700001205000")).isFalse();
    assertThat(CorporateNumber.isValid("70000120500021")).isFalse();
    assertThat(CorporateNumber.isValid("700001205000A")).isFalse();
    assertThatThrownBy(() -> new CorporateNumber("1234567890123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsFullWidthDigitsAndHyphensAsTyped() {
    assertThat(CorporateNumber.parse("７０００-０１２０-５０００２"))
        .hasValue(new CorporateNumber("7000012050002"));
    assertThat(CorporateNumber.parse("7 0000 1205 0002")).isPresent();
    assertThat(CorporateNumber.parse("not a number")).isEmpty();
  }
}
