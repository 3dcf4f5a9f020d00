/**
 * Benchmark support: a constant endpoint served by the same stack as the API, the baseline HTTP
 * throughput is measured against. Off unless {@code ban.bench.baseline-endpoint=true}.
 */
package fr.gouv.ban.api.bench;
