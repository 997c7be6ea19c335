/** Starts the whole suite in one JVM on embedded infrastructure. */
package nexus.launcher;
