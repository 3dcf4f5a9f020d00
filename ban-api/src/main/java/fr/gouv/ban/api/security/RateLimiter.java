package fr.gouv.ban.api.security;

/**
 * Token buckets keyed by client IP. The node-local implementation is {@link LocalRateLimiter}; the
 * cluster gives every node the same buckets through an implementation over the data grid.
 */
public interface RateLimiter {
  /**
   * Takes one request from {@code key}'s bucket.
   *
   * @return 0 if the request may go on, else the nanoseconds until one more is allowed
   */
  long tryAcquire(String key);
}
