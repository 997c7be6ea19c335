package nexus.alumni.membership;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The indexes of {@code members}, enforced by the database so that two enrolments racing each other
 * (two instances, two plans of one person) cannot both win: one member per participation, one per
 * e-mail address, one per login; and the lookups by claim link, plus those of the access log.
 */
@Component
class MemberIndexes implements InitializingBean {

  private final MongoTemplate mongo;

  MemberIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    IndexOperations members = mongo.indexOps(MemberDocument.class);
    members.createIndex(new Index("participationKeys", Sort.Direction.ASC).unique().sparse());
    members.createIndex(new Index("emailKey", Sort.Direction.ASC).unique().sparse());
    members.createIndex(new Index("subject", Sort.Direction.ASC).unique().sparse());
    members.createIndex(new Index("claimTokenHash", Sort.Direction.ASC).sparse());
    mongo.indexOps(AccessLog.Entry.class).createIndex(new Index("memberId", Sort.Direction.ASC));
  }
}
