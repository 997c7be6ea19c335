package nexus.reporting.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.reporting.survey.AnswersRefusedException;
import nexus.reporting.survey.Responses;
import nexus.reporting.survey.SurveyClosedException;
import nexus.reporting.survey.SurveyDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The survey page behind a personal link: questions in the respondent's language, the action plan
 * items for PIs, save for later or send. Field names: {@code q.<questionId>}, {@code
 * ai.<itemKey>.status}, {@code ai.<itemKey>.note}.
 */
@Controller
class PublicSurveyPages {

  private final Responses responses;
  private final MessageSource messages;

  PublicSurveyPages(Responses responses, MessageSource messages) {
    this.responses = responses;
    this.messages = messages;
  }

  @GetMapping("/public/surveys/{token}")
  String form(@PathVariable String token, Model model) {
    model.addAttribute("form", responses.open(token));
    model.addAttribute("problems", Map.of());
    return page(model);
  }

  @PostMapping("/public/surveys/{token}")
  String answer(
      @PathVariable String token,
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response) {
    Map<String, String> answers = new HashMap<>();
    Map<String, String[]> items = new HashMap<>();
    params.forEach(
        (name, values) -> {
          String value = values.isEmpty() ? null : values.get(0);
          if (name.startsWith("q.")) {
            answers.put(name.substring(2), value);
          } else if (name.startsWith("ai.") && name.endsWith(".status")) {
            items.computeIfAbsent(key(name, ".status"), k -> new String[2])[0] = value;
          } else if (name.startsWith("ai.") && name.endsWith(".note")) {
            items.computeIfAbsent(key(name, ".note"), k -> new String[2])[1] = value;
          }
        });
    List<SurveyDocuments.ActionAnswer> actions = new ArrayList<>();
    items.forEach(
        (k, v) -> {
          if (v[0] != null && !v[0].isBlank()) {
            actions.add(new SurveyDocuments.ActionAnswer(k, v[0], v[1]));
          }
        });
    try {
      model.addAttribute(
          "form", responses.answer(token, answers, actions, "submit".equals(action)));
      model.addAttribute("problems", Map.of());
      model.addAttribute("saved", true);
    } catch (AnswersRefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Map<String, String> problems = new HashMap<>();
      SurveyProblems.describe(e, messages, LocaleContextHolder.getLocale())
          .forEach(p -> problems.put(p.question(), p.message()));
      Responses.Form current = responses.open(token);
      Map<String, String> typed = new HashMap<>(current.answers());
      answers.forEach(
          (k, v) -> {
            if (v != null) {
              typed.put(k, v);
            }
          });
      model.addAttribute(
          "form",
          new Responses.Form(
              current.campaignId(),
              current.surveyYear(),
              current.definition(),
              current.planTitle(),
              current.role(),
              typed,
              current.actionItems(),
              current.actionAnswers(),
              current.status(),
              current.closesAt()));
      model.addAttribute("problems", problems);
    }
    return page(model);
  }

  private static String key(String name, String suffix) {
    return name.substring(3, name.length() - suffix.length());
  }

  private String page(Model model) {
    model.addAttribute(
        "lang", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "ja");
    return "survey/form";
  }

  @ExceptionHandler(SurveyClosedException.class)
  @ResponseStatus(HttpStatus.GONE)
  String closed() {
    return "survey/closed";
  }
}
