package nexus.review.screening.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nexus.review.screening.Screenings;
import nexus.review.screening.domain.IneligibleKind;
import nexus.review.screening.domain.ScreeningResult;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Review staff screen a case: ineligible kinds ticked and a reason. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ScreeningApi {

  private final Screenings screenings;

  ScreeningApi(Screenings screenings) {
    this.screenings = screenings;
  }

  record ScreeningRequest(List<IneligibleKind> ineligibleKinds, String reason) {}

  @PostMapping("/api/cases/{planId}/screening")
  @Audited("case.screen")
  ScreeningResult screen(
      @PathVariable String planId, @RequestBody ScreeningRequest request, Authentication auth) {
    Set<IneligibleKind> kinds = EnumSet.noneOf(IneligibleKind.class);
    if (request.ineligibleKinds() != null) {
      kinds.addAll(request.ineligibleKinds());
    }
    return screenings.screen(planId, kinds, request.reason(), CurrentUser.of(auth).subject());
  }
}
