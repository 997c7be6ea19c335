/** Export control: the end user list and name matching (plain Java). */
package nexus.review.exportcontrol.domain;
