package nexus.reporting;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes of reporting's collections, declared here (Spring's automatic index creation is off):
 * lookups by link hash, by campaign and status, by plan, and the catalogue's filters.
 */
@Component
class ReportingIndexes implements InitializingBean {

  private final MongoTemplate mongo;

  ReportingIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    var obligations = mongo.indexOps("obligations");
    obligations.createIndex(new Index("hostInstitutionId", Sort.Direction.ASC));
    obligations.createIndex(new Index("status", Sort.Direction.ASC));
    mongo.indexOps("incidents").createIndex(new Index("planId", Sort.Direction.ASC));
    var press = mongo.indexOps("press_coverage");
    press.createIndex(new Index("planId", Sort.Direction.ASC));
    press.createIndex(new Index("callId", Sort.Direction.ASC));
    var respondents = mongo.indexOps("survey_respondents");
    respondents.createIndex(new Index("tokenHashes", Sort.Direction.ASC));
    respondents.createIndex(
        new Index("campaignId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    respondents.createIndex(new Index("planId", Sort.Direction.ASC));
    var reports = mongo.indexOps("activity_reports");
    reports.createIndex(new Index("planId", Sort.Direction.ASC).unique());
    reports.createIndex(
        new Index("status", Sort.Direction.ASC).on("fiscalYear", Sort.Direction.DESC));
    mongo.indexOps("statistics_counters").createIndex(new Index("callId", Sort.Direction.ASC));
  }
}
