package nexus.alumni.gathering;

import nexus.alumni.announcement.AnnouncementDocument;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Lookups of a member's gatherings and announcements, and of gatherings due for a reminder. */
@Component
class GatheringIndexes implements InitializingBean {

  private final MongoTemplate mongo;

  GatheringIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    mongo.indexOps(GatheringDocument.class).createIndex(new Index("invited", Sort.Direction.ASC));
    mongo.indexOps(GatheringDocument.class).createIndex(new Index("startsAt", Sort.Direction.ASC));
    mongo
        .indexOps(AnnouncementDocument.class)
        .createIndex(new Index("recipients", Sort.Direction.ASC));
  }
}
