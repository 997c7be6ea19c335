package nexus.reporting.obligation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered page by element id as a browser test would (the pages are HTML5, not XML): the
 * element's opening tag, an attribute, its text.
 */
final class PageHtml {

  private final String html;

  PageHtml(String html) {
    this.html = html;
  }

  String html() {
    return html;
  }

  /** The opening tag of the element with this id, or null. */
  String tag(String id) {
    Matcher m =
        Pattern.compile("<[a-zA-Z][^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    return m.find() ? m.group() : null;
  }

  boolean has(String id) {
    return tag(id) != null;
  }

  /** An attribute of the element (null if absent; "" for a bare attribute). */
  String attr(String id, String name) {
    String tag = tag(id);
    if (tag == null) {
      throw new AssertionError("no element #" + id);
    }
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(name) + "(=\"([^\"]*)\")?[\\s>/]").matcher(tag);
    if (!m.find()) {
      return null;
    }
    return m.group(2) == null ? "" : unescape(m.group(2));
  }

  /** The value of an input (empty when it has none). */
  String value(String id) {
    String v = attr(id, "value");
    return v == null ? "" : v;
  }

  /** The value of the selected option of a select. */
  String selected(String id) {
    String inner = inner(id);
    Matcher m = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected[^>]*>").matcher(inner);
    return m.find() ? m.group(1) : null;
  }

  /** The element's text, tags removed, entities read, spaces collapsed. */
  String text(String id) {
    return unescape(inner(id).replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
  }

  /**
   * The whole element (opening tag to its closing tag, not nested in itself) of this tag name whose
   * attribute has this value, e.g. a table row by {@code data-plan-id}; null if none.
   */
  String element(String tagName, String attribute, String value) {
    Matcher m =
        Pattern.compile(
                "<"
                    + tagName
                    + "\\s[^>]*"
                    + Pattern.quote(attribute)
                    + "=\""
                    + Pattern.quote(value)
                    + "\"[^>]*>.*?</"
                    + tagName
                    + ">",
                Pattern.DOTALL)
            .matcher(html);
    return m.find() ? m.group() : null;
  }

  /** How many elements carry this class. */
  int count(String cssClass) {
    Matcher m =
        Pattern.compile("class=\"([^\"]*\\s)?" + Pattern.quote(cssClass) + "(\\s[^\"]*)?\"")
            .matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private String inner(String id) {
    Matcher m =
        Pattern.compile(
                "<([a-zA-Z][a-zA-Z0-9]*)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL)
            .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no element #" + id);
    }
    return m.group(2);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
