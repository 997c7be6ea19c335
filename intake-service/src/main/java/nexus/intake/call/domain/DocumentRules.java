package nexus.intake.call.domain;

import java.util.List;
import java.util.Optional;

/**
 * The documents of a submission.
 *
 * @param kinds what may be uploaded
 * @param fileNamePattern the call's naming convention; {@code {kind}} and {@code {institution}} are
 *     replaced
 * @param maxBytes the largest file accepted
 * @param mediaTypes the accepted formats, checked by content
 */
public record DocumentRules(
    List<DocumentKind> kinds, String fileNamePattern, long maxBytes, List<String> mediaTypes) {

  public DocumentRules {
    kinds = List.copyOf(kinds);
    mediaTypes = List.copyOf(mediaTypes);
  }

  public Optional<DocumentKind> kind(String code) {
    return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  /** The stored file name, e.g. {@code 2025年度若手人材交流プログラム申請_交流計画書（〇〇大学）.pdf}. */
  public String fileName(DocumentKind kind, String institution, String extension) {
    return fileNamePattern.replace("{kind}", kind.nameJa()).replace("{institution}", institution)
        + extension;
  }

  /**
   * A kind of document.
   *
   * @param code e.g. {@code PLAN}
   * @param nameJa its name in the convention, e.g. 交流計画書
   * @param nameEn its English name
   * @param requiredWhen ALWAYS, or FUNDED_PARTNER when the plan has a funded partner institution
   */
  public record DocumentKind(String code, String nameJa, String nameEn, String requiredWhen) {

    public boolean requiredFor(boolean hasFundedPartner) {
      return "ALWAYS".equals(requiredWhen)
          || ("FUNDED_PARTNER".equals(requiredWhen) && hasFundedPartner);
    }
  }
}
