/** Institution pages and REST API: registration, verification, members and invitations. */
package nexus.intake.institution.web;
