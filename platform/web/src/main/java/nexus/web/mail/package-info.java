/** Plain-text e-mails rendered from ja/en templates, sent by the services' event consumers. */
package nexus.web.mail;
