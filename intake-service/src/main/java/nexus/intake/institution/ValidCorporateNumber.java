package nexus.intake.institution;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nexus.intake.institution.domain.CorporateNumber;

/** A 13-digit corporate number (法人番号) whose check digit is right; blank is left to NotBlank. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCorporateNumber.Check.class)
public @interface ValidCorporateNumber {
  String message() default "{institution.corporateNumber.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself is {@link CorporateNumber}'s. */
  class Check implements ConstraintValidator<ValidCorporateNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || CorporateNumber.parse(value).isPresent();
    }
  }
}
