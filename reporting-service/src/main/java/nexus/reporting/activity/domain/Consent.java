package nexus.reporting.activity.domain;

import java.time.Instant;

/**
 * A person named or pictured in an activity report and whether they consented to publication.
 *
 * @param name the person's name as it appears in the report
 * @param consented yes or no
 * @param confirmedBy who (of the host) confirmed the person's answer
 * @param confirmedAt when
 */
public record Consent(String name, boolean consented, String confirmedBy, Instant confirmedAt) {}
