package nexus.review.callsettings;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;

/**
 * What review needs to know about a call, set by review staff (defaults until they do).
 *
 * @param callId call id
 * @param reviewersPerPlan k reviewers per eligible plan
 * @param scoringDeadline when reviewers' scores are due
 * @param budgetJpy the program budget for awards
 * @param targetAwards how many plans to award (about 45 across both courses)
 * @param minPerCountry at least this many awards per counterpart country that has applications
 * @param maxPerCountry at most this many awards per counterpart country
 * @param maxPerHostInstitution at most this many awards per Japanese host institution
 * @param maxPerCounterpartInstitution at most this many awards per counterpart institution
 * @param countryMinimums per-country minimums that override {@code minPerCountry}
 */
public record CallSettings(
    @Id String callId,
    int reviewersPerPlan,
    Instant scoringDeadline,
    long budgetJpy,
    int targetAwards,
    int minPerCountry,
    int maxPerCountry,
    int maxPerHostInstitution,
    int maxPerCounterpartInstitution,
    Map<String, Integer> countryMinimums) {

  public CallSettings {
    countryMinimums = countryMinimums == null ? Map.of() : Map.copyOf(countryMinimums);
    if (reviewersPerPlan <= 0) {
      reviewersPerPlan = 3;
    }
  }

  /** Defaults for a call staff have not configured. */
  public static CallSettings defaults(String callId) {
    return new CallSettings(callId, 3, null, 300_000_000L, 45, 0, 45, 2, 2, Map.of());
  }
}
