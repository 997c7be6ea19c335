/** What review does with the events it consumes. */
package nexus.review.incoming;
