/** Review's e-mails, rendered from text templates (intake's Mailer pattern). */
package nexus.review.mail;
