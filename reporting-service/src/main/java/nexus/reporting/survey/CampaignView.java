package nexus.reporting.survey;

import java.time.Instant;
import java.util.List;

/**
 * A campaign with its response tracking.
 *
 * @param id campaign id
 * @param definitionId the survey it asks
 * @param surveyYear the year surveyed: exchanges that ended before it
 * @param cron when it acts (Japan time)
 * @param opensAt when its links start to work
 * @param closesAt when they stop
 * @param status {@code SCHEDULED}, {@code OPEN} or {@code CLOSED}
 * @param launchedAt when it was launched
 * @param roles whom it addresses: {@code PI} and/or {@code PARTICIPANT}
 * @param targets respondents invited at launch
 * @param unreachable participants of the surveyed exchanges alumni did not allow to be mailed
 * @param answered final answers
 * @param partial partly saved answers
 * @param responseRatePercent final answers per target, in percent
 */
public record CampaignView(
    String id,
    String definitionId,
    int surveyYear,
    String cron,
    Instant opensAt,
    Instant closesAt,
    String status,
    Instant launchedAt,
    List<String> roles,
    long targets,
    long unreachable,
    long answered,
    long partial,
    double responseRatePercent) {}
