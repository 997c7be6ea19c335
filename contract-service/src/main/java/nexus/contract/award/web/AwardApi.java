package nexus.contract.award.web;

import nexus.contract.award.AwardedPlanView;
import nexus.contract.award.AwardedPlans;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contract staff's API over awarded plans. */
@RestController
@RequestMapping("/api/awards")
@PreAuthorize("hasAnyRole('staff-contract','admin')")
class AwardApi {

  private final AwardedPlans awards;

  AwardApi(AwardedPlans awards) {
    this.awards = awards;
  }

  @GetMapping
  Page<AwardedPlanView> page(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return awards.page(Paging.of(page, size, Sort.by("awardedAt").descending()));
  }

  @GetMapping("/{planId}")
  AwardedPlanView one(@PathVariable String planId) {
    return awards.one(planId).orElseThrow(() -> new NotFoundException("award " + planId));
  }
}
