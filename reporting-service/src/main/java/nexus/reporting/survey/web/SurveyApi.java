package nexus.reporting.survey.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nexus.reporting.survey.ActionPlans;
import nexus.reporting.survey.CampaignView;
import nexus.reporting.survey.Campaigns;
import nexus.reporting.survey.DefinitionView;
import nexus.reporting.survey.Indicator;
import nexus.reporting.survey.SurveyDefinitions;
import nexus.reporting.survey.SurveyResults;
import nexus.reporting.survey.SurveyResults.QuestionResult;
import nexus.reporting.survey.domain.ActionItem;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.web.CurrentUser;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff define surveys, schedule campaigns and read results; hosts keep their action plan. */
@RestController
class SurveyApi {

  private final SurveyDefinitions definitions;
  private final Campaigns campaigns;
  private final SurveyResults results;
  private final ActionPlans actionPlans;

  SurveyApi(
      SurveyDefinitions definitions,
      Campaigns campaigns,
      SurveyResults results,
      ActionPlans actionPlans) {
    this.definitions = definitions;
    this.campaigns = campaigns;
    this.results = results;
    this.actionPlans = actionPlans;
  }

  record QuestionForm(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String id,
      @NotNull QuestionKind kind,
      @NotBlank @Size(max = 500) String textJa,
      @NotBlank @Size(max = 500) String textEn,
      @Size(max = 50) List<@Valid @NotNull OptionForm> options,
      Boolean required,
      @Pattern(regexp = "JOINT_RESEARCH|JOINT_PAPERS|NEW_AGREEMENT|RETURN_VISIT")
          String indicator) {

    Question toQuestion() {
      return new Question(
          id,
          kind,
          textJa,
          textEn,
          options == null
              ? List.of()
              : options.stream()
                  .map(o -> new Question.Option(o.value(), o.labelJa(), o.labelEn()))
                  .toList(),
          Boolean.TRUE.equals(required),
          indicator);
    }
  }

  record OptionForm(
      @NotBlank @Size(max = 40) String value,
      @NotBlank @Size(max = 200) String labelJa,
      @NotBlank @Size(max = 200) String labelEn) {}

  record DefinitionForm(
      @NotBlank @Size(max = 200) String titleJa,
      @NotBlank @Size(max = 200) String titleEn,
      @NotEmpty @Size(max = 100) List<@Valid @NotNull QuestionForm> questions) {}

  record CampaignForm(
      @NotBlank String definitionId,
      @Positive int surveyYear,
      @NotBlank @Size(max = 100) String cron,
      @NotNull Instant opensAt,
      @NotNull Instant closesAt,
      @Size(max = 2) List<@NotNull @Pattern(regexp = "PI|PARTICIPANT") String> roles) {}

  record ActionItemForm(
      @NotBlank @Size(max = 200) String group,
      @Positive int number,
      @NotBlank @Size(max = 1000) String text,
      @NotBlank @Size(max = 200) String owner,
      LocalDate dueDate) {}

  @PostMapping("/api/surveys/definitions")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  @ResponseStatus(HttpStatus.CREATED)
  DefinitionView define(@Valid @RequestBody DefinitionForm form) {
    return definitions.define(
        form.titleJa(),
        form.titleEn(),
        form.questions().stream().map(QuestionForm::toQuestion).toList());
  }

  @GetMapping("/api/surveys/definitions")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  List<DefinitionView> definitions() {
    return definitions.definitions();
  }

  @PostMapping("/api/surveys/campaigns")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  @ResponseStatus(HttpStatus.CREATED)
  CampaignView schedule(@Valid @RequestBody CampaignForm form) {
    return campaigns.schedule(
        form.definitionId(),
        form.surveyYear(),
        form.cron(),
        form.opensAt(),
        form.closesAt(),
        form.roles());
  }

  @GetMapping("/api/surveys/campaigns")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  Page<CampaignView> campaigns(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return campaigns.campaigns(Paging.of(page, size, Sort.by("createdAt").descending()));
  }

  @GetMapping("/api/surveys/campaigns/{id}")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  CampaignView campaign(@PathVariable String id) {
    return campaigns.campaign(id);
  }

  @GetMapping("/api/surveys/campaigns/{id}/results")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  List<QuestionResult> results(@PathVariable String id) {
    return results.results(id);
  }

  @GetMapping("/api/surveys/indicators")
  @PreAuthorize("hasAnyRole('staff-reporting','admin')")
  List<Indicator> indicators() {
    return results.indicators();
  }

  @PutMapping("/api/plans/{planId}/action-plan")
  @PreAuthorize("hasAnyRole('applicant','partner','staff-reporting','admin')")
  List<ActionItem> actionPlan(
      @PathVariable String planId,
      @Valid @RequestBody @Size(max = 200) List<@Valid @NotNull ActionItemForm> items,
      Authentication auth) {
    return actionPlans.setActionPlan(
        planId,
        items.stream()
            .map(i -> new ActionItem(i.group(), i.number(), i.text(), i.owner(), i.dueDate()))
            .toList(),
        CurrentUser.of(auth));
  }
}
