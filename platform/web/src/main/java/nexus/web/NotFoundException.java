package nexus.web;

/**
 * Nothing the caller may see exists under that id. Also thrown for objects that exist but belong to
 * someone else, so that ids of other institutions' records cannot be probed.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
