package nexus.web.erasure;

/** A feature's copies of a plan that may name people: it anonymises the erased ones in them. */
public interface ErasableCopies {

  /**
   * Anonymises every erased person in this feature's copies of the plan (name to the marker, birth
   * date and affiliation removed; category, role and visits kept). Idempotent.
   *
   * @return how many people it anonymised now (0 when all were already)
   */
  int anonymise(String planId, ErasedPeople erased);
}
