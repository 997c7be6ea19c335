package nexus.reporting.obligation;

import java.time.Instant;
import java.util.List;

/**
 * A plan's reporting obligation as reporting staff see it.
 *
 * @param planId plan id
 * @param institutionIds institutions that signed an agreement for the plan
 * @param firstSignedAt when the first agreement was signed
 * @param status obligation status
 */
public record ObligationView(
    String planId, List<String> institutionIds, Instant firstSignedAt, String status) {

  static ObligationView of(ObligationDocument d) {
    return new ObligationView(
        d.planId,
        d.institutionIds == null ? List.of() : List.copyOf(d.institutionIds),
        d.firstSignedAt,
        d.status);
  }
}
