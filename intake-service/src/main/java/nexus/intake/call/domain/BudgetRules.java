package nexus.intake.call.domain;

import java.util.List;

/**
 * What the call funds.
 *
 * @param indirectCapPercent indirect costs (一般管理費) at most this share of direct costs
 * @param equipmentThresholdJpy supplies at or above this price are equipment, not consumables
 * @param unfundableKeywords words (en and ja) that mark costs the call never funds
 */
public record BudgetRules(
    int indirectCapPercent, long equipmentThresholdJpy, List<String> unfundableKeywords) {

  public BudgetRules {
    unfundableKeywords = List.copyOf(unfundableKeywords);
  }
}
