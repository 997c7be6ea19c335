package nexus.messaging;

import java.time.Instant;

/**
 * A record that a consumer gave up on after its retries, as staff see it.
 *
 * @param id {@code topic-partition-offset} of the dead-letter record
 * @param originalTopic the topic the record was first consumed from
 * @param error why the last attempt failed
 * @param payload the record as it arrived (an event envelope, or whatever was sent)
 * @param receivedAt when it reached the dead-letter topic
 * @param status NEW, REPLAYED or REPLAY_FAILED
 * @param lastReplayError why the last replay failed, if it did
 */
public record DeadLetter(
    String id,
    String originalTopic,
    String error,
    String payload,
    Instant receivedAt,
    String status,
    String lastReplayError) {}
