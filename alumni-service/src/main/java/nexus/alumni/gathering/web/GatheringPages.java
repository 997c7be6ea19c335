package nexus.alumni.gathering.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.GatheringForm;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.gathering.domain.VenueTime;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Members;
import nexus.alumni.membership.domain.Region;
import nexus.alumni.membership.domain.Segment;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** Gathering pages: staff create and invite; members reply or cancel. */
@Controller
class GatheringPages {

  private final Gatherings gatherings;
  private final Members members;
  private final AccessLog accessLog;
  private final Clock clock;

  GatheringPages(Gatherings gatherings, Members members, AccessLog accessLog, Clock clock) {
    this.gatherings = gatherings;
    this.members = members;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * A time zone staff may choose for a venue.
   *
   * @param id region id, e.g. {@code Asia/Bangkok}
   * @param label the id with the zone's name in the viewer's language
   */
  record ZoneChoice(String id, String label) {}

  @GetMapping("/staff/gatherings")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  String staff(Model model) {
    model.addAttribute("gatherings", gatherings.all().stream().map(g -> view(g, null)).toList());
    model.addAttribute("regions", Region.values());
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "zones",
        VenueTime.VENUE_ZONES.stream()
            .map(z -> new ZoneChoice(z.getId(), z.getId() + " — " + VenueTime.zoneName(z, locale)))
            .toList());
    return "gatherings/staff";
  }

  @PostMapping("/staff/gatherings")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  String create(
      @RequestParam String titleJa,
      @RequestParam String titleEn,
      @RequestParam String place,
      @RequestParam String startsAt,
      @RequestParam(defaultValue = "0") int capacity,
      @RequestParam(defaultValue = "both") String language,
      @RequestParam(defaultValue = "Asia/Tokyo") String zone,
      Model model) {
    if (VenueTime.zone(zone).isEmpty()) {
      model.addAttribute("zoneError", "gathering.zone.invalid");
      return staff(model);
    }
    LocalDateTime when;
    try {
      when = LocalDateTime.parse(startsAt);
    } catch (DateTimeParseException e) {
      when = null;
    }
    if (titleJa.isBlank()
        || titleEn.isBlank()
        || place.isBlank()
        || when == null
        || capacity < 1
        || !List.of("ja", "en", "both").contains(language)) {
      model.addAttribute("formError", "gathering.form.invalid");
      return staff(model);
    }
    gatherings.create(new GatheringForm(titleJa, titleEn, place, when, capacity, language, zone));
    return "redirect:/staff/gatherings?created";
  }

  @PostMapping("/staff/gatherings/{id}/invitations")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  String invite(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String countries,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) Integer callYear) {
    gatherings.invite(
        id, new Segment(Arrays.asList(countries.split("[,\\s]+")), region, field, callYear));
    return "redirect:/staff/gatherings?invited";
  }

  @GetMapping("/staff/gatherings/{id}")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  String detail(Authentication auth, @PathVariable String id, Model model) {
    var g = gatherings.find(id).orElseThrow(() -> new NotFoundException("gathering " + id));
    List<String> people = new ArrayList<>(g.going);
    people.addAll(g.waitlist);
    accessLog.listed(CurrentUser.of(auth).subject(), people, "staff-gathering");
    model.addAttribute("gathering", view(g, null));
    model.addAttribute("going", g.going);
    model.addAttribute("waitlist", g.waitlist);
    model.addAttribute("attended", g.attended);
    model.addAttribute("names", members.names(people));
    return "gatherings/detail";
  }

  @PostMapping("/staff/gatherings/{id}/attendance")
  @PreAuthorize("hasAnyRole('staff-alumni','admin')")
  String attendance(
      @PathVariable String id,
      @RequestParam(name = "attended", required = false) List<String> attended) {
    gatherings.recordAttendance(id, attended == null ? List.of() : attended);
    return "redirect:/staff/gatherings/" + id + "?recorded";
  }

  @GetMapping("/gatherings")
  @PreAuthorize("hasRole('alumnus')")
  String mine(Authentication auth, Model model) {
    String me = me(auth);
    model.addAttribute(
        "gatherings", gatherings.invitationsOf(me).stream().map(g -> view(g, me)).toList());
    return "gatherings/mine";
  }

  @PostMapping("/gatherings/{id}/reply")
  @PreAuthorize("hasRole('alumnus')")
  String reply(
      Authentication auth,
      @PathVariable String id,
      @RequestParam(defaultValue = "yes") String answer) {
    String me = me(auth);
    try {
      if ("cancel".equals(answer)) {
        gatherings.cancel(id, me);
      } else {
        gatherings.accept(id, me);
      }
    } catch (RuleViolationException tooLate) {
      // the gathering started (cancel) or is over (reply): the list says so beside it
      return "redirect:/gatherings?tooLate="
          + UriUtils.encodeQueryParam(id, StandardCharsets.UTF_8);
    }
    return "redirect:/gatherings";
  }

  private GatheringView view(GatheringDocument g, String memberId) {
    return GatheringView.of(g, memberId, clock.instant(), LocaleContextHolder.getLocale());
  }

  private String me(Authentication auth) {
    return members
        .bySubject(CurrentUser.of(auth).subject())
        .orElseThrow(() -> new NotFoundException("alumni profile of this login"))
        .id;
  }
}
