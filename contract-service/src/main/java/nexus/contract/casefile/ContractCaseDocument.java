package nexus.contract.casefile;

import java.util.ArrayList;
import java.util.List;
import nexus.contract.casefile.domain.ContractCase;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a contract case is stored: one document per plan (the id is the plan id, so a replayed award
 * cannot open a second case), the case itself, the fields staff list by, and the pending events.
 */
@Document("contract_cases")
class ContractCaseDocument {
  @Id String planId;
  @Version Long version;
  String callId;
  List<String> institutionIds = new ArrayList<>();
  String stage;
  ContractCase state;
  List<OutboxEntry> outbox = new ArrayList<>();

  static ContractCaseDocument of(ContractCase c) {
    ContractCaseDocument d = new ContractCaseDocument();
    d.planId = c.planId();
    d.callId = c.callId();
    d.state = c;
    d.refresh();
    return d;
  }

  /** Keeps the listed fields in step with the case. */
  void refresh() {
    stage = state.stage().name();
    institutionIds = new ArrayList<>();
    institutionIds.add(state.hostInstitutionId());
    state.agreements().stream()
        .map(a -> a.institutionId())
        .filter(id -> !institutionIds.contains(id))
        .forEach(institutionIds::add);
  }
}
