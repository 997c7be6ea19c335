package nexus.intake.call;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A call open right now, for tests that submit (DraftSubmissions drafts into it): a copy of the
 * 2025 call for 2035, its window moved around the present. The 2025 call itself keeps its real
 * window for the deadline tests.
 */
public final class OpenCalls {

  private OpenCalls() {}

  public static void openNow(CallCatalog calls) {
    calls.copy("ytec-2025", 2035);
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    calls.reschedule("ytec-2035", now.minusDays(1), now.plusDays(30), "test", "open for the tests");
  }
}
