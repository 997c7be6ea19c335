package nexus.intake.document;

import java.time.Instant;

/**
 * A document of a plan, as applicants and staff see it.
 *
 * @param kind document kind code
 * @param fileName the name after the call's convention
 * @param mediaType what the content is
 * @param size bytes
 * @param sha256 hex digest of the content
 * @param uploadedAt when
 */
public record StoredDocument(
    String kind, String fileName, String mediaType, long size, String sha256, Instant uploadedAt) {}
