package nexus.web;

import java.time.Instant;
import java.util.List;

/**
 * Where audit entries go. Services record through {@link Audited} handlers, or call {@link #record}
 * for actions that do not come from one request. The messaging module keeps them in the service's
 * database ({@code audit_log}, append-only); without it they are logged.
 */
public interface AuditTrail {

  /** Appends one entry; never changes or removes an earlier one. */
  void record(Entry entry);

  /**
   * One audited act.
   *
   * @param at when
   * @param actor the user's subject ({@code anonymous} without a login, {@code system} for jobs)
   * @param roles the user's roles
   * @param action what, e.g. {@code plan.read}
   * @param subject the object acted on, e.g. a plan id
   * @param outcome {@code OK}, {@code DENIED}, {@code NOT_FOUND}, {@code REFUSED} or {@code FAILED}
   * @param detail the request (method and path) or a short description
   */
  record Entry(
      Instant at,
      String actor,
      List<String> roles,
      String action,
      String subject,
      String outcome,
      String detail) {

    public Entry {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The outcome of a request with this status. */
    public static String outcomeOf(int status) {
      if (status < 400) {
        return "OK";
      }
      return switch (status) {
        case 401, 403 -> "DENIED";
        case 404 -> "NOT_FOUND";
        default -> status < 500 ? "REFUSED" : "FAILED";
      };
    }
  }
}
