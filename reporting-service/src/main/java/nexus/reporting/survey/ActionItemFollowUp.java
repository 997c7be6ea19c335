package nexus.reporting.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.survey.SurveyDocuments.ActionAnswer;
import nexus.reporting.survey.SurveyDocuments.ActionPlan;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.ActionItem;
import nexus.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * How a campaign's plans stand on their action plans (seed 000's debrief: numbered items with an
 * owner and a date): one row per item and PI respondent, with where the respondent says the item
 * stands. Plans in the order of their ids, items by visit and number.
 */
@Service
public class ActionItemFollowUp {

  private final MongoTemplate mongo;
  private final Obligations obligations;

  ActionItemFollowUp(MongoTemplate mongo, Obligations obligations) {
    this.mongo = mongo;
    this.obligations = obligations;
  }

  /**
   * One action item as one PI respondent answered (or not yet) about it.
   *
   * @param respondentStatus where the respondent's survey stands: {@code PENDING}, {@code INVITED},
   *     {@code PARTIAL} or {@code ANSWERED}
   * @param status what the respondent says of the item ({@code DONE}, {@code IN_PROGRESS}, {@code
   *     NOT_STARTED}, {@code DROPPED}), null when not said
   * @param note what happened, as the respondent wrote
   */
  public record Row(
      String planId,
      String planTitle,
      String group,
      int number,
      String text,
      String owner,
      LocalDate dueDate,
      String respondentStatus,
      Instant answeredAt,
      String status,
      String note) {}

  /** A plan the campaign asks about action items. */
  public record PlanOption(String planId, String title) {}

  /** A page of the campaign's rows, of one plan or all ({@code planId} null). */
  public Page<Row> rows(String campaignId, String planId, Pageable pageable) {
    List<Row> all = rows(campaignId, planId);
    int from = (int) Math.min(pageable.getOffset(), all.size());
    int to = Math.min(from + pageable.getPageSize(), all.size());
    Map<String, String> titles = new HashMap<>();
    List<Row> page =
        all.subList(from, to).stream()
            .map(r -> withTitle(r, titles.computeIfAbsent(r.planId(), this::title)))
            .toList();
    return new PageImpl<>(page, pageable, all.size());
  }

  /** The campaign's plans whose PI is asked about an action plan, with their titles. */
  public List<PlanOption> plans(String campaignId) {
    return byPlan(campaignId, null).keySet().stream()
        .map(id -> new PlanOption(id, title(id)))
        .toList();
  }

  private List<Row> rows(String campaignId, String planId) {
    Map<String, List<Respondent>> byPlan = byPlan(campaignId, planId);
    Map<String, List<ActionItem>> items = new HashMap<>();
    mongo
        .find(Query.query(Criteria.where("_id").in(byPlan.keySet())), ActionPlan.class)
        .forEach(p -> items.put(p.planId, p.items));
    List<Row> rows = new ArrayList<>();
    byPlan.forEach(
        (plan, respondents) ->
            items.getOrDefault(plan, List.of()).stream()
                .sorted(Comparator.comparing(ActionItem::group).thenComparing(ActionItem::number))
                .forEach(item -> respondents.forEach(r -> rows.add(row(plan, item, r)))));
    return rows;
  }

  private Map<String, List<Respondent>> byPlan(String campaignId, String planId) {
    if (!mongo.exists(Query.query(Criteria.where("_id").is(campaignId)), Campaign.class)) {
      throw new NotFoundException("campaign " + campaignId);
    }
    Criteria c = Criteria.where("campaignId").is(campaignId).and("role").is("PI");
    if (planId != null) {
      c = c.and("planId").is(planId);
    }
    Query q = Query.query(c);
    q.fields().include("planId", "status", "answeredAt", "actionItems");
    Map<String, List<Respondent>> byPlan = new TreeMap<>();
    mongo.find(q, Respondent.class).stream()
        .sorted(Comparator.comparing(r -> r.id))
        .forEach(r -> byPlan.computeIfAbsent(r.planId, k -> new ArrayList<>()).add(r));
    return byPlan;
  }

  private static Row row(String planId, ActionItem item, Respondent r) {
    ActionAnswer answer =
        r.actionItems.stream().filter(a -> a.key().equals(item.key())).findFirst().orElse(null);
    return new Row(
        planId,
        null,
        item.group(),
        item.number(),
        item.text(),
        item.owner(),
        item.dueDate(),
        r.status,
        r.answeredAt,
        answer == null ? null : answer.status(),
        answer == null ? null : answer.note());
  }

  private static Row withTitle(Row r, String title) {
    return new Row(
        r.planId(),
        title,
        r.group(),
        r.number(),
        r.text(),
        r.owner(),
        r.dueDate(),
        r.respondentStatus(),
        r.answeredAt(),
        r.status(),
        r.note());
  }

  private String title(String planId) {
    return obligations.facts(planId).map(PlanFacts::title).orElse(planId);
  }
}
