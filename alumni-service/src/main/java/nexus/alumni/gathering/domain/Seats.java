package nexus.alumni.gathering.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who comes to a gathering: up to {@code capacity} members are going, the rest wait in the order
 * they replied; when someone going cancels, the first on the waitlist is promoted.
 */
public final class Seats {

  /** A member's place. */
  public enum Place {
    GOING,
    WAITLISTED,
    NONE
  }

  private final int capacity;
  private final List<String> going;
  private final List<String> waitlist;

  public Seats(int capacity, List<String> going, List<String> waitlist) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.going = new ArrayList<>(going == null ? List.of() : going);
    this.waitlist = new ArrayList<>(waitlist == null ? List.of() : waitlist);
  }

  /** The member says they come: a seat if one is free, else the end of the waitlist. */
  public Place accept(String memberId) {
    Place now = placeOf(memberId);
    if (now != Place.NONE) {
      return now;
    }
    if (going.size() < capacity) {
      going.add(memberId);
      return Place.GOING;
    }
    waitlist.add(memberId);
    return Place.WAITLISTED;
  }

  /**
   * The member cancels.
   *
   * @return the member promoted from the waitlist into the freed seat, if any
   */
  public Optional<String> cancel(String memberId) {
    if (waitlist.remove(memberId)) {
      return Optional.empty();
    }
    if (!going.remove(memberId)) {
      return Optional.empty();
    }
    if (waitlist.isEmpty() || going.size() >= capacity) {
      return Optional.empty();
    }
    String promoted = waitlist.remove(0);
    going.add(promoted);
    return Optional.of(promoted);
  }

  public Place placeOf(String memberId) {
    if (going.contains(memberId)) {
      return Place.GOING;
    }
    return waitlist.contains(memberId) ? Place.WAITLISTED : Place.NONE;
  }

  public List<String> going() {
    return List.copyOf(going);
  }

  public List<String> waitlist() {
    return List.copyOf(waitlist);
  }

  public int capacity() {
    return capacity;
  }
}
