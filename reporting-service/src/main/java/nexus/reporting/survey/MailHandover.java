package nexus.reporting.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one campaign's invitations (or reminders) to the mail sender batch by batch, on a second
 * thread while the caller writes the next batch, and tells whose mails were not all handed over.
 */
final class MailHandover implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MailHandover.class);

  /** Respondents written, and mailed, together. */
  static final int BATCH = 1000;

  private final ExecutorService sender = Executors.newSingleThreadExecutor();
  private final Map<Future<?>, List<String>> handed = new LinkedHashMap<>();
  private final SurveyMail mail;
  private final String campaignId;
  private final boolean reminder;

  MailHandover(SurveyMail mail, String campaignId, boolean reminder) {
    this.mail = mail;
    this.campaignId = campaignId;
    this.reminder = reminder;
  }

  /** Hands a batch over; the respondents' ids say whom it mails. */
  void hand(List<SurveyMail.Invitation> mails, List<String> respondentIds) {
    handed.put(sender.submit(() -> mail.send(mails, reminder)), respondentIds);
  }

  /**
   * Waits until every batch was handed over.
   *
   * @param notMailed the respondents of the batches that failed
   * @param failure the last failure, null when every batch went
   */
  record Outcome(List<String> notMailed, RuntimeException failure) {}

  Outcome await() {
    sender.shutdown();
    RuntimeException failure = null;
    List<String> notMailed = new ArrayList<>();
    for (var entry : handed.entrySet()) {
      try {
        entry.getKey().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = new IllegalStateException("interrupted mailing campaign " + campaignId, e);
        notMailed.addAll(entry.getValue());
      } catch (ExecutionException e) {
        log.warn(
            "campaign {}: a batch of {} failed: {}",
            campaignId,
            reminder ? "reminders" : "invitations",
            e.getCause().toString());
        failure =
            e.getCause() instanceof RuntimeException r
                ? r
                : new IllegalStateException(e.getCause());
        notMailed.addAll(entry.getValue());
      }
    }
    return new Outcome(notMailed, failure);
  }

  @Override
  public void close() {
    sender.shutdown();
  }
}
