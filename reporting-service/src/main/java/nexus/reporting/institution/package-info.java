/** What reporting knows of institutions (names and types, from intake's registrations). */
package nexus.reporting.institution;
