/**
 * The deadline-surge benchmark of intake: many applicants submitting their drafts through the
 * gateway at once, against the embedded suite, beside a raw MongoDB + Kafka baseline.
 */
package nexus.bench;
