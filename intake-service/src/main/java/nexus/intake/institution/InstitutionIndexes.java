package nexus.intake.institution;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The indexes of {@code institutions}: one institution per corporate number (enforced by the
 * database, so that two registrations racing each other cannot both win), and the lookups by member
 * and by link.
 */
@Component
class InstitutionIndexes implements InitializingBean {

  private final MongoTemplate mongo;

  InstitutionIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    IndexOperations indexes = mongo.indexOps(InstitutionDocument.class);
    indexes.createIndex(new Index("corporateNumber", Sort.Direction.ASC).unique());
    indexes.createIndex(new Index("members.subject", Sort.Direction.ASC));
    indexes.createIndex(new Index("verification.tokenHash", Sort.Direction.ASC).sparse());
    indexes.createIndex(new Index("invitations.link.tokenHash", Sort.Direction.ASC).sparse());
  }
}
