package nexus.reporting.institution;

import java.util.Optional;
import nexus.events.InstitutionRegistered;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Service;

/**
 * Institutions' names and types as intake registered them: the public catalogue and the statistics
 * filter and count by institution type (university, technical college, high school...).
 */
@Service
public class InstitutionDirectory {

  private final MongoTemplate mongo;

  InstitutionDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Stores (or replaces) a registered institution; redelivery writes the same again. */
  public void registered(InstitutionRegistered event) {
    InstitutionRecord r = new InstitutionRecord();
    r.id = event.institutionId();
    r.nameJa = event.nameJa();
    r.nameEn = event.nameEn();
    r.type = event.type();
    mongo.save(r);
  }

  /** The type of an institution, if intake registered it. */
  public Optional<String> typeOf(String institutionId) {
    return institutionId == null
        ? Optional.empty()
        : Optional.ofNullable(mongo.findById(institutionId, InstitutionRecord.class))
            .map(r -> r.type);
  }

  /** The institution's name in a language, if known. */
  public Optional<String> nameOf(String institutionId, String language) {
    return institutionId == null
        ? Optional.empty()
        : Optional.ofNullable(mongo.findById(institutionId, InstitutionRecord.class))
            .map(r -> "en".equals(language) ? r.nameEn : r.nameJa);
  }

  @Document("institutions")
  static class InstitutionRecord {
    @Id String id;
    String nameJa;
    String nameEn;
    String type;
  }
}
