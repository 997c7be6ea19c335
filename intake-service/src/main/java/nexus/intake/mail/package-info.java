/**
 * E-mail sent through the outbox: intake consumes its own topic in its own consumer group and sends
 * the receipt of a submission, the contact-e-mail verification link and invitations, once per
 * event, retried and dead-lettered like any event consumer.
 */
package nexus.intake.mail;
