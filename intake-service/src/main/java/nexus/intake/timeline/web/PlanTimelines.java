package nexus.intake.timeline.web;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nexus.intake.plan.PlanSubmissions;
import nexus.intake.timeline.Timeline;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Timelines as applicants read them: labels in their language, times in Japan time, only for their
 * own institution's plans. Also used by the plan page's timeline fragment as bean {@code
 * planTimelines}.
 */
@Component("planTimelines")
public class PlanTimelines {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Set<String> AMOUNTS = Set.of("amountJpy", "spentJpy", "refundJpy");
  private static final Set<String> CODES = Set.of("course", "outcome", "role");

  private final Timeline timeline;
  private final PlanSubmissions plans;
  private final MessageSource messages;

  PlanTimelines(Timeline timeline, PlanSubmissions plans, MessageSource messages) {
    this.timeline = timeline;
    this.plans = plans;
    this.messages = messages;
  }

  /**
   * A plan's steps, oldest first.
   *
   * @throws NotFoundException when the plan is not the user's institution's
   */
  public List<StepView> of(CurrentUser user, String planId) {
    plans.one(user, planId);
    return timeline.of(planId).stream().map(this::view).toList();
  }

  /** For the plan page: the signed-in applicant's plan's steps (none for anybody else). */
  public List<StepView> forCurrentUser(String planId) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    try {
      return of(CurrentUser.of(auth), planId);
    } catch (NotFoundException | IllegalStateException e) {
      return List.of();
    }
  }

  StepView view(Timeline.Entry entry) {
    Locale locale = LocaleContextHolder.getLocale();
    List<StepView.Fact> facts =
        entry.facts().entrySet().stream().map(f -> fact(f, locale)).toList();
    return new StepView(
        entry.type(),
        label(entry.type(), locale),
        entry.at(),
        entry.at() == null ? "" : MINUTES.format(entry.at().atZone(JAPAN)),
        facts);
  }

  String label(String type, Locale locale) {
    return messages.getMessage("timeline.event." + type, null, type, locale);
  }

  private StepView.Fact fact(Map.Entry<String, Object> fact, Locale locale) {
    String name = fact.getKey();
    Object value = fact.getValue();
    String text;
    if (AMOUNTS.contains(name) && value instanceof Number n) {
      text = NumberFormat.getIntegerInstance(locale).format(n.longValue());
    } else if (CODES.contains(name)) {
      text = messages.getMessage("timeline.value." + value, null, String.valueOf(value), locale);
    } else {
      text = String.valueOf(value);
    }
    return new StepView.Fact(
        name, messages.getMessage("timeline.fact." + name, null, name, locale), value, text);
  }
}
