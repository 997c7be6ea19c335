package nexus.contract.casefile.domain;

import java.time.Instant;

/** An award condition or an information update staff asked for; open until staff close it. */
public class Condition {
  private String id;
  private String text;
  private boolean open;
  private String closedBy;
  private Instant closedAt;

  Condition() {}

  Condition(String id, String text) {
    this.id = id;
    this.text = text;
    this.open = true;
  }

  void close(Actor staff, Instant at) {
    if (!open) {
      throw new CaseRefusedException("condition.already-closed");
    }
    open = false;
    closedBy = staff.name();
    closedAt = at;
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public boolean open() {
    return open;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
