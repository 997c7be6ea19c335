package nexus.reporting.survey.web;

import java.util.List;
import java.util.Map;
import nexus.reporting.survey.Responses;
import nexus.reporting.survey.SurveyDocuments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A respondent's survey behind their personal link, as JSON (no login: the link's token is the
 * credential). {@code final=true} submits; otherwise the answers are saved for later.
 */
@RestController
class PublicSurveyApi {

  private final Responses responses;

  PublicSurveyApi(Responses responses) {
    this.responses = responses;
  }

  /** Answers by question id and the action items' status. */
  record AnswerForm(Map<String, String> answers, List<SurveyDocuments.ActionAnswer> actionItems) {}

  @GetMapping("/public/api/surveys/{token}")
  Responses.Form open(@PathVariable String token) {
    return responses.open(token);
  }

  @PutMapping("/public/api/surveys/{token}")
  Responses.Form answer(
      @PathVariable String token,
      @RequestParam(name = "final", defaultValue = "false") boolean finalAnswer,
      @RequestBody AnswerForm form) {
    return responses.answer(
        token,
        form.answers() == null ? Map.of() : form.answers(),
        form.actionItems() == null ? List.of() : form.actionItems(),
        finalAnswer);
  }
}
