package fr.gouv.ban.api.geocoding;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads that geocode batch rows ({@code ban.geocoder.batch-threads}, default one per core),
 * shared by every CSV and JSON batch of the node: concurrent batches interleave their blocks
 * instead of multiplying threads. Made by the container's managed thread factory.
 */
@ApplicationScoped
public class BatchWorkers {
  @Inject
  @ConfigProperty(name = "ban.geocoder.batch-threads", defaultValue = "0")
  int configuredThreads;

  @Resource private ManagedThreadFactory threadFactory;

  private ExecutorService pool;
  private int threads;

  @PostConstruct
  void start() {
    threads =
        configuredThreads > 0 ? configuredThreads : Runtime.getRuntime().availableProcessors();
    pool = Executors.newFixedThreadPool(threads, threadFactory);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  public Executor executor() {
    return pool;
  }

  public int threads() {
    return threads;
  }
}
