package nexus.reporting.press;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an institution tells the agency about one piece of press coverage of its exchange.
 *
 * @param medium NEWSPAPER, MAGAZINE, TV, RADIO, WEB or OTHER
 * @param outlet the newspaper, station or site
 * @param title the article's or programme's title
 * @param publishedOn the day it appeared (Japan date)
 * @param url where it can be read, if online ({@code http} or {@code https} only)
 * @param note anything the agency should know (who was interviewed, page, ...)
 */
public record PressCoverageForm(
    @NotNull @Pattern(regexp = "NEWSPAPER|MAGAZINE|TV|RADIO|WEB|OTHER") String medium,
    @NotBlank @Size(max = 200) String outlet,
    @NotBlank @Size(max = 500) String title,
    @NotNull @PastOrPresent LocalDate publishedOn,
    @Size(max = 2000) @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{press.url.invalid}")
        String url,
    @Size(max = 2000) String note) {

  /** The media the form offers, in the order shown. */
  public static final java.util.List<String> MEDIA =
      java.util.List.of("NEWSPAPER", "MAGAZINE", "TV", "RADIO", "WEB", "OTHER");

  /** A blank URL means none. */
  public PressCoverageForm {
    url = url == null || url.isBlank() ? null : url.strip();
    note = note == null || note.isBlank() ? null : note;
  }
}
