/** Announcements to segments of members: on their home page, and by e-mail with their consent. */
package nexus.alumni.announcement;
