package nexus.reporting.obligation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.PlanSnapshot;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.HostReports.ListDraft;
import nexus.reporting.obligation.ListRefusedException;
import nexus.reporting.obligation.domain.ListProblem;
import nexus.reporting.obligation.domain.Visit;
import nexus.reporting.obligation.web.ParticipantListPage.PersonRow;
import nexus.reporting.obligation.web.ParticipantListPage.VisitRow;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The host's participant list form (参加者リスト): the confirmed people with their actual visits and the
 * safety checklist of each traveller, prefilled from the list last submitted or else from the
 * awarded plan. People and visits are added and removed with buttons that show the form again, so
 * the page works without a script. Handing in checks the same rules as the API; every problem is
 * shown beside the person or field it names and nothing is stored.
 */
@Controller
@PreAuthorize("hasRole('applicant')")
class ParticipantListPages {

  /** Most people on a list, as the API takes it. */
  static final int MAX_PEOPLE = 200;

  /** Most visits per person, as the API takes them. */
  static final int MAX_VISITS = 20;

  /** The categories in the order the call lists them. */
  static final List<String> CATEGORY_ORDER =
      List.of(
          "HIGH_SCHOOL_STUDENT",
          "TECHNICAL_COLLEGE_STUDENT",
          "UNDERGRADUATE",
          "GRADUATE_STUDENT",
          "POSTDOC",
          "FACULTY",
          "PUBLIC_BODY_STAFF",
          "COMPANY_RESEARCHER");

  private static final Pattern VISIT_PATH =
      Pattern.compile("people\\[(\\d+)]\\.visits\\[(\\d+)]\\.(\\w+)");
  private static final Pattern PERSON_PATH = Pattern.compile("people\\[(\\d+)]\\.(\\w+)");
  private static final Pattern FORM_VISIT_PATH = Pattern.compile("visits\\[(\\d+)]\\.(\\w+)");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final HostReports reports;
  private final ListProblems problems;
  private final MessageSource messages;
  private final Validator validator;

  ParticipantListPages(
      HostReports reports, ListProblems problems, MessageSource messages, Validator validator) {
    this.reports = reports;
    this.problems = problems;
    this.messages = messages;
    this.validator = validator;
  }

  /** A row index past any sensible list ({@code people[100000]}): refused as input. */
  @ExceptionHandler(InvalidPropertyException.class)
  ResponseEntity<String> rowOutOfRange() {
    return ResponseEntity.badRequest()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(text("rforms.rows"));
  }

  @GetMapping("/plans/{planId}/participant-list")
  String form(@PathVariable String planId, Authentication auth, Model model) {
    ListDraft draft = reports.participantListDraft(planId, CurrentUser.of(auth));
    ParticipantListPage form =
        draft.submitted().isEmpty()
            ? ParticipantListPage.ofAwarded(draft.awardedPeople(), country(draft))
            : ParticipantListPage.of(draft.submitted());
    if (form.getPeople().isEmpty()) {
      form.addPerson();
    }
    form.getPeople().stream()
        .filter(p -> p.getVisits().isEmpty())
        .forEach(p -> p.getVisits().add(new VisitRow()));
    return page(draft, form, new FieldMessages(), false, model);
  }

