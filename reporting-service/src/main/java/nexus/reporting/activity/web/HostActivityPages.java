package nexus.reporting.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.reporting.activity.ActivityReportForm;
import nexus.reporting.activity.ActivityReportView;
import nexus.reporting.activity.ActivityReports;
import nexus.reporting.activity.ActivityReports.HostReport;
import nexus.reporting.activity.domain.Consent;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The host's activity report page: titles and texts in Japanese and English, the institution type
 * the catalogue filters by, everyone named or pictured with their recorded answer (who confirmed it
 * and when), the plan's participants with their consent state, photos (uploaded, checked by their
 * content, removed after a confirmation) and whether staff could publish the report as it stands.
 * The rules are the API's: the same validated form and the same service calls. Only the plan's host
 * sees it; anyone else gets 404.
 */
@Controller
@PreAuthorize("hasRole('applicant')")
class HostActivityPages {

  private static final Pattern PERSON_PARAM = Pattern.compile("people\\[(\\d{1,3})]\\..+");
  private static final int MAX_PEOPLE = 200;
  static final List<String> INSTITUTION_TYPES =
      List.of(
          "UNIVERSITY",
          "TECHNICAL_COLLEGE",
          "HIGH_SCHOOL",
          "NATIONAL_RESEARCH_INSTITUTE",
          "INDEPENDENT_ADMINISTRATIVE_AGENCY",
          "COMPANY",
          "LOCAL_GOVERNMENT",
          "INCORPORATED_ASSOCIATION_OR_FOUNDATION");

  private final ActivityReports reports;
  private final MessageSource messages;
  private final Validator validator;

  HostActivityPages(ActivityReports reports, MessageSource messages, Validator validator) {
    this.reports = reports;
    this.messages = messages;
    this.validator = validator;
  }

  @GetMapping("/plans/{planId}/activity-report")
  String form(@PathVariable String planId, Authentication auth, Model model) {
    HostReport host = reports.forHost(planId, CurrentUser.of(auth));
    ReportInput input = host.report().map(ReportInput::of).orElseGet(ReportInput::empty);
    return page(host, input, Map.of(), Map.of(), model);
  }

  /**
   * One form, several buttons: add a person (empty, or a participant of the list by name), remove
   * person {@code i}, or save. Adding and removing only redraw the form with what was typed.
   */
  @PostMapping("/plans/{planId}/activity-report")
  String save(
      @PathVariable String planId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    HostReport host = reports.forHost(planId, user);
    ReportInput input = ReportInput.from(params);
    if (params.containsKey("add") || params.containsKey("addPerson")) {
      String name = Optional.ofNullable(params.getFirst("addPerson")).orElse("").strip();
      boolean known =
          input.people().stream().anyMatch(p -> p.name().strip().equalsIgnoreCase(name));
      if (input.people().size() < MAX_PEOPLE && !(known && !name.isEmpty())) {
        input.people().add(new PersonRow(name, ""));
      }
      return page(host, input, Map.of(), Map.of(), model);
    }
    if (params.containsKey("remove")) {
      int index = parseIndex(params.getFirst("remove"));
      if (index >= 0 && index < input.people().size()) {
        input.people().remove(index);
      }
      return page(host, input, Map.of(), Map.of(), model);
    }
    ActivityReportForm form = input.toForm();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < input.people().size(); i++) {
      if (input.people().get(i).consented().isEmpty()) {
        errors.put("people[" + i + "].consented", text("activity.page.consent.choose"));
      }
    }
    validator
        .validate(form)
        .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
    if (errors.isEmpty()) {
      reports.write(planId, form, user);
      return "redirect:/plans/" + planId + "/activity-report?saved";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(host, input, errors, Map.of(), model);
  }

  @PostMapping("/plans/{planId}/activity-report/photos")
  String upload(
      @PathVariable String planId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String captionJa,
      @RequestParam(defaultValue = "") String captionEn,
      @RequestParam(defaultValue = "") String pictured,
      Authentication auth,
      Model model,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = CurrentUser.of(auth);
    HostReport host = reports.forHost(planId, user);
    Map<String, String> photoErrors = new LinkedHashMap<>();
    if (host.report().isEmpty()) {
      photoErrors.put("file", text("activity.page.photo.save-first"));
    } else if (file == null || file.isEmpty()) {
      photoErrors.put("file", text("activity.page.photo.choose"));
    }
    if (captionJa.length() > 500) {
      photoErrors.put("captionJa", text("activity.page.caption.long"));
    }
    if (captionEn.length() > 500) {
      photoErrors.put("captionEn", text("activity.page.caption.long"));
    }
    if (photoErrors.isEmpty()) {
      try {
        reports.addPhoto(
            host.report().orElseThrow().id(),
            file.getBytes(),
            file.getOriginalFilename(),
            captionJa.strip(),
            captionEn.strip(),
            names(pictured),
            user);
        return "redirect:/plans/" + planId + "/activity-report?photoAdded#photos";
      } catch (RuleViolationException e) {
        photoErrors.put("file", message(e));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("photo", new PhotoInput(captionJa, captionEn, pictured));
    ReportInput input = host.report().map(ReportInput::of).orElseGet(ReportInput::empty);
    return page(host, input, Map.of(), photoErrors, model);
  }

  @PostMapping("/plans/{planId}/activity-report/photos/{photoId}/remove")
  String removePhoto(
      @PathVariable String planId,
      @PathVariable String photoId,
      @RequestParam(required = false) String confirm,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    HostReport host = reports.forHost(planId, user);
    ActivityReportView report =
        host.report().orElseThrow(() -> new NotFoundException("photo " + photoId));
    if (!"true".equals(confirm)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          host,
          ReportInput.of(report),
          Map.of(),
          Map.of("remove." + photoId, text("activity.page.photo.remove.confirm-needed")),
          model);
    }
    reports.removePhoto(report.id(), photoId, user);
    return "redirect:/plans/" + planId + "/activity-report?photoRemoved#photos";
  }

  @GetMapping("/plans/{planId}/activity-report/photos/{photoId}")
  @ResponseBody
  ResponseEntity<byte[]> photo(
      @PathVariable String planId, @PathVariable String photoId, Authentication auth) {
    return reports
        .hostPhoto(planId, photoId, CurrentUser.of(auth))
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .header("X-Content-Type-Options", "nosniff")
                    .body(p.bytes()))
        .orElseThrow(() -> new NotFoundException("photo " + photoId));
  }

