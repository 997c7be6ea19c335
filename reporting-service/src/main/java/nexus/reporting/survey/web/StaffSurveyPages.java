package nexus.reporting.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.reporting.survey.ActionItemFollowUp;
import nexus.reporting.survey.CampaignScheduler;
import nexus.reporting.survey.CampaignScheduler.LaunchResult;
import nexus.reporting.survey.CampaignView;
import nexus.reporting.survey.Campaigns;
import nexus.reporting.survey.DefinitionView;
import nexus.reporting.survey.SurveyDefinitions;
import nexus.reporting.survey.SurveyResults;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.web.Audited;
import nexus.web.Paging;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's survey pages: campaigns with response rates and a campaign's results; defining a survey
 * (questions added and removed by the form's own buttons, no script needed); scheduling a campaign;
 * and launching an open-window campaign at once, under the scheduled tick's cluster-wide lock,
 * after a confirmation. The rules are the API's: the same validated records, the same service
 * calls.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class StaffSurveyPages {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final Pattern QUESTION_PARAM = Pattern.compile("questions\\[(\\d{1,3})]\\..+");
  private static final int MAX_QUESTIONS = 100;

  private final SurveyDefinitions definitions;
  private final Campaigns campaigns;
  private final CampaignScheduler scheduler;
  private final SurveyResults results;
  private final ActionItemFollowUp followUp;
  private final MessageSource messages;
  private final Validator validator;
  private final Clock clock;

  StaffSurveyPages(
      SurveyDefinitions definitions,
      Campaigns campaigns,
      CampaignScheduler scheduler,
      SurveyResults results,
      ActionItemFollowUp followUp,
      MessageSource messages,
      Validator validator,
      Clock clock) {
    this.definitions = definitions;
    this.campaigns = campaigns;
    this.scheduler = scheduler;
    this.results = results;
    this.followUp = followUp;
    this.messages = messages;
    this.validator = validator;
    this.clock = clock;
  }

  @GetMapping("/surveys")
  String campaigns(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "campaigns", campaigns.campaigns(Paging.of(page, 50, Sort.by("createdAt").descending())));
    return "survey/campaigns";
  }

  /** A campaign's details and results, with its action plan follow-up (one plan or all). */
  @Audited("survey.respondents.read")
  @GetMapping("/surveys/{id}")
  String results(
      @PathVariable String id,
      @RequestParam(required = false) String plan,
      @RequestParam(defaultValue = "0") int itemsPage,
      Model model) {
    String planId = plan == null || plan.isBlank() ? null : plan.strip();
    model.addAttribute("itemsPlan", planId);
    model.addAttribute(
        "actionItems",
        followUp.rows(
            id, planId, Paging.of(itemsPage, ActionItemViews.PAGE_SIZE, Sort.unsorted())));
    return campaignPage(campaigns.campaign(id), null, model);
  }

  /**
   * Launches the campaign now (its window must be open), once: a second click, or the cron's own
   * time, finds it launched.
   */
  @Audited("survey.launch")
  @PostMapping("/surveys/{id}/launch")
  String launch(
      @PathVariable String id,
      @RequestParam(required = false) String confirm,
      Model model,
      HttpServletResponse response) {
    CampaignView campaign = campaigns.campaign(id);
    if (!"true".equals(confirm)) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return campaignPage(campaign, text("survey.page.launch.confirm-needed"), model);
    }
    LaunchResult result = scheduler.launchNow(id);
    switch (result.outcome()) {
      case LAUNCHED -> {
        return "redirect:/surveys/" + id + "?launched=" + result.respondents();
      }
      case ALREADY_LAUNCHED -> response.setStatus(HttpStatus.CONFLICT.value());
      case BUSY -> response.setStatus(HttpStatus.CONFLICT.value());
      case NOT_OPEN -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
    return campaignPage(
        campaigns.campaign(id),
        messages.getMessage(
            "survey.page.launch." + result.outcome().name(),
            new Object[] {
              format(campaign.opensAt()), format(campaign.closesAt()),
            },
            LocaleContextHolder.getLocale()),
        model);
  }

  private String campaignPage(CampaignView campaign, String launchError, Model model) {
    model.addAttribute("campaign", campaign);
    model.addAttribute("definition", definitions.definitionView(campaign.definitionId()));
    model.addAttribute("results", results.results(campaign.id()));
    model.addAttribute("launchError", launchError);
    model.addAttribute("windowOpen", campaigns.windowOpen(campaign));
    model.addAttribute("itemPlans", followUp.plans(campaign.id()));
    if (!model.containsAttribute("actionItems")) {
      model.addAttribute(
          "actionItems",
          followUp.rows(
              campaign.id(), null, Paging.of(0, ActionItemViews.PAGE_SIZE, Sort.unsorted())));
    }
    return "survey/results";
  }

  // ---- definitions

  @GetMapping("/surveys/definitions")
  String definitions(Model model) {
    model.addAttribute("definitions", definitions.definitions());
    return "survey/definitions";
  }

  @GetMapping("/surveys/definitions/new")
  String newDefinition(Model model) {
    DefinitionInput form =
        new DefinitionInput("", "", new ArrayList<>(List.of(QuestionRow.empty(0))));
    return definitionPage(form, Map.of(), model);
  }

  /**
   * One form, three buttons: add a question, remove question {@code i}, or save. Adding and
   * removing only redraw the form with what was typed; saving applies the API's rules.
   */
  @Audited("survey.define")
  @PostMapping("/surveys/definitions")
  String define(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response) {
    DefinitionInput form = DefinitionInput.from(params);
    if (params.containsKey("add")) {
      if (form.questions().size() < MAX_QUESTIONS) {
        form.questions().add(QuestionRow.empty(form.questions().size()));
      }
      return definitionPage(form, Map.of(), model);
    }
    if (params.containsKey("remove")) {
      int index = parseIndex(params.getFirst("remove"));
      if (index >= 0 && index < form.questions().size()) {
        form.questions().remove(index);
      }
      return definitionPage(form, Map.of(), model);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    SurveyApi.DefinitionForm api = form.toApi(errors, this::text);
    validator
        .validate(api)
        .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
    if (errors.isEmpty()) {
      try {
        DefinitionView saved =
            definitions.define(
                api.titleJa(),
                api.titleEn(),
                api.questions().stream().map(SurveyApi.QuestionForm::toQuestion).toList());
        return "redirect:/surveys/definitions?created=" + saved.id();
      } catch (RuleViolationException e) {
        errors.put(form.fieldOf(e), message(e));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return definitionPage(form, errors, model);
  }

  private String definitionPage(DefinitionInput form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", QuestionKind.values());
    model.addAttribute(
        "indicators", List.of("JOINT_RESEARCH", "JOINT_PAPERS", "NEW_AGREEMENT", "RETURN_VISIT"));
    return "survey/definition-form";
  }

  /** {@code questions[2].options[0].labelJa} is shown beside the question's choices. */
  private static String field(String path) {
    if (path.startsWith("roles")) {
      return "roles";
    }
    return path.replaceFirst("^(questions\\[\\d+])\\.options.*$", "$1.choices");
  }

  private static int parseIndex(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A question as typed into the form; choices one per line as {@code value | 日本語 | English}. */
  public record QuestionRow(
      String id,
      String kind,
      String textJa,
      String textEn,
      boolean required,
      String indicator,
      String choices) {

    static QuestionRow empty(int index) {
      return new QuestionRow("q" + (index + 1), QuestionKind.CHOICE.name(), "", "", false, "", "");
    }
  }

  /** The definition form as typed. */
  public record DefinitionInput(String titleJa, String titleEn, List<QuestionRow> questions) {

    static DefinitionInput from(MultiValueMap<String, String> params) {
      TreeSet<Integer> indexes = new TreeSet<>();
      for (String name : params.keySet()) {
        Matcher m = QUESTION_PARAM.matcher(name);
        if (m.matches()) {
          indexes.add(Integer.parseInt(m.group(1)));
        }
      }
      List<QuestionRow> rows = new ArrayList<>();
      for (int i : indexes) {
        if (rows.size() == MAX_QUESTIONS) {
          break;
        }
        String p = "questions[" + i + "].";
        rows.add(
            new QuestionRow(
                value(params, p + "id"),
                value(params, p + "kind"),
                value(params, p + "textJa"),
                value(params, p + "textEn"),
                "true".equals(params.getFirst(p + "required")),
                value(params, p + "indicator"),
                value(params, p + "choices")));
      }
      return new DefinitionInput(value(params, "titleJa"), value(params, "titleEn"), rows);
    }

    /** The API's record; choice lines that do not parse are reported in {@code errors}. */
    SurveyApi.DefinitionForm toApi(
        Map<String, String> errors, java.util.function.Function<String, String> text) {
      List<SurveyApi.QuestionForm> questions = new ArrayList<>();
      for (int i = 0; i < this.questions.size(); i++) {
        QuestionRow q = this.questions.get(i);
        QuestionKind kind = kind(q.kind());
        List<SurveyApi.OptionForm> options = new ArrayList<>();
        if (kind == QuestionKind.CHOICE) {
          for (String line : q.choices().split("\\R")) {
            if (line.isBlank()) {
              continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
              errors.putIfAbsent(
                  "questions[" + i + "].choices", text.apply("survey.page.choices.format"));
              continue;
            }
            options.add(
                new SurveyApi.OptionForm(parts[0].strip(), parts[1].strip(), parts[2].strip()));
          }
        }
        questions.add(
            new SurveyApi.QuestionForm(
                q.id().strip(),
                kind,
                q.textJa(),
                q.textEn(),
                options,
                q.required(),
                q.indicator().isBlank() ? null : q.indicator()));
      }
      return new SurveyApi.DefinitionForm(titleJa, titleEn, questions);
    }

    /** The field a refusal of the service is about: the question it names. */
    String fieldOf(RuleViolationException e) {
      String id = e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : null;
      int found = -1;
      for (int i = 0; i < questions.size(); i++) {
        if (questions.get(i).id().strip().equals(id)) {
          found = i; // the last one: a duplicate is the second of the two
        }
      }
      if (found < 0) {
        return "questions";
      }
      return switch (e.messageKey()) {
        case "survey.choice-options" -> "questions[" + found + "].choices";
        case "survey.indicator-yes" -> "questions[" + found + "].indicator";
        default -> "questions[" + found + "].id";
      };
    }

    private static QuestionKind kind(String value) {
      try {
        return QuestionKind.valueOf(value);
      } catch (IllegalArgumentException | NullPointerException e) {
        return null;
      }
    }

    private static String value(MultiValueMap<String, String> params, String name) {
      String v = params.getFirst(name);
      return v == null ? "" : v;
    }
  }

  // ---- campaigns

  @GetMapping("/surveys/campaigns/new")
  String newCampaign(@RequestParam(required = false) String definition, Model model) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(JAPAN)).truncatedTo(ChronoUnit.MINUTES);
    CampaignInput form =
        new CampaignInput(
            definition == null ? "" : definition,
            String.valueOf(now.getYear()),
            now.toString(),
            now.plusDays(30).toString(),
            "0 0 9 * * *",
            Campaigns.ROLES);
    return campaignForm(form, Map.of(), model);
  }

  @Audited("survey.schedule")
  @PostMapping("/surveys/campaigns")
  String schedule(
      @RequestParam(defaultValue = "") String definitionId,
      @RequestParam(defaultValue = "") String surveyYear,
      @RequestParam(defaultValue = "") String opensAt,
      @RequestParam(defaultValue = "") String closesAt,
      @RequestParam(defaultValue = "") String cron,
      @RequestParam(required = false) List<String> roles,
      Model model,
      HttpServletResponse response) {
    CampaignInput form =
        new CampaignInput(
            definitionId, surveyYear, opensAt, closesAt, cron, roles == null ? List.of() : roles);
    Map<String, String> errors = new LinkedHashMap<>();
    int year = 0;
    try {
      year = Integer.parseInt(surveyYear.strip());
    } catch (NumberFormatException e) {
      errors.put("surveyYear", text("survey.page.year"));
    }
    Instant opens = instant(opensAt, "opensAt", errors);
    Instant closes = instant(closesAt, "closesAt", errors);
    if (form.roles().isEmpty()) {
      errors.put("roles", text("survey.roles"));
    }
    SurveyApi.CampaignForm api =
        new SurveyApi.CampaignForm(
            definitionId, year, cron.strip(), opens, closes, List.copyOf(form.roles()));
    validator
        .validate(api)
        .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
    if (!definitionId.isBlank()
        && definitions.definitions().stream().noneMatch(d -> d.id().equals(definitionId))) {
      errors.putIfAbsent("definitionId", text("survey.page.definition.unknown"));
    }
    if (errors.isEmpty()) {
      try {
        CampaignView created =
            campaigns.schedule(
                api.definitionId(),
                api.surveyYear(),
                api.cron(),
                api.opensAt(),
                api.closesAt(),
                api.roles());
        return "redirect:/surveys/" + created.id() + "?created";
      } catch (RuleViolationException e) {
        String key =
            switch (e.messageKey()) {
              case "survey.cron" -> "cron";
              case "survey.window" -> "closesAt";
              case "survey.roles" -> "roles";
              default -> "definitionId";
            };
        errors.put(key, message(e));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return campaignForm(form, errors, model);
  }

  private Instant instant(String value, String field, Map<String, String> errors) {
    if (value.isBlank()) {
      return null; // @NotNull says so beside the field
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(JAPAN).toInstant();
    } catch (DateTimeParseException e) {
      errors.put(field, text("survey.page.datetime"));
      return null;
    }
  }

  private String campaignForm(CampaignInput form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("definitions", definitions.definitions());
    return "survey/campaign-form";
  }

  /** The campaign form as typed: times are Japan wall clock ({@code yyyy-MM-ddTHH:mm}). */
  public record CampaignInput(
      String definitionId,
      String surveyYear,
      String opensAt,
      String closesAt,
      String cron,
      List<String> roles) {}

  private static String format(Instant instant) {
    return instant == null
        ? ""
        : LocalDateTime.ofInstant(instant, JAPAN)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString()
            .replace('T', ' ');
  }

  private String message(RuleViolationException e) {
    return messages.getMessage(
        e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
