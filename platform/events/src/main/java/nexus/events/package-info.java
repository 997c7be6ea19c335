/** The event contracts the services publish to each other: records, schemas, envelope, codec. */
package nexus.events;
