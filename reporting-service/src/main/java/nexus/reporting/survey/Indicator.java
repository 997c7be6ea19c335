package nexus.reporting.survey;

/**
 * An outcome indicator some years after the exchange: the plans that answered its question and the
 * share of them where any respondent said yes.
 *
 * @param indicator e.g. {@code JOINT_RESEARCH}
 * @param yearsAfter 1, 2 or 3 years after the exchange
 * @param plansAnswered plans with a final answer to the indicator's question
 * @param plansYes those where anyone answered YES
 * @param sharePercent plans with yes per plans answered, in percent
 */
public record Indicator(
    String indicator, int yearsAfter, long plansAnswered, long plansYes, double sharePercent) {}
