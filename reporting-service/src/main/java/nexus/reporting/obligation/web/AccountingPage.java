package nexus.reporting.obligation.web;

import java.util.ArrayList;
import java.util.List;
import nexus.reporting.obligation.AccountingContent;

/**
 * The accounting report form as the page posts it: lines per category I–IV ({@code
 * categories[2].lines[0].amount} is a travel line) and the indirect costs. Rows keep their index
 * while the page is re-shown; blank lines are dropped when the report is handed in.
 */
public class AccountingPage {

  /** Direct-cost categories, in the order of the form. */
  static final List<String> CATEGORIES = List.of("I", "II", "III", "IV");

  /** Most yen one line (or the indirect costs) may state: sums stay far from overflowing. */
  static final long MAX_AMOUNT = 999_999_999_999L;

  private List<CategoryRows> categories = new ArrayList<>();
  private Long indirect;

  /** An empty report: one blank line per category. */
  static AccountingPage empty() {
    AccountingPage page = new AccountingPage();
    page.normalised();
    page.categories.forEach(c -> c.lines.add(new LineRow()));
    return page;
  }

  /** The form of a report as handed in. */
  static AccountingPage of(AccountingContent content) {
    AccountingPage page = new AccountingPage();
    page.normalised();
    for (AccountingContent.Item item : content.items()) {
      int c = CATEGORIES.indexOf(item.category());
      if (c >= 0) {
        LineRow r = new LineRow();
        r.description = item.description();
        r.amount = item.amountJpy();
        page.categories.get(c).lines.add(r);
      }
    }
    page.categories.stream()
        .filter(c -> c.lines.isEmpty())
        .forEach(c -> c.lines.add(new LineRow()));
    page.indirect = content.indirectJpy();
    return page;
  }

  /** Exactly four categories; gaps in the posted indexes made blank lines. */
  AccountingPage normalised() {
    while (categories.size() < CATEGORIES.size()) {
      categories.add(new CategoryRows());
    }
    while (categories.size() > CATEGORIES.size()) {
      categories.remove(categories.size() - 1);
    }
    categories.replaceAll(c -> c == null ? new CategoryRows() : c);
    categories.forEach(c -> c.lines.replaceAll(l -> l == null ? new LineRow() : l));
    return this;
  }

  /** The lines of a category (I, II, III or IV). */
  List<LineRow> lines(String category) {
    return categories.get(CATEGORIES.indexOf(category)).lines;
  }

  /** Sum of the amounts typed in one category (lines without an amount count 0). */
  public long subtotal(String category) {
    return lines(category).stream().mapToLong(LineRow::amountOrZero).sum();
  }

  /** Sum of every direct line. */
  public long direct() {
    return CATEGORIES.stream().mapToLong(this::subtotal).sum();
  }

  /** Most indirect costs for the direct costs typed in (10%, rounded down). */
  public long indirectCap() {
    return direct() / 10;
  }

  /** Direct and indirect costs. */
  public long total() {
    return direct() + (indirect == null || indirect < 0 ? 0 : Math.min(indirect, MAX_AMOUNT));
  }

  /** The report as the API takes it; blank lines dropped. */
  AccountingContent toContent() {
    List<AccountingContent.Item> items = new ArrayList<>();
    for (String c : CATEGORIES) {
      for (LineRow l : lines(c)) {
        if (!l.blank()) {
          items.add(
              new AccountingContent.Item(c, ParticipantListPage.trimmed(l.description), l.amount));
        }
      }
    }
    return new AccountingContent(items, indirect);
  }

  public List<CategoryRows> getCategories() {
    return categories;
  }

  public void setCategories(List<CategoryRows> categories) {
    this.categories = categories;
  }

  public Long getIndirect() {
    return indirect;
  }

  public void setIndirect(Long indirect) {
    this.indirect = indirect;
  }

  /** The lines of one category. */
  public static class CategoryRows {
    private List<LineRow> lines = new ArrayList<>();

    public List<LineRow> getLines() {
      return lines;
    }

    public void setLines(List<LineRow> lines) {
      this.lines = lines;
    }
  }

  /** One line of spend: what, and how many yen. */
  public static class LineRow {
    private String description;
    private Long amount;

    boolean blank() {
      return (description == null || description.isBlank()) && amount == null;
    }

    long amountOrZero() {
      return amount == null || amount < 0 ? 0 : Math.min(amount, MAX_AMOUNT);
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Long getAmount() {
      return amount;
    }

    public void setAmount(Long amount) {
      this.amount = amount;
    }
  }
}
