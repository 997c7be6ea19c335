/**
 * E-mail sent through the outbox: alumni consumes its own topic and sends the claim invitation once
 * per event, retried and dead-lettered like any event consumer.
 */
package nexus.alumni.mail;
