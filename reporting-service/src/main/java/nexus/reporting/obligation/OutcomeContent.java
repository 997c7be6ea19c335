package nexus.reporting.obligation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The outcome report (成果報告書) as the host writes it, covering the partner.
 *
 * @param summary what the exchange did
 * @param outcomes results: joint research started, papers, agreements
 * @param partnerContribution what the partner institution did
 * @param followUp how the network goes on
 */
public record OutcomeContent(
    @NotBlank @Size(max = 8000) String summary,
    @NotBlank @Size(max = 8000) String outcomes,
    @Size(max = 4000) String partnerContribution,
    @NotBlank @Size(max = 4000) String followUp) {}
