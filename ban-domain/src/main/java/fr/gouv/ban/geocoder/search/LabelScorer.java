package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import fr.gouv.ban.geocoder.index.StringPool;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The string part of the score: the best similarity between the query and the labels of a result,
 * built as addok-france does ({@code N}, {@code N C}, {@code N P}, {@code N P C}, each preceded by
 * the number when one matched; municipalities also {@code N P} and {@code P N}). Two forms of the
 * query are compared and the better one kept: the folded raw query (addok's score) and the cleaned,
 * abbreviation-expanded query with its normalised number (so "bd", "st", "bis", CEDEX and noise do
 * not penalise), each against labels spelling the number its way. Labels are assembled from
 * precomputed folded fields into one reusable buffer.
 */
final class LabelScorer {

  /**
   * Score factor of a label matched without the postcode the query names: below 1, so the right
   * postcode wins between homonyms, and above {@link CandidateScorer#NEAREST_FACTOR}, so a street
   * with the queried number in another postcode wins over the nearest number of the named one.
   */
  static final double POSTCODE_MISMATCH_FACTOR = 0.97;

  /** Label similarity below which the comparison without the postcode is not tried. */
  private static final double STRIPPED_POSTCODE_MIN = 0.6;

  private static final Pattern POSTCODE = Pattern.compile("\\b\\d{5}\\b");
  private static final Pattern SPACES = Pattern.compile(" +");

  private final CompactIndex index;
  private final QueryBigrams raw;
  private final QueryBigrams cleaned;
  private final QueryBigrams withoutPostcode;
  private final boolean autocomplete;
  private char[] label = new char[256];
  private final Part name = new Part();
  private final Part city = new Part();
  private final Part postcode = new Part();
  private final Part number = new Part();
  private final Part numberKey = new Part();

  /**
   * @param wordFinished the query's last word is complete: with autocomplete, it is not completed
   *     in the labels either
   */
  LabelScorer(
      CompactIndex index,
      String rawQuery,
      String cleanedQuery,
      boolean autocomplete,
      boolean wordFinished) {
    this.index = index;
    this.raw = new QueryBigrams(rawQuery, wordFinished);
    this.cleaned = new QueryBigrams(cleanedQuery, wordFinished);
    String stripped =
        SPACES.matcher(POSTCODE.matcher(cleanedQuery).replaceAll(" ").trim()).replaceAll(" ");
    this.withoutPostcode =
        stripped.equals(cleanedQuery) ? null : new QueryBigrams(stripped, wordFinished);
    this.autocomplete = autocomplete;
  }

  /**
   * Best label similarity of {@code doc}, with housenumber {@code hn} (-1 for none).
   *
   * @param queriedNumber the number to put in the labels instead of {@code hn}'s (the query's own,
   *     when {@code hn} is only the nearest number: the miss is priced by a factor, not twice), or
   *     null
   * @param ignorePostcode also compare the query without its postcode to the labels without one, at
   *     {@link #POSTCODE_MISMATCH_FACTOR} (a wrong postcode costs less than a wrong number)
   */
  double score(int doc, int hn, String queriedNumber, boolean ignorePostcode) {
    DocumentTable docs = index.documents();
    StringPool strings = index.strings();
    name.set(strings, docs.ref(doc, Field.FOLDED_NAME));
    city.set(strings, docs.ref(doc, Field.FOLDED_CITY));
    postcode.setFirstSegment(strings, docs.ref(doc, Field.POSTCODES));
    if (queriedNumber != null) {
      number.setText(queriedNumber);
      numberKey.setText(queriedNumber);
    } else {
      number.setNumber(index, hn);
      numberKey.setNumberKey(index, hn);
    }
    boolean hasCity = city.length > 0 && !city.sameAs(name);
    boolean hasPostcode = postcode.length > 0;
    double best = compare(name, null, null);
    if (docs.kind(doc) == DocumentKind.MUNICIPALITY && hasPostcode) {
      best = Math.max(best, compare(name, postcode, null));
      best = Math.max(best, compare(postcode, name, null));
    }
    if (hasCity) {
      best = Math.max(best, compare(name, city, null));
    }
    if (hasCity && hasPostcode) {
      best = Math.max(best, compare(name, postcode, null));
      best = Math.max(best, compare(name, postcode, city));
    }
    // only a label that already shares most of the query can gain from it (and this keeps the
    // extra comparisons to a few candidates)
    if (ignorePostcode
        && withoutPostcode != null
        && best >= STRIPPED_POSTCODE_MIN
        && best < POSTCODE_MISMATCH_FACTOR) {
      double stripped = withoutPostcode(name, null);
      if (hasCity) {
        stripped = Math.max(stripped, withoutPostcode(name, city));
      }
      best = Math.max(best, POSTCODE_MISMATCH_FACTOR * stripped);
    }
    return best;
  }

  /** Compares the label "[number] a b" (b optional) with the cleaned query less its postcode. */
  private double withoutPostcode(Part a, Part b) {
    int length = compose(numberKey.copyTo(ensure(numberKey.length + 1), 0), a, b, null);
    return similarity(withoutPostcode, length);
  }

  /** Compares the label "[number] a b c" (b and c optional) in both query forms. */
  private double compare(Part a, Part b, Part c) {
    int length = compose(numberKey.copyTo(ensure(numberKey.length + 1), 0), a, b, c);
    double best = cleaned.isEmpty() ? 0 : similarity(cleaned, length);
    length = compose(number.copyTo(ensure(number.length + 1), 0), a, b, c);
    return Math.max(best, similarity(raw, length));
  }

  private int compose(int at, Part a, Part b, Part c) {
    if (at > 0) {
      label[at++] = ' ';
    }
    at = a.copyTo(ensure(at + a.length), at);
    return append(append(at, b), c);
  }

  private int append(int at, Part part) {
    if (part == null) {
      return at;
    }
    ensure(at + part.length + 1)[at] = ' ';
    return part.copyTo(label, at + 1);
  }

  private char[] ensure(int capacity) {
    if (capacity > label.length) {
      label = Arrays.copyOf(label, Math.max(capacity, label.length * 2));
    }
    return label;
  }

  private double similarity(QueryBigrams query, int length) {
    return autocomplete ? query.autocompleteScore(label, length) : query.similarity(label, length);
  }

  /** One label component, copied once per candidate. */
  private static final class Part {
    private char[] chars = new char[64];
    private int length;

    void set(StringPool strings, int ref) {
      length = strings.length(ref);
      if (length > chars.length) {
        chars = new char[length * 2];
      }
      if (length > 0) {
        strings.copyTo(ref, chars, 0);
      }
    }

    void setFirstSegment(StringPool strings, int ref) {
      set(strings, ref);
      for (int i = 0; i < length; i++) {
        if (chars[i] == DocumentTable.LIST_SEPARATOR) {
          length = i;
          break;
        }
      }
    }

    void setNumber(CompactIndex index, int hn) {
      if (hn < 0) {
        length = 0;
        return;
      }
      String text = index.housenumberText(hn).toLowerCase(Locale.ROOT);
      length = text.length();
      text.getChars(0, length, chars, 0);
    }

    void setText(String text) {
      length = text.length();
      if (length > chars.length) {
        chars = new char[length * 2];
      }
      text.getChars(0, length, chars, 0);
    }

    /** The normalised key ("10b" for "10bis"), as the cleaned query spells numbers. */
    void setNumberKey(CompactIndex index, int hn) {
      if (hn < 0) {
        length = 0;
        return;
      }
      String text =
          index.housenumbers().number(hn)
              + index
                  .strings()
                  .get(index.housenumbers().suffixKeyRef(index.housenumbers().suffix(hn)));
      length = text.length();
      text.getChars(0, length, chars, 0);
    }

    boolean sameAs(Part other) {
      return Arrays.equals(chars, 0, length, other.chars, 0, other.length);
    }

    int copyTo(char[] out, int at) {
      System.arraycopy(chars, 0, out, at, length);
      return at + length;
    }
  }
}
