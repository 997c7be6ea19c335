package nexus.review.ranking.web;

import java.util.List;
import java.util.Map;
import nexus.review.ranking.Rankings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Review staff read a call's ranking per course. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class RankingApi {

  private final Rankings rankings;

  RankingApi(Rankings rankings) {
    this.rankings = rankings;
  }

  @GetMapping("/api/calls/{callId}/ranking")
  Map<String, List<Rankings.RankedPlan>> ranking(@PathVariable String callId) {
    return rankings.of(callId);
  }
}
