/** Web adapter of documents: staff access. */
package nexus.intake.document.web;
