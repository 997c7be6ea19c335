package nexus.reporting.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.survey.ActionPlans;
import nexus.reporting.survey.domain.ActionItem;
import nexus.web.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's institutions keep its action plan (agreed at the debrief; the PI follows it up in the
 * yearly survey): numbered items with text, owner and due date, rows added and removed by the
 * form's own buttons. The rules are the API's ({@code PUT /api/plans/{id}/action-plan}).
 */
@Controller
@PreAuthorize("hasAnyRole('applicant','partner')")
class ActionPlanPages {

  private static final Pattern ITEM_PARAM = Pattern.compile("items\\[(\\d{1,3})]\\..+");
  private static final int MAX_ITEMS = 200;

  private final ActionPlans actionPlans;
  private final Obligations obligations;
  private final MessageSource messages;
  private final Validator validator;

  ActionPlanPages(
      ActionPlans actionPlans,
      Obligations obligations,
      MessageSource messages,
      Validator validator) {
    this.actionPlans = actionPlans;
    this.obligations = obligations;
    this.messages = messages;
    this.validator = validator;
  }

  @GetMapping("/plans/{planId}/action-plan")
  String form(@PathVariable String planId, Authentication auth, Model model) {
    CurrentUser user = CurrentUser.of(auth);
    PlanFacts plan = obligations.factsFor(planId, user);
    List<ItemRow> rows = new ArrayList<>();
    for (ActionItem i : actionPlans.actionPlanFor(planId, user)) {
      rows.add(
          new ItemRow(
              i.group(),
              String.valueOf(i.number()),
              i.text(),
              i.owner(),
              i.dueDate() == null ? "" : i.dueDate().toString()));
    }
    return page(plan, rows, Map.of(), model);
  }

  /** Add a row, remove row {@code i}, or save the whole plan. */
  @PostMapping("/plans/{planId}/action-plan")
  String save(
      @PathVariable String planId,
      @RequestParam MultiValueMap<String, String> params,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(auth);
    PlanFacts plan = obligations.factsFor(planId, user);
    List<ItemRow> rows = rows(params);
    if (params.containsKey("add")) {
      if (rows.size() < MAX_ITEMS) {
        ItemRow last = rows.isEmpty() ? null : rows.getLast();
        rows.add(
            new ItemRow(
                last == null ? defaultGroup(plan) : last.group(),
                String.valueOf(rows.size() + 1),
                "",
                "",
                ""));
      }
      return page(plan, rows, Map.of(), model);
    }
    if (params.containsKey("remove")) {
      int index = parseIndex(params.getFirst("remove"));
      if (index >= 0 && index < rows.size()) {
        rows.remove(index);
      }
      return page(plan, rows, Map.of(), model);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    List<SurveyApi.ActionItemForm> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ItemRow r = rows.get(i);
      int number = 0;
      try {
        number = Integer.parseInt(r.number().strip());
      } catch (NumberFormatException e) {
        errors.put("items[" + i + "].number", text("actionplan.page.number"));
      }
      LocalDate due = null;
      if (!r.dueDate().isBlank()) {
        try {
          due = LocalDate.parse(r.dueDate().strip());
        } catch (DateTimeParseException e) {
          errors.put("items[" + i + "].dueDate", text("actionplan.page.date"));
        }
      }
      SurveyApi.ActionItemForm item =
          new SurveyApi.ActionItemForm(r.group().strip(), number, r.text(), r.owner(), due);
      items.add(item);
      int index = i;
      validator
          .validate(item)
          .forEach(
              v ->
                  errors.putIfAbsent(
                      "items[" + index + "]." + v.getPropertyPath(), v.getMessage()));
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!keys.add(items.get(i).group() + "#" + items.get(i).number())) {
        errors.putIfAbsent("items[" + i + "].number", text("actionplan.page.duplicate"));
      }
    }
    if (errors.isEmpty()) {
      actionPlans.setActionPlan(
          planId,
          items.stream()
              .map(i -> new ActionItem(i.group(), i.number(), i.text(), i.owner(), i.dueDate()))
              .toList(),
          user);
      return "redirect:/plans/" + planId + "/action-plan?saved";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(plan, rows, errors, model);
  }

  private String page(PlanFacts plan, List<ItemRow> rows, Map<String, String> errors, Model model) {
    model.addAttribute("plan", plan);
    model.addAttribute("items", rows);
    model.addAttribute("errors", errors);
    model.addAttribute("defaultGroup", defaultGroup(plan));
    return "plans/action-plan";
  }

  private static String defaultGroup(PlanFacts plan) {
    return plan.hostInstitutionName() == null ? "" : plan.hostInstitutionName();
  }

  private static List<ItemRow> rows(MultiValueMap<String, String> params) {
    TreeSet<Integer> indexes = new TreeSet<>();
    for (String name : params.keySet()) {
      Matcher m = ITEM_PARAM.matcher(name);
      if (m.matches()) {
        indexes.add(Integer.parseInt(m.group(1)));
      }
    }
    List<ItemRow> rows = new ArrayList<>();
    for (int i : indexes) {
      if (rows.size() == MAX_ITEMS) {
        break;
      }
      String p = "items[" + i + "].";
      rows.add(
          new ItemRow(
              value(params, p + "group"),
              value(params, p + "number"),
              value(params, p + "text"),
              value(params, p + "owner"),
              value(params, p + "dueDate")));
    }
    return rows;
  }

  private static String value(MultiValueMap<String, String> params, String name) {
    String v = params.getFirst(name);
    return v == null ? "" : v;
  }

  private static int parseIndex(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  /** An item as typed. */
  public record ItemRow(String group, String number, String text, String owner, String dueDate) {}
}
