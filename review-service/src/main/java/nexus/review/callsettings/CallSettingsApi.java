package nexus.review.callsettings;

import nexus.web.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Review staff read and set a call's review settings. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class CallSettingsApi {

  private final CallSettingsStore store;

  CallSettingsApi(CallSettingsStore store) {
    this.store = store;
  }

  @GetMapping("/api/calls/{callId}/settings")
  CallSettings get(@PathVariable String callId) {
    return store.of(callId);
  }

  @PutMapping("/api/calls/{callId}/settings")
  @Audited("call.settings")
  CallSettings put(@PathVariable String callId, @RequestBody CallSettings settings) {
    return store.save(
        new CallSettings(
            callId,
            settings.reviewersPerPlan(),
            settings.scoringDeadline(),
            settings.budgetJpy(),
            settings.targetAwards(),
            settings.minPerCountry(),
            settings.maxPerCountry(),
            settings.maxPerHostInstitution(),
            settings.maxPerCounterpartInstitution(),
            settings.countryMinimums()));
  }
}
