package nexus.review.statistics;

import java.util.List;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.statistics.domain.StatisticsTables;
import org.springframework.stereotype.Service;

/**
 * A call's statistics from its cases: every submitted plan that was not withdrawn is an
 * application; an award is a finalised award decision.
 */
@Service
public class CallStatistics {

  private final ReviewCases cases;

  CallStatistics(ReviewCases cases) {
    this.cases = cases;
  }

  public List<StatisticsTables.Table> of(String callId) {
    return StatisticsTables.of(
        cases.ofCall(callId).stream()
            .filter(c -> !CaseStatus.WITHDRAWN.equals(c.status))
            .map(
                c ->
                    new StatisticsTables.Application(
                        c.counterpartCountries,
                        c.snapshot == null ? null : c.snapshot.field(),
                        c.course,
                        c.institutionType,
                        c.institutionName,
                        CaseStatus.AWARDED.equals(c.status)))
            .toList());
  }
}
