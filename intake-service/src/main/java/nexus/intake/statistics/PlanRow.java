package nexus.intake.statistics;

import java.time.Instant;
import java.util.List;

/**
 * One submitted plan as the statistics and exports list it.
 *
 * @param planId plan id
 * @param receiptNumber receipt number
 * @param institutionId host institution id
 * @param institutionName host institution name
 * @param institutionType the institution's type constant, or null when it is not registered
 * @param course course code
 * @param title title
 * @param field research field (may be null)
 * @param countries counterpart countries (ISO codes)
 * @param requestedJpy requested support in yen
 * @param submittedAt submission instant of the current version
 * @param version submission version
 * @param present document kinds uploaded
 * @param missing document kinds the call requires of this plan and that are not uploaded
 */
public record PlanRow(
    String planId,
    String receiptNumber,
    String institutionId,
    String institutionName,
    String institutionType,
    String course,
    String title,
    String field,
    List<String> countries,
    long requestedJpy,
    Instant submittedAt,
    int version,
    List<String> present,
    List<String> missing) {}
