package nexus.contract.casefile.domain;

/**
 * A budget by category in whole yen: I supplies, II honoraria, III travel, IV other, plus indirect
 * costs (一般管理費), which may be at most 10% of the direct costs.
 */
public record Budget(
    long suppliesJpy, long honorariaJpy, long travelJpy, long otherJpy, long indirectJpy) {

  /** Indirect costs may be at most this percentage of the direct costs. */
  public static final int INDIRECT_CAP_PERCENT = 10;

  public Budget {
    if (suppliesJpy < 0 || honorariaJpy < 0 || travelJpy < 0 || otherJpy < 0 || indirectJpy < 0) {
      throw new CaseRefusedException("budget.negative");
    }
  }

  public long directJpy() {
    return Math.addExact(
        Math.addExact(suppliesJpy, honorariaJpy), Math.addExact(travelJpy, otherJpy));
  }

  public long totalJpy() {
    return Math.addExact(directJpy(), indirectJpy);
  }

  /** Refuses a budget above the approved total or with indirect costs above the cap. */
  public void checkWithin(long approvedJpy) {
    if (Math.multiplyExact(indirectJpy, 100)
        > Math.multiplyExact(directJpy(), INDIRECT_CAP_PERCENT)) {
      throw new CaseRefusedException(
          "budget.indirect-cap", directJpy() * INDIRECT_CAP_PERCENT / 100);
    }
    if (totalJpy() > approvedJpy) {
      throw new CaseRefusedException("budget.above-approved", approvedJpy);
    }
  }

  @Override
  public String toString() {
    return "I="
        + suppliesJpy
        + " II="
        + honorariaJpy
        + " III="
        + travelJpy
        + " IV="
        + otherJpy
        + " indirect="
        + indirectJpy
        + " total="
        + totalJpy();
  }
}
