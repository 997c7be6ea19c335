/** The alumni directory: search members by country, field, institution, call year and course. */
package nexus.alumni.directory;
