package nexus.contract.casefile.domain;

import java.time.Instant;
import java.util.List;

/**
 * A message in the case's thread between contract staff and the applicant.
 *
 * @param id message id
 * @param authorName display name
 * @param fromStaff whether the agency wrote it
 * @param text the message
 * @param at when
 * @param attachments files attached
 */
public record Message(
    String id,
    String authorName,
    boolean fromStaff,
    String text,
    Instant at,
    List<Attachment> attachments) {
  public Message {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
