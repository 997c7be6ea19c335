/** Events alumni consumes: reporting's completions and participant lists, its own mail events. */
package nexus.alumni.incoming;