  private String page(
      HostReport host,
      ReportInput input,
      Map<String, String> errors,
      Map<String, String> photoErrors,
      Model model) {
    Map<String, Consent> saved = new LinkedHashMap<>();
    host.report().ifPresent(r -> r.consents().forEach(c -> saved.put(key(c.name()), c)));
    List<PersonLine> people = new ArrayList<>();
    for (PersonRow p : input.people()) {
      Consent c = saved.get(key(p.name()));
      boolean same = c != null && String.valueOf(c.consented()).equals(p.consented());
      people.add(
          new PersonLine(
              p.name(),
              p.consented(),
              same ? c.confirmedBy() : null,
              same ? c.confirmedAt() : null));
    }
    List<ParticipantLine> participants = new ArrayList<>();
    for (var p : host.plan().participants()) {
      Consent c = saved.get(key(p.name()));
      boolean inForm = input.people().stream().anyMatch(r -> key(r.name()).equals(key(p.name())));
      participants.add(
          new ParticipantLine(
              p.name(),
              p.role(),
              p.country(),
              c == null ? "none" : c.consented() ? "yes" : "no",
              inForm));
    }
    model.addAttribute("plan", host.plan());
    model.addAttribute("report", host.report().orElse(null));
    model.addAttribute("form", input);
    model.addAttribute("people", people);
    model.addAttribute("participants", participants);
    model.addAttribute(
        "problems",
        PublicationProblems.describe(host.problems(), messages, LocaleContextHolder.getLocale()));
    model.addAttribute("errors", errors);
    model.addAttribute("photoErrors", photoErrors);
    model.addAttribute("types", INSTITUTION_TYPES);
    if (!model.containsAttribute("photo")) {
      model.addAttribute("photo", new PhotoInput("", "", ""));
    }
    return "activity/host-form";
  }

  private static List<String> names(String pictured) {
    return Arrays.stream(pictured.split("[,\\n\\r、]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static int parseIndex(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String message(RuleViolationException e) {
    return messages.getMessage(
        e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  /** A person as typed: name and {@code true}, {@code false} or empty (not chosen). */
  public record PersonRow(String name, String consented) {}

  /** A person as shown: what was typed, and who confirmed the saved answer and when. */
  public record PersonLine(
      String name, String consented, String confirmedBy, Instant confirmedAt) {}

  /** A participant of the list with the saved consent state: yes, no or none. */
  public record ParticipantLine(
      String name, String role, String country, String consent, boolean inForm) {}

  /** The photo form as typed (kept when the upload is refused). */
  public record PhotoInput(String captionJa, String captionEn, String pictured) {}

  /** The report form as typed. */
  public record ReportInput(
      String titleJa,
      String titleEn,
      String bodyJa,
      String bodyEn,
      String institutionType,
      List<PersonRow> people) {

    static ReportInput empty() {
      return new ReportInput("", "", "", "", "", new ArrayList<>());
    }

    static ReportInput of(ActivityReportView r) {
      List<PersonRow> people = new ArrayList<>();
      r.consents().forEach(c -> people.add(new PersonRow(c.name(), String.valueOf(c.consented()))));
      return new ReportInput(
          r.titleJa(),
          r.titleEn(),
          r.bodyJa(),
          r.bodyEn(),
          r.institutionType() == null ? "" : r.institutionType(),
          people);
    }

    static ReportInput from(MultiValueMap<String, String> params) {
      TreeSet<Integer> indexes = new TreeSet<>();
      for (String name : params.keySet()) {
        Matcher m = PERSON_PARAM.matcher(name);
        if (m.matches()) {
          indexes.add(Integer.parseInt(m.group(1)));
        }
      }
      List<PersonRow> people = new ArrayList<>();
      for (int i : indexes) {
        if (people.size() == MAX_PEOPLE) {
          break;
        }
        String consented = value(params, "people[" + i + "].consented");
        people.add(
            new PersonRow(
                value(params, "people[" + i + "].name"),
                "true".equals(consented) || "false".equals(consented) ? consented : ""));
      }
      return new ReportInput(
          value(params, "titleJa"),
          value(params, "titleEn"),
          value(params, "bodyJa"),
          value(params, "bodyEn"),
          value(params, "institutionType"),
          people);
    }

    /** The API's form; an unchosen answer stays null (the validation says so beside it). */
    ActivityReportForm toForm() {
      return new ActivityReportForm(
          titleJa,
          titleEn,
          bodyJa,
          bodyEn,
          institutionType.isBlank() ? null : institutionType,
          people.stream()
              .map(
                  p ->
                      new ActivityReportForm.Person(
                          p.name(),
                          p.consented().isEmpty() ? null : Boolean.valueOf(p.consented())))
              .toList());
    }

    private static String value(MultiValueMap<String, String> params, String name) {
      String v = params.getFirst(name);
      return v == null ? "" : v;
    }
  }
}
