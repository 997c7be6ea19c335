package nexus.intake.call;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nexus.intake.call.domain.Call;
import org.springframework.stereotype.Component;

/** The calls this intake knows, from their version-controlled definitions. */
@Component
public class CallCatalog {

  private final Map<String, Call> calls;

  CallCatalog() {
    this.calls =
        CallDefinitions.load().stream()
            .collect(Collectors.toUnmodifiableMap(Call::id, Function.identity()));
  }

  public Optional<Call> find(String id) {
    return Optional.ofNullable(calls.get(id));
  }

  public Collection<Call> all() {
    return calls.values();
  }
}
