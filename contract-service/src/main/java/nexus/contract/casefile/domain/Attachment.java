package nexus.contract.casefile.domain;

/**
 * A file on a message; uploading the same name again makes the next version.
 *
 * @param fileId id of the stored bytes
 * @param fileName name as uploaded
 * @param version 1 for the first upload of that name on the case
 * @param contentType detected media type
 * @param size bytes
 * @param sha256 hex SHA-256 of the bytes
 */
public record Attachment(
    String fileId, String fileName, int version, String contentType, long size, String sha256) {}
