package nexus.intake.call;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads calls from their version-controlled files ({@code classpath:calls/*.yml}). */
public final class CallDefinitions {

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private CallDefinitions() {}

  /** Every call file on the classpath. */
  public static List<Call> load() {
    try {
      List<Call> calls = new ArrayList<>();
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:calls/*.yml")) {
        try (InputStream in = resource.getInputStream()) {
          calls.add(parse(in));
        }
      }
      return calls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One call file. */
  public static Call parse(InputStream in) {
    return YAML.readValue(in, Call.class);
  }

  /** A call as text (the same YAML as its file), for storage. */
  public static String write(Call call) {
    return YAML.writeValueAsString(call);
  }

  public static Call parse(String yaml) {
    return YAML.readValue(yaml, Call.class);
  }
}
