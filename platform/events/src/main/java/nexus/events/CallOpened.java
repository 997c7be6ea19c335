package nexus.events;

import java.time.Instant;

/**
 * A call for proposals opened for applications.
 *
 * @param callId call id
 * @param programId program id
 * @param fiscalYear fiscal year of the call
 * @param title title of the call
 * @param opensAt opening instant
 * @param closesAt deadline instant (Asia/Tokyo wall clock stored as instant)
 */
@EventType(name = "call.opened", version = 1)
public record CallOpened(
    String callId,
    String programId,
    int fiscalYear,
    String title,
    Instant opensAt,
    Instant closesAt)
    implements IntegrationEvent {
  @Override
  public String key() {
    return callId;
  }
}
