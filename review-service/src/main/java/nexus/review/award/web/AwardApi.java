package nexus.review.award.web;

import java.util.List;
import nexus.review.award.AwardAdjustment;
import nexus.review.award.Awards;
import nexus.web.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Review staff propose, adjust and finalise a call's awards. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class AwardApi {

  private final Awards awards;

  AwardApi(Awards awards) {
    this.awards = awards;
  }

  @GetMapping("/api/calls/{callId}/awards")
  Awards.AwardView view(@PathVariable String callId) {
    return awards.view(callId);
  }

  @PostMapping("/api/calls/{callId}/awards/proposal")
  @Audited("award.propose")
  Awards.AwardView propose(@PathVariable String callId) {
    return awards.propose(callId);
  }

  record AdjustmentForm(
      String forced,
      Long reducedAmountJpy,
      List<String> conditions,
      Long hostJpy,
      Long partnerJpy) {}

  @PutMapping("/api/calls/{callId}/awards/{planId}")
  @Audited("award.adjust")
  Awards.AwardView adjust(
      @PathVariable String callId, @PathVariable String planId, @RequestBody AdjustmentForm f) {
    return awards.adjust(
        callId,
        planId,
        new AwardAdjustment(
            f.forced(), f.reducedAmountJpy(), f.conditions(), f.hostJpy(), f.partnerJpy()));
  }

  @PostMapping("/api/calls/{callId}/awards/finalise")
  @Audited("award.finalise")
  Awards.AwardView finalise(@PathVariable String callId) {
    return awards.finalise(callId);
  }
}
