package nexus.contract.casefile.domain;

import java.time.Instant;

/**
 * A signature on an agreement: who signed, when, and the SHA-256 of the exact PDF bytes signed.
 *
 * @param signerId token subject
 * @param signerName display name
 * @param at when
 * @param sha256 hex SHA-256 of the PDF signed
 */
public record Signature(String signerId, String signerName, Instant at, String sha256) {}
