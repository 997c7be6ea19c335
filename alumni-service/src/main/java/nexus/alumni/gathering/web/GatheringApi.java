package nexus.alumni.gathering.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.GatheringForm;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Members;
import nexus.alumni.membership.domain.Segment;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Gatherings: staff create, invite and record attendance; invited members reply. */
@RestController
class GatheringApi {

  private final Gatherings gatherings;
  private final Members members;
  private final Clock clock;

  GatheringApi(Gatherings gatherings, Members members, Clock clock) {
    this.gatherings = gatherings;
    this.members = members;
    this.clock = clock;
  }

  @PostMapping("/api/gatherings")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  @ResponseStatus(HttpStatus.CREATED)
  GatheringView create(@Valid @RequestBody GatheringForm form) {
    return view(gatherings.create(form), null);
  }

  @GetMapping("/api/gatherings")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  List<GatheringView> all() {
    return gatherings.all().stream().map(g -> view(g, null)).toList();
  }

  @PostMapping("/api/gatherings/{id}/invitations")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  Map<String, Integer> invite(@PathVariable String id, @RequestBody Segment segment) {
    return Map.of("invited", gatherings.invite(id, segment));
  }

  @PostMapping("/api/gatherings/{id}/attendance")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  GatheringView attendance(@PathVariable String id, @RequestBody List<String> memberIds) {
    gatherings.recordAttendance(id, memberIds);
    return view(id, null);
  }

  @GetMapping("/api/me/gatherings")
  @PreAuthorize("hasRole('alumnus')")
  List<GatheringView> mine(Authentication auth) {
    String me = me(auth).id;
    return gatherings.invitationsOf(me).stream().map(g -> view(g, me)).toList();
  }

  @PostMapping("/api/me/gatherings/{id}/reply")
  @PreAuthorize("hasRole('alumnus')")
  GatheringView accept(Authentication auth, @PathVariable String id) {
    String me = me(auth).id;
    gatherings.accept(id, me);
    return view(id, me);
  }

  @DeleteMapping("/api/me/gatherings/{id}/reply")
  @PreAuthorize("hasRole('alumnus')")
  GatheringView cancel(Authentication auth, @PathVariable String id) {
    String me = me(auth).id;
    gatherings.cancel(id, me);
    return view(id, me);
  }

  private GatheringView view(String id, String memberId) {
    return gatherings
        .find(id)
        .map(g -> view(g, memberId))
        .orElseThrow(() -> new NotFoundException("gathering " + id));
  }

  private GatheringView view(GatheringDocument g, String memberId) {
    return GatheringView.of(g, memberId, clock.instant(), LocaleContextHolder.getLocale());
  }

  private MemberDocument me(Authentication auth) {
    return members
        .bySubject(CurrentUser.of(auth).subject())
        .orElseThrow(() -> new NotFoundException("alumni profile of this login"));
  }
}
