package nexus.review.callsettings;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Stores call settings in {@code call_settings}, id = call id. */
@Service
public class CallSettingsStore {

  private final MongoTemplate mongo;

  CallSettingsStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The call's settings, or the defaults. */
  public CallSettings of(String callId) {
    CallSettings s = mongo.findById(callId, CallSettings.class, "call_settings");
    return s == null ? CallSettings.defaults(callId) : s;
  }

  public CallSettings save(CallSettings settings) {
    return mongo.save(settings, "call_settings");
  }
}
