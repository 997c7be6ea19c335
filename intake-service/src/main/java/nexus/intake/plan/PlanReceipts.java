package nexus.intake.plan;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the receipt e-mail of a submitted plan needs from the plan: its number and recipient. */
@Component
public class PlanReceipts {

  /**
   * @param planId plan id
   * @param receiptNumber receipt number (受付番号)
   * @param institutionName host institution
   * @param piEmail the PI's address when the draft was started; null when unknown
   * @param piLanguage ja or en
   * @param title the plan's title
   */
  public record Receipt(
      String planId,
      String receiptNumber,
      String institutionName,
      String piEmail,
      String piLanguage,
      String title) {}

  private final PlanRepository plans;

  PlanReceipts(PlanRepository plans) {
    this.plans = plans;
  }

  public Optional<Receipt> find(String planId) {
    return plans
        .findById(planId)
        .map(
            d ->
                new Receipt(
                    d.id,
                    d.receiptNumber,
                    d.institutionName,
                    d.piEmail,
                    "en".equals(d.piLanguage) ? "en" : "ja",
                    d.title));
  }
}
