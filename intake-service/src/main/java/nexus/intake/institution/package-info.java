/** Host and partner institutions: registration and their identity. */
package nexus.intake.institution;
