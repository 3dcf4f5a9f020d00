package fr.gouv.ban.api.ingestion;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.ingestion.CommandOutcome;
import fr.gouv.ban.domain.ingestion.ImportJob;
import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/** The JSON view of an import job. */
final class ImportJobs {
  /** Rejections shown inline; the full list is at {@code /import/{job}/report}. */
  static final int INLINE_REJECTIONS = 1000;

  private ImportJobs() {}

  static JsonObject json(ImportJob job, boolean withRejections) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("id", job.id())
            .add("kind", job.kind())
            .add("file", job.fileName())
            .add("status", job.status().name().toLowerCase(Locale.ROOT))
            .add("dry_run", job.dryRun())
            .add("contributor_type", job.writer())
            .add("progress", Math.round(job.progress() * 1000) / 1000.0)
            .add("bytes_read", job.bytesRead())
            .add("bytes_total", job.bytesTotal())
            .add("commands", job.commands())
            .add("elapsed_seconds", job.elapsed().toMillis() / 1000.0);
    if (job.plugin() != null) {
      b.add("plugin", job.plugin());
    }
    if (job.failure() != null) {
      b.add("error", job.failure());
    }
    JsonObjectBuilder summary = JSON.createObjectBuilder();
    for (CommandOutcome o : CommandOutcome.values()) {
      summary.add(o.name().toLowerCase(Locale.ROOT), job.total(o));
    }
    b.add("summary", summary);
    JsonObjectBuilder byKind = JSON.createObjectBuilder();
    for (ResourceKind k : ResourceKind.values()) {
      JsonObjectBuilder counts = JSON.createObjectBuilder();
      long any = 0;
      for (CommandOutcome o : CommandOutcome.values()) {
        if (o != CommandOutcome.REJECTED) {
          long n = job.count(k, o);
          any += n;
          counts.add(o.name().toLowerCase(Locale.ROOT), n);
        }
      }
      if (any > 0) {
        byKind.add(k.wireName(), counts);
      }
    }
    b.add("resources", byKind);
    if (withRejections) {
      List<ImportJob.Rejection> all = job.rejections();
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      all.stream()
          .limit(INLINE_REJECTIONS)
          .forEach(
              r -> {
                JsonObjectBuilder row =
                    JSON.createObjectBuilder().add("line", r.line()).add("reason", r.reason());
                if (r.kind() != null) {
                  row.add("resource", r.kind().wireName());
                }
                rows.add(row);
              });
      b.add("rejected", rows);
    }
    return b.build();
  }
}
