package nexus.web.sheet;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to a stream: cells are text, whole numbers ({@code Long}, {@code
 * Integer}) or Japan-time {@code LocalDateTime}s.
 */
public interface Sheet extends AutoCloseable {

  void row(List<?> cells) throws IOException;

  /** Finishes the file (the output stream stays open). */
  @Override
  void close() throws IOException;
}
