package nexus.contract.casefile.domain;

/** Where a contract case stands, in the order the steps happen. */
public enum Stage {
  CONDITIONS,
  WORK_PLAN,
  AGREEMENT,
  PAYMENT,
  IMPLEMENTATION,
  SETTLEMENT,
  CLOSED
}
