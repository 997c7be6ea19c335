/**
 * How alumni members may be reached, as the alumni association tells it ({@code
 * alumni.contact-changed}): reporting's own copy, keyed by plan and participant, from which the
 * follow-up surveys mail participants years after their exchange.
 */
package nexus.reporting.alumni;
