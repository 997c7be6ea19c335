package nexus.reporting.survey;

import java.util.List;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** An erased alumnus in the surveys: their answers stay, with nothing that leads to them. */
@Service
public class SurveyErasure {

  private final MongoTemplate mongo;

  SurveyErasure(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Anonymises an erased alumnus's survey targets: address and answers' link to them go. */
  public void erase(String planId, String participantId) {
    mongo.updateMulti(
        Query.query(Criteria.where("planId").is(planId).and("participantId").is(participantId)),
        new Update().set("email", null).set("participantId", null).set("tokenHashes", List.of()),
        Respondent.class);
  }
}
