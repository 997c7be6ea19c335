package nexus.intake.call.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A call for proposals, all of it data: next year's call, or another program's, is a new file.
 *
 * @param id call id, e.g. {@code ytec-2025}
 * @param programId program id
 * @param fiscalYear the fiscal year of the call
 * @param titleJa title in Japanese
 * @param titleEn title in English
 * @param zone the time zone the call's wall-clock times are in (Asia/Tokyo)
 * @param opensAt application window opens (wall clock in {@code zone})
 * @param closesAt deadline (wall clock in {@code zone}); a submission at this instant is late
 * @param eligibleCountries ISO codes of the eligible counterpart countries
 * @param exchangeStartFrom earliest exchange start
 * @param exchangeStartUntil latest exchange start
 * @param exchangeEndBy latest exchange end
 * @param maxExchangeMonths longest exchange, from its start
 * @param maxStayDaysPerPerson most days per person, summed over visits
 * @param courses course rules by course code
 * @param budget what the call funds
 * @param documents the documents a submission needs, and how they are named
 */
public record Call(
    String id,
    String programId,
    int fiscalYear,
    String titleJa,
    String titleEn,
    ZoneId zone,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    Set<String> eligibleCountries,
    LocalDate exchangeStartFrom,
    LocalDate exchangeStartUntil,
    LocalDate exchangeEndBy,
    int maxExchangeMonths,
    int maxStayDaysPerPerson,
    Map<String, CourseRules> courses,
    BudgetRules budget,
    DocumentRules documents) {

  public Call {
    eligibleCountries = Set.copyOf(eligibleCountries);
    courses = Map.copyOf(courses);
  }

  /** The instant the window opens. */
  public Instant opensAtInstant() {
    return opensAt.atZone(zone).toInstant();
  }

  /** The deadline instant (e.g. 2025-10-15 12:00 JST = 03:00 UTC). */
  public Instant closesAtInstant() {
    return closesAt.atZone(zone).toInstant();
  }

  /** Open from {@code opensAt} inclusive to {@code closesAt} exclusive. */
  public boolean acceptsSubmissionAt(Instant now) {
    return !now.isBefore(opensAtInstant()) && now.isBefore(closesAtInstant());
  }

  public Optional<CourseRules> course(String code) {
    return Optional.ofNullable(courses.get(code));
  }
}
