/**
 * Documents review staff ask for after submission: the request arrives as an event, the applicant
 * uploads the documents and sends them back, and review is told with {@code documents.supplied}.
 */
package nexus.intake.request;
