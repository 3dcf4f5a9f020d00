package fr.gouv.ban.plugins.municipal;

import java.util.List;

/**
 * One data row of a BAL file, its values read by column name.
 *
 * @param line the physical line the row starts on (header = 1)
 * @param header the file's header
 * @param values the row's values, trimmed
 */
record BalRow(long line, BalHeader header, List<String> values) {
  /** The trimmed value of {@code column}, "" when empty or when the file has no such column. */
  String get(String column) {
    return header.get(values, column);
  }

  boolean isEmpty(String column) {
    return get(column).isEmpty();
  }
}
