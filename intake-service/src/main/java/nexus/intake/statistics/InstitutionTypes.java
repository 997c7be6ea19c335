package nexus.intake.statistics;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The type of each registered institution, from collection {@code institutions} ({@code _id} =
 * institution id, {@code type} = the type's constant). An institution without a record has none.
 */
@Component
class InstitutionTypes {

  static final String COLLECTION = "institutions";

  private final MongoTemplate mongo;

  InstitutionTypes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  Map<String, String> of(Collection<String> institutionIds) {
    Map<String, String> types = new HashMap<>();
    if (institutionIds.isEmpty()) {
      return types;
    }
    mongo
        .getCollection(COLLECTION)
        .find(Filters.in("_id", institutionIds))
        .projection(Projections.include("type"))
        .forEach(
            d -> {
              Object type = d.get("type");
              if (type != null) {
                types.put(String.valueOf(d.get("_id")), String.valueOf(type));
              }
            });
    return types;
  }
}
