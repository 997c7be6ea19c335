package nexus.contract.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Erasure in the contract case: contract's only copies of participants are the work plan's entries
 * ("name (ROLE)", pre-filled from the award's snapshot, then the host's), in the current plan,
 * every kept version and every amendment's proposal. An erased person's entries become {@code
 * (erased) (ROLE)}, so the number of people stays; the case's trail records the change without a
 * name.
 */
@Component
class CaseErasure implements ErasableCopies {

  private static final Pattern WITH_ROLE = Pattern.compile("^(.*?)\\s*\\(([A-Z_]+)\\)\\s*$");

  private final MongoTemplate mongo;
  private final ContractCases cases;

  CaseErasure(MongoTemplate mongo, ContractCases cases) {
    this.mongo = mongo;
    this.cases = cases;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    if (!mongo.exists(Query.query(Criteria.where("_id").is(planId)), ContractCaseDocument.class)) {
      return 0;
    }
    // counted on a copy first, so a case with nothing to erase is not written at all
    if (cases.one(planId).eraseParticipants(e -> anonymised(e, erased), null) == 0) {
      return 0;
    }
    int[] changed = {0};
    cases.update(
        planId, (c, at) -> changed[0] = c.eraseParticipants(e -> anonymised(e, erased), at));
    return changed[0];
  }

  /** The entry with the marker for the name if it names an erased person, else as it was. */
  static String anonymised(String entry, ErasedPeople erased) {
    Matcher m = WITH_ROLE.matcher(entry);
    boolean withRole = m.matches();
    String name = withRole ? m.group(1) : entry;
    if (!erased.matches(name, null)) {
      return entry;
    }
    return withRole ? ErasedPeople.MARKER + " (" + m.group(2) + ")" : ErasedPeople.MARKER;
  }
}
