/** alumni-service: alumni membership, directory and events. */
package nexus.alumni;
