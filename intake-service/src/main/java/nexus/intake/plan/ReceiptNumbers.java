package nexus.intake.plan;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.Locale;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Receipt numbers (受付番号) per call, in submission order: {@code YTEC-2025-00001}. */
@Component
class ReceiptNumbers {

  private final MongoTemplate mongo;

  ReceiptNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The next number of the call; atomic across instances (one counter document per call). */
  String next(String callId) {
    Document counter =
        mongo
            .getCollection("receipt_counters")
            .findOneAndUpdate(
                new Document("_id", callId),
                Updates.inc("seq", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return String.format(
        Locale.ROOT, "%s-%05d", callId.toUpperCase(Locale.ROOT), counter.getInteger("seq"));
  }
}
