package nexus.intake.call.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a call definition usable: a window that closes after it opens, exchange bounds in
 * order, positive caps, percentages within 0–100, eligible countries as ISO codes, documents that
 * can be named and stored. Each problem names its field and a message key ({@code call.invalid.*}).
 */
public final class CallValidation {

  /** Uploads above this cannot pass the services' request limits. */
  public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  /**
   * One problem.
   *
   * @param field the form field, e.g. {@code courses[MENTOR].overrunPercent}
   * @param key message key
   */
  public record Problem(String field, String key) {}

  private CallValidation() {}

  public static List<Problem> check(Call c) {
    List<Problem> problems = new ArrayList<>();
    if (blank(c.titleJa())) {
      problems.add(new Problem("titleJa", "call.invalid.required"));
    }
    if (blank(c.titleEn())) {
      problems.add(new Problem("titleEn", "call.invalid.required"));
    }
    if (c.opensAt() == null || c.closesAt() == null) {
      problems.add(new Problem("closesAt", "call.window.required"));
    } else if (!c.closesAt().isAfter(c.opensAt())) {
      problems.add(new Problem("closesAt", "call.window.order"));
    }
    if (c.eligibleCountries().isEmpty()) {
      problems.add(new Problem("eligibleCountries", "call.invalid.countries"));
    }
    for (String country : c.eligibleCountries()) {
      if (country == null || !country.matches("[A-Z]{2}")) {
        problems.add(new Problem("eligibleCountries", "call.invalid.country"));
        break;
      }
    }
    if (c.exchangeStartFrom() == null
        || c.exchangeStartUntil() == null
        || c.exchangeEndBy() == null) {
      problems.add(new Problem("exchangeEndBy", "call.invalid.required"));
    } else if (c.exchangeStartUntil().isBefore(c.exchangeStartFrom())
        || c.exchangeEndBy().isBefore(c.exchangeStartFrom())) {
      problems.add(new Problem("exchangeEndBy", "call.invalid.exchange-order"));
    }
    range(problems, "maxExchangeMonths", c.maxExchangeMonths(), 1, 36);
    range(problems, "maxStayDaysPerPerson", c.maxStayDaysPerPerson(), 1, 366);
    if (c.courses().isEmpty()) {
      problems.add(new Problem("courses", "call.invalid.courses"));
    }
    c.courses()
        .forEach(
            (code, course) -> {
              String at = "courses[" + code + "].";
              range(problems, at + "maxParticipants", course.maxParticipants(), 1, 200);
              if (course.maxAge() != null) {
                range(problems, at + "maxAge", course.maxAge(), 15, 100);
              }
              if (course.eligibleCategories().isEmpty()) {
                problems.add(new Problem(at + "eligibleCategories", "call.invalid.categories"));
              }
              if (course.baseBudgetJpy() < 0) {
                problems.add(new Problem(at + "baseBudgetJpy", "call.invalid.negative"));
              }
              range(problems, at + "overrunPercent", course.overrunPercent(), 0, 100);
            });
    BudgetRules budget = c.budget();
    range(problems, "indirectCapPercent", budget.indirectCapPercent(), 0, 100);
    if (budget.equipmentThresholdJpy() < 0) {
      problems.add(new Problem("equipmentThresholdJpy", "call.invalid.negative"));
    }
    DocumentRules documents = c.documents();
    if (blank(documents.fileNamePattern()) || !documents.fileNamePattern().contains("{kind}")) {
      problems.add(new Problem("fileNamePattern", "call.invalid.file-name"));
    }
    if (documents.maxBytes() < 1 || documents.maxBytes() > MAX_DOCUMENT_BYTES) {
      problems.add(new Problem("maxDocumentMegabytes", "call.invalid.max-bytes"));
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < documents.kinds().size(); i++) {
      DocumentRules.DocumentKind kind = documents.kinds().get(i);
      if (blank(kind.code()) || blank(kind.nameJa()) || blank(kind.nameEn())) {
        problems.add(new Problem("documentKinds[" + i + "]", "call.invalid.required"));
      } else if (!codes.add(kind.code())) {
        problems.add(new Problem("documentKinds[" + i + "]", "call.invalid.kind-duplicate"));
      }
      if (!"ALWAYS".equals(kind.requiredWhen()) && !"FUNDED_PARTNER".equals(kind.requiredWhen())) {
        problems.add(new Problem("documentKinds[" + i + "]", "call.invalid.required-when"));
      }
    }
    return problems;
  }

  private static void range(List<Problem> problems, String field, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(new Problem(field, "call.invalid.range." + min + "-" + max));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
