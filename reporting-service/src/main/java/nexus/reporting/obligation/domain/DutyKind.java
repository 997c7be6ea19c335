package nexus.reporting.obligation.domain;

/** What an institution owes the agency after its agreement. */
public enum DutyKind {
  /** 参加者リスト: the host, by the date the call sets. */
  PARTICIPANT_LIST,
  /** 成果報告書: the host, once per plan. */
  OUTCOME_REPORT,
  /** 経理報告書: every institution that signed an agreement. */
  ACCOUNTING_REPORT
}
