/** Regional alumni gatherings: staff invite a segment, members reply, a waitlist, reminders. */
package nexus.alumni.gathering;
