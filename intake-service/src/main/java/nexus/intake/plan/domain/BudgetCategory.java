package nexus.intake.plan.domain;

/** Direct cost categories I–IV of the call. */
public enum BudgetCategory {
  /** I 物品費. */
  SUPPLIES,
  /** II 謝金. */
  HONORARIA,
  /** III 旅費. */
  TRAVEL,
  /** IV その他. */
  OTHER
}
