/**
 * E-mail sent through the outbox: reporting consumes its own topic and sends report reminders and
 * incident alerts, once per event, retried and dead-lettered like any event consumer.
 */
package nexus.reporting.mail;
