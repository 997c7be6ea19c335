package nexus.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The suite's paging bounds in one place: pages from 0, at most 200 items a page. */
public final class Paging {

  public static final int MAX_PAGE_SIZE = 200;

  private Paging() {}

  /** A page request with out-of-range numbers brought into range rather than refused. */
  public static PageRequest of(int page, int size, Sort sort) {
    return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE), sort);
  }
}
