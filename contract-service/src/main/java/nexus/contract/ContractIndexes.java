package nexus.contract;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes behind contract's look-ups, created at start (idempotently): cases by institution
 * (applicants' pages), by call and stage (dashboard), versioned saves, and thread attachments by
 * file id. As in intake, the embedded server only uses unique indexes on exactly their keys.
 */
@Component
class ContractIndexes {

  private static final Logger log = LoggerFactory.getLogger(ContractIndexes.class);

  ContractIndexes(MongoTemplate mongo) {
    MongoCollection<Document> cases = mongo.getCollection("contract_cases");
    unique(cases, Indexes.ascending("_id", "version"), "id_version");
    cases.createIndex(Indexes.ascending("institutionIds"), new IndexOptions().name("institutions"));
    cases.createIndex(Indexes.ascending("callId", "stage"), new IndexOptions().name("call_stage"));
    unique(
        mongo.getCollection("fs.files"),
        Indexes.ascending("metadata.fileId", "metadata.planId"),
        "file_plan");
  }

  private static void unique(MongoCollection<Document> collection, Bson keys, String name) {
    try {
      collection.createIndex(keys, new IndexOptions().unique(true).name(name));
    } catch (MongoException e) {
      log.warn("index {} on {} not created: {}", name, collection.getNamespace(), e.toString());
    }
  }
}
