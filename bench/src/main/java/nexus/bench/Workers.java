package nexus.bench;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A fixed number of workers (virtual threads) taking items from one queue until it is empty or the
 * deadline has passed: a closed loop, each worker starts its next item when its last one is done.
 */
final class Workers {

  private Workers() {}

  /**
   * Runs {@code work} on every item with {@code concurrency} workers.
   *
   * @return whether every item was taken before the deadline
   */
  static <T> boolean run(int concurrency, List<T> items, Instant deadline, Consumer<T> work) {
    Queue<T> queue = new ConcurrentLinkedQueue<>(items);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> workers =
          java.util.stream.IntStream.range(0, concurrency)
              .<Future<?>>mapToObj(
                  i ->
                      threads.submit(
                          () -> {
                            T item;
                            while (Instant.now().isBefore(deadline)
                                && (item = queue.poll()) != null) {
                              work.accept(item);
                            }
                          }))
              .toList();
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    return queue.isEmpty();
  }
}
