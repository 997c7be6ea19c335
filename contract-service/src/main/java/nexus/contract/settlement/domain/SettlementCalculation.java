package nexus.contract.settlement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of an institution's advance it may keep (精算): eligible direct costs are the reported
 * spend less unfundable lines; indirect costs are allowed up to 10% of the eligible direct costs;
 * whatever of the advance exceeds the eligible total is refunded (戻入). All amounts are whole yen;
 * the cap rounds down, in the agency's favour.
 *
 * @param advanceJpy the advance paid
 * @param directSpentJpy direct spend as reported
 * @param excludedJpy direct spend on unfundable lines
 * @param eligibleDirectJpy direct spend accepted
 * @param eligibleDirectByCategory direct spend accepted per budget category I–IV
 * @param indirectClaimedJpy indirect costs claimed
 * @param indirectAllowedJpy indirect costs accepted
 * @param eligibleJpy total accepted, never above the advance
 * @param refundJpy to be returned
 * @param excludedLines the lines refused, with the keyword that refused them
 */
public record SettlementCalculation(
    long advanceJpy,
    long directSpentJpy,
    long excludedJpy,
    long eligibleDirectJpy,
    Map<String, Long> eligibleDirectByCategory,
    long indirectClaimedJpy,
    long indirectAllowedJpy,
    long eligibleJpy,
    long refundJpy,
    List<String> excludedLines) {

  /** Indirect costs may be at most this percentage of the direct costs. */
  public static final int INDIRECT_CAP_PERCENT = 10;

  /** One reported line of direct spend. */
  public record Line(String category, String description, long amountJpy) {}

  /** Settles an advance against the reported lines and claimed indirect costs. */
  public static SettlementCalculation of(
      long advanceJpy, List<Line> lines, long indirectClaimedJpy, UnfundableItems unfundable) {
    long spent = 0;
    long excluded = 0;
    Map<String, Long> byCategory = new LinkedHashMap<>();
    List<String> excludedLines = new ArrayList<>();
    for (Line line : lines) {
      if (line.amountJpy() < 0) {
        throw new IllegalArgumentException("negative spend: " + line);
      }
      spent = Math.addExact(spent, line.amountJpy());
      var keyword = unfundable.keywordIn(line.description());
      if (keyword.isPresent()) {
        excluded = Math.addExact(excluded, line.amountJpy());
        excludedLines.add(line.description() + " (" + keyword.get() + ")");
      } else {
        byCategory.merge(line.category(), line.amountJpy(), Math::addExact);
      }
    }
    long eligibleDirect = spent - excluded;
    long cap = Math.multiplyExact(eligibleDirect, INDIRECT_CAP_PERCENT) / 100;
    long indirectAllowed = Math.min(Math.max(indirectClaimedJpy, 0), cap);
    long eligible = Math.min(Math.addExact(eligibleDirect, indirectAllowed), advanceJpy);
    return new SettlementCalculation(
        advanceJpy,
        spent,
        excluded,
        eligibleDirect,
        Map.copyOf(byCategory),
        indirectClaimedJpy,
        indirectAllowed,
        eligible,
        advanceJpy - eligible,
        List.copyOf(excludedLines));
  }
}
