/** Bridges: suggests members on the other side (Japan ↔ ASEAN) in the same or a related field. */
package nexus.alumni.bridge;
