package nexus.web.erasure;

/**
 * A participant as the host listed them (reporting's {@code participant-list.submitted}), kept only
 * as keys ({@link PersonKeys}): enough to recognise them in this service's copies of the plan, not
 * to read their name.
 *
 * @param participantId the id reporting gave them (the one {@code alumni.erased} names)
 * @param nameKey key of their name
 * @param affiliationKey key of their affiliation (null if none): tells apart two people of one name
 */
public record ListedPerson(String participantId, String nameKey, String affiliationKey) {}
