package nexus.intake.call.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Calls: anyone signed in reads them; intake staff open next year's by copying one. */
@RestController
class CallApi {

  private final CallCatalog calls;

  CallApi(CallCatalog calls) {
    this.calls = calls;
  }

  /** The target year of a copy. */
  record CopyRequest(
      @Min(value = 2000, message = "{call.year}") @Max(value = 2100, message = "{call.year}")
          int fiscalYear) {}

  /**
   * A new application window, in the call's wall-clock time, and why it moves.
   *
   * @param opensAt opening
   * @param closesAt deadline
   * @param reason recorded with the change (e.g. the incident that justifies an extension)
   */
  record WindowChange(
      @NotNull(message = "{call.window.required}") LocalDateTime opensAt,
      @NotNull(message = "{call.window.required}") LocalDateTime closesAt,
      @NotBlank(message = "{call.reason.required}") @Size(max = 1000) String reason) {}

  @GetMapping("/api/calls")
  List<Call> all() {
    return calls.all().stream().sorted(Comparator.comparing(Call::opensAt).reversed()).toList();
  }

  @GetMapping("/api/calls/{id}")
  Call one(@PathVariable String id) {
    return calls.find(id).orElseThrow(() -> new NotFoundException("call " + id));
  }

  @Audited("call.window.change")
  @PutMapping("/api/staff/calls/{id}/window")
  @PreAuthorize("hasAnyRole('staff-intake','admin')")
  Call reschedule(
      Authentication auth, @PathVariable String id, @Valid @RequestBody WindowChange change) {
    calls.find(id).orElseThrow(() -> new NotFoundException("call " + id));
    if (!change.closesAt().isAfter(change.opensAt())) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "call.window.order");
    }
    return calls.reschedule(
        id, change.opensAt(), change.closesAt(), CurrentUser.of(auth).subject(), change.reason());
  }

  @Audited("call.copy")
  @PostMapping("/api/staff/calls/{id}/copy")
  @PreAuthorize("hasAnyRole('staff-intake','admin')")
  ResponseEntity<Call> copy(@PathVariable String id, @Valid @RequestBody CopyRequest request) {
    calls.find(id).orElseThrow(() -> new NotFoundException("call " + id));
    Call copy =
        calls
            .copy(id, request.fiscalYear())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        HttpStatus.CONFLICT, "call.exists", request.fiscalYear()));
    return ResponseEntity.created(URI.create("/api/calls/" + copy.id())).body(copy);
  }
}
