package nexus.contract.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nexus.contract.casefile.domain.Actor;
import nexus.contract.casefile.domain.Budget;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

/** Request bodies of the contract API. */
final class Requests {

  private Requests() {}

  static Actor actor(Authentication auth) {
    CurrentUser u = CurrentUser.of(auth);
    return new Actor(u.subject(), u.name(), u.institutionId());
  }

  /** Irreversible steps (sign, approve, disburse, confirm a refund) must say they are meant. */
  static void requireConfirmed(Boolean confirm) {
    if (!Boolean.TRUE.equals(confirm)) {
      throw new RuleViolationException(HttpStatus.PRECONDITION_REQUIRED, "confirm.required");
    }
  }

  record ConditionRequest(@NotBlank @Size(max = 2000) String text) {}

  record Decision(boolean approve, @Size(max = 4000) String comment, Boolean confirm) {}

  record Confirmation(Boolean confirm) {}

  record SignatureRequest(@Size(max = 64) String sha256, Boolean confirm) {}

  record BudgetRequest(
      @PositiveOrZero long suppliesJpy,
      @PositiveOrZero long honorariaJpy,
      @PositiveOrZero long travelJpy,
      @PositiveOrZero long otherJpy,
      @PositiveOrZero long indirectJpy) {
    Budget toBudget() {
      return new Budget(suppliesJpy, honorariaJpy, travelJpy, otherJpy, indirectJpy);
    }
  }

  record WorkPlanRequest(
      @NotNull @Valid BudgetRequest budget,
      @NotNull LocalDate start,
      @NotNull LocalDate end,
      @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants) {}

  record AmendmentRequest(
      @NotNull @Valid BudgetRequest budget,
      @NotNull LocalDate start,
      @NotNull LocalDate end,
      @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants,
      @NotBlank @Size(max = 4000) String reason) {}

  record AccountRequest(
      @NotBlank String bankCode,
      @NotBlank String bankName,
      @NotBlank String branchCode,
      @NotBlank String branchName,
      @NotBlank String accountType,
      @NotBlank String accountNumber,
      @NotBlank String holderKana) {}

  record PaymentRequest(@NotBlank String agreementId, @NotNull @Valid AccountRequest account) {}
}
