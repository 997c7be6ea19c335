package nexus.reporting.obligation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An institution's accounting report (経理報告書): actual direct spend per category I–IV, line by line,
 * and the indirect costs claimed.
 *
 * @param items spend lines
 * @param indirectJpy indirect costs, at most 10% of the direct costs
 */
public record AccountingContent(
    @NotEmpty @Size(max = 500) List<@Valid @NotNull Item> items,
    @NotNull @PositiveOrZero Long indirectJpy) {

  /** One line: category I, II, III or IV; what; yen. */
  public record Item(
      @NotNull @Pattern(regexp = "I|II|III|IV") String category,
      @NotBlank @Size(max = 300) String description,
      @NotNull @PositiveOrZero Long amountJpy) {}

  /** Sum of the direct lines. */
  public long directJpy() {
    return items.stream().mapToLong(Item::amountJpy).sum();
  }
}
