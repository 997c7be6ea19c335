/** Test support: shared embedded Kafka and Mongo-compatible server, architecture rules. */
package nexus.testsupport;
