/** The rules of a gathering's seats (capacity, waitlist, promotion) and of segments. */
package nexus.alumni.gathering.domain;