  /**
   * Adds or removes a row ({@code action=add-person}, {@code remove-person-2}, {@code add-visit-0},
   * {@code remove-visit-0-1}) and shows the form again, or hands the list in ({@code action=save},
   * the default).
   */
  @PostMapping("/plans/{planId}/participant-list")
  String submit(
      @PathVariable String planId,
      @ModelAttribute("form") ParticipantListPage form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    ListDraft draft = reports.participantListDraft(planId, user);
    form.normalised();
    List<PersonRow> people = form.getPeople();
    FieldMessages errors = new FieldMessages();
    Matcher m;
    if (action.equals("add-person")) {
      if (people.size() < MAX_PEOPLE) {
        form.addPerson();
      }
      return page(draft, form, errors, false, model);
    } else if ((m = Pattern.compile("remove-person-(\\d+)").matcher(action)).matches()) {
      int i = Integer.parseInt(m.group(1));
      if (i < people.size()) {
        people.remove(i);
      }
      return page(draft, form, errors, false, model);
    } else if ((m = Pattern.compile("add-visit-(\\d+)").matcher(action)).matches()) {
      int i = Integer.parseInt(m.group(1));
      if (i < people.size() && people.get(i).getVisits().size() < MAX_VISITS) {
        people.get(i).getVisits().add(new VisitRow());
      }
      return page(draft, form, errors, false, model);
    } else if ((m = Pattern.compile("remove-visit-(\\d+)-(\\d+)").matcher(action)).matches()) {
      int i = Integer.parseInt(m.group(1));
      int j = Integer.parseInt(m.group(2));
      if (i < people.size() && j < people.get(i).getVisits().size()) {
        people.get(i).getVisits().remove(j);
      }
      return page(draft, form, errors, false, model);
    }

    invalid(form, binding, errors);
    if (errors.isEmpty()) {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < people.size(); i++) {
        if (!people.get(i).blank()) {
          kept.add(i);
        }
      }
      try {
        reports.submitParticipantList(
            planId, kept.stream().map(i -> people.get(i).toForm().toParticipant()).toList(), user);
        return "redirect:/plans/" + planId + "?participantList";
      } catch (ListRefusedException e) {
        e.problems().forEach(p -> place(p, form, kept, errors));
      } catch (RuleViolationException e) {
        errors.add("list", text(e.messageKey(), e.arguments()));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(draft, form, errors, true, model);
  }

  /**
   * What cannot be handed in as typed: values of the wrong type, missing or malformed fields, and
   * the API's own limits, each at its field's id.
   */
  private void invalid(ParticipantListPage form, BindingResult binding, FieldMessages errors) {
    for (FieldError e : binding.getFieldErrors()) {
      errors.addIfFree(idOf(e.getField()), text("rforms.field.invalid"));
    }
    List<PersonRow> people = form.getPeople();
    if (people.size() > MAX_PEOPLE) {
      errors.add("list", text("rforms.list.too-many", MAX_PEOPLE));
    }
    for (int i = 0; i < people.size(); i++) {
      PersonRow p = people.get(i);
      if (p.blank()) {
        continue;
      }
      String id = "person-" + i;
      if (ParticipantListPage.trimmed(p.getName()) == null) {
        errors.addIfFree(id + "-name", text("rforms.required"));
      }
      String country = ParticipantListPage.trimmed(p.getCountry());
      if (country == null) {
        errors.addIfFree(id + "-country", text("rforms.required"));
      } else if (!COUNTRY.matcher(country.toUpperCase(Locale.ROOT)).matches()) {
        errors.addIfFree(id + "-country", text("rforms.list.country"));
      }
      List<Integer> visits = new ArrayList<>();
      for (int j = 0; j < p.getVisits().size(); j++) {
        VisitRow v = p.getVisits().get(j);
        if (v.blank()) {
          continue;
        }
        visits.add(j);
        String vid = id + "-visit-" + j;
        if (v.getStart() == null) {
          errors.addIfFree(vid + "-start", text("rforms.required"));
        }
        if (v.getEnd() == null) {
          errors.addIfFree(vid + "-end", text("rforms.required"));
        }
      }
      if (ParticipantListPage.trimmed(p.getEmergencyName()) != null
          && ParticipantListPage.trimmed(p.getEmergencyPhone()) == null) {
        errors.addIfFree(id + "-emergency-phone", text("rforms.list.phone-needed"));
      }
      for (ConstraintViolation<ParticipantForm> v : validator.validate(p.toForm())) {
        errors.addIfFree(idOf(i, v.getPropertyPath().toString(), visits), v.getMessage());
      }
    }
  }

  /** Puts a refused list's problem beside the person (and field) it names, else on the list. */
  private void place(
      ListProblem problem, ParticipantListPage form, List<Integer> kept, FieldMessages errors) {
    String message = problems.message(problem, LocaleContextHolder.getLocale());
    List<Integer> rows =
        problem.person() == null
            ? List.of()
            : kept.stream()
                .filter(i -> problem.person().equals(form.getPeople().get(i).toForm().name()))
                .toList();
    if (rows.isEmpty()) {
      errors.add("list", message);
      return;
    }
    for (int i : rows) {
      String id = "person-" + i;
      String field =
          switch (problem.code()) {
            case "category" -> id + "-category";
            case "birth-date", "age" -> id + "-birth-date";
            case "chaperone" -> id + "-role";
            case "insurance" -> id + "-insurance";
            case "emergency-contact" -> id + "-emergency-name";
            case "mofa" -> id + "-mofa";
            case "visit-period" -> visitOf(form.getPeople().get(i), id, problem);
            default -> id + "-visits";
          };
      errors.add(field, message);
    }
  }

  /** The visit a period problem names ({@code person-0-visit-1}), else the person's visits. */
  private static String visitOf(PersonRow p, String id, ListProblem problem) {
    try {
      int j =
          p.visitIndex(
              new Visit(
                  LocalDate.parse(problem.arguments().get(0)),
                  LocalDate.parse(problem.arguments().get(1)),
                  null,
                  null));
      return j < 0 ? id + "-visits" : id + "-visit-" + j;
    } catch (RuntimeException unreadable) {
      return id + "-visits";
    }
  }

  /**
   * The element id of a bound field ({@code people[0].visits[1].start} → person-0-visit-1-start).
   */
  static String idOf(String path) {
    Matcher v = VISIT_PATH.matcher(path);
    if (v.matches()) {
      return "person-" + v.group(1) + "-visit-" + v.group(2) + "-" + kebab(v.group(3));
    }
    Matcher p = PERSON_PATH.matcher(path);
    if (p.matches()) {
      return "person-" + p.group(1) + "-" + kebab(p.group(2));
    }
    return "list";
  }

  /**
   * The element id of a person's field as the API form names it ({@code visits[0].start} of the
   * typed visits, {@code safety.emergencyContact}).
   */
  private static String idOf(int person, String path, List<Integer> visits) {
    String id = "person-" + person;
    Matcher v = FORM_VISIT_PATH.matcher(path);
    if (v.matches()) {
      int k = Integer.parseInt(v.group(1));
      return k < visits.size()
          ? id + "-visit-" + visits.get(k) + "-" + kebab(v.group(2))
          : id + "-visits";
    }
    return switch (path) {
      case "safety.emergencyContact" -> id + "-emergency-name";
      case "visits" -> id + "-visits";
      case "participantId", "" -> id;
      default -> id + "-" + kebab(path);
    };
  }

  private static String kebab(String property) {
    return property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private String page(
      ListDraft draft,
      ParticipantListPage form,
      FieldMessages errors,
      boolean refused,
      Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("refused", refused && !errors.isEmpty());
    model.addAttribute("categories", categories(draft, form));
    model.addAttribute("maxPeople", MAX_PEOPLE);
    model.addAttribute("maxVisits", MAX_VISITS);
    return "plans/participant-list";
  }

  /** The course's eligible categories in the call's order, and any other a row already has. */
  private static List<String> categories(ListDraft draft, ParticipantListPage form) {
    List<String> result = new ArrayList<>();
    CATEGORY_ORDER.stream()
        .filter(c -> draft.course() == null || draft.course().eligibleCategories().contains(c))
        .forEach(result::add);
    if (draft.course() != null) {
      draft.course().eligibleCategories().stream()
          .sorted()
          .filter(c -> !result.contains(c))
          .forEach(result::add);
    }
    form.getPeople().stream()
        .map(PersonRow::getCategory)
        .filter(c -> c != null && !c.isBlank() && !result.contains(c))
        .distinct()
        .forEach(result::add);
    return result;
  }

  /** The country of an affiliation the plan knows: a counterpart's, or Japan for the host. */
  private static java.util.function.Function<String, String> country(ListDraft draft) {
    return affiliation -> {
      if (affiliation == null) {
        return null;
      }
      String a = affiliation.strip();
      for (PlanSnapshot.Counterpart c : draft.counterparts()) {
        if (c.institution() != null && c.institution().strip().equalsIgnoreCase(a)) {
          return c.country();
        }
      }
      return draft.hostInstitutionName() != null
              && draft.hostInstitutionName().strip().equalsIgnoreCase(a)
          ? "JP"
          : null;
    };
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
