package nexus.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit trail of a service without a database of its own: the {@code nexus.audit} log. */
public class LoggingAuditTrail implements AuditTrail {

  private static final Logger log = LoggerFactory.getLogger("nexus.audit");

  @Override
  public void record(Entry entry) {
    log.info(
        "audit: actor={} roles={} action={} subject={} outcome={} detail={}",
        entry.actor(),
        entry.roles(),
        entry.action(),
        entry.subject(),
        entry.outcome(),
        entry.detail());
  }
}
