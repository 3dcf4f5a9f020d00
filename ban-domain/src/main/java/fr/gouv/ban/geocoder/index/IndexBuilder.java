package fr.gouv.ban.geocoder.index;

import static java.util.Objects.requireNonNull;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import fr.gouv.ban.geocoder.text.Term;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams documents into a {@link CompactIndex}. Each added document is immediately flattened into
 * growable primitive columns, so the builder never holds the document objects: a whole département
 * (or France, given the heap) goes through in one pass. Not thread-safe; one builder per build.
 *
 * <p>Token weights follow addok: for each field value, {@code (boost + 0.1 × importance) / number
 * of words}, the maximum over fields kept per (word, document). Boosts: name 4, postcode 1.2 on
 * municipalities, every other searchable field 1.
 */
public final class IndexBuilder {

  private static final float NAME_BOOST = 4f;
  private static final float MUNICIPALITY_POSTCODE_BOOST = 1.2f;
  private static final float DEFAULT_BOOST = 1f;

  private final TextNormalizer normalizer;
  private final StringPool.Builder strings = new StringPool.Builder();
  private final DocumentColumns docs = new DocumentColumns();
  private final HousenumberColumns housenumbers;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final Map<String, Integer> foldedWordTerms = new HashMap<>();
  private final Set<String> seenIds = new HashSet<>();
  private final IntList postingTerms = new IntList();
  private final IntList postingDocs = new IntList();
  private final FloatList postingWeights = new FloatList();

  public IndexBuilder(TextNormalizer normalizer) {
    this.normalizer = requireNonNull(normalizer, "normalizer");
    this.housenumbers = new HousenumberColumns(strings, normalizer);
  }

  /**
   * Adds a municipality, street or locality document with its housenumbers.
   *
   * @throws IllegalArgumentException on a duplicate id or a housenumber-kind document
   */
  public IndexBuilder add(AddressDocument doc) {
    if (!tryAdd(doc)) {
      throw new IllegalArgumentException("duplicate document id " + doc.id());
    }
    return this;
  }

  /**
   * Adds a document unless one with its id was added before (the builder is then unchanged).
   *
   * @return false for a duplicate id
   * @throws IllegalArgumentException on a housenumber-kind document
   */
  public boolean tryAdd(AddressDocument doc) {
    if (doc.kind() == DocumentKind.HOUSENUMBER) {
      throw new IllegalArgumentException(
          "housenumbers are indexed inside their street: " + doc.id());
    }
    if (!seenIds.add(doc.id())) {
      return false;
    }
    int temp = docs.size();
    docs.add(doc, IndexBuilder.refsOf(doc, strings, normalizer), housenumbers.size());
    for (HousenumberEntry entry : doc.housenumbers()) {
      housenumbers.add(entry, doc.id());
    }
    indexTerms(doc, temp);
    return true;
  }

  public IndexBuilder addAll(Iterable<AddressDocument> documents) {
    documents.forEach(this::add);
    return this;
  }

  private void indexTerms(AddressDocument doc, int temp) {
    Map<Integer, Float> weights = new HashMap<>();
    float bonus = (float) (0.1 * doc.importance());
    addField(weights, List.of(doc.name()), NAME_BOOST + bonus);
    float postcodeBoost =
        doc.kind() == DocumentKind.MUNICIPALITY ? MUNICIPALITY_POSTCODE_BOOST : DEFAULT_BOOST;
    addField(weights, doc.postcodes(), postcodeBoost + bonus);
    addField(weights, doc.cities(), DEFAULT_BOOST + bonus);
    addField(weights, doc.citycodes(), DEFAULT_BOOST + bonus);
    addField(weights, nonNull(doc.context()), DEFAULT_BOOST + bonus);
    addField(weights, nonNull(doc.district()), DEFAULT_BOOST + bonus);
    addField(weights, nonNull(doc.oldcity()), DEFAULT_BOOST + bonus);
    addField(weights, nonNull(doc.oldcitycode()), DEFAULT_BOOST + bonus);
    weights.forEach(
        (term, weight) -> {
          postingTerms.add(term);
          postingDocs.add(temp);
          postingWeights.add(weight);
        });
  }

  private static List<String> nonNull(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private void addField(Map<Integer, Float> weights, List<String> values, float boost) {
    for (String value : values) {
      List<Term> terms = normalizer.indexTerms(value);
      if (terms.isEmpty()) {
        continue;
      }
      float weight = boost / terms.size();
      for (Term term : terms) {
        int id = termIds.computeIfAbsent(term.key(), k -> termIds.size());
        foldedWordTerms.putIfAbsent(term.folded(), id);
        weights.merge(id, weight, Math::max);
      }
    }
  }

  /** Sorts everything into its final order and freezes it. The builder is spent afterwards. */
  public CompactIndex build() {
    int[] docOrder = docs.idOrder();
    int[] newDocOfTemp = new int[docOrder.length];
    for (int i = 0; i < docOrder.length; i++) {
      newDocOfTemp[docOrder[i]] = i;
    }
    HousenumberColumns.Frozen frozenNumbers =
        housenumbers.freeze(docs.housenumberRanges(), docOrder);
    DocumentTable table = docs.freeze(docOrder, frozenNumbers.starts());
    String[] keys = sortedKeys(termIds);
    int[] rankOfTemp = ranks(termIds, keys);
    TermDictionary terms = TermDictionary.of(keys);
    Postings postings =
        PostingsSorter.sort(
                postingTerms, postingDocs, postingWeights, rankOfTemp, newDocOfTemp, keys.length)
            .ordered(table.importances);
    String[] folded = sortedKeys(foldedWordTerms);
    int[] foldedTerms = new int[folded.length];
    for (int i = 0; i < folded.length; i++) {
      foldedTerms[i] = rankOfTemp[foldedWordTerms.get(folded[i])];
    }
    StringPool pool = strings.build();
    TermDictionary foldedDictionary = TermDictionary.of(folded);
    return new CompactIndex(
        pool,
        table,
        frozenNumbers.table(),
        terms,
        postings,
        foldedDictionary,
        foldedTerms,
        TypoIndex.build(terms),
        TypoIndex.build(foldedDictionary),
        SpatialGrid.build(table, frozenNumbers.table()));
  }

  private static String[] sortedKeys(Map<String, Integer> map) {
    String[] keys = map.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    return keys;
  }

  private static int[] ranks(Map<String, Integer> ids, String[] sorted) {
    int[] rankOfTemp = new int[sorted.length];
    for (int rank = 0; rank < sorted.length; rank++) {
      rankOfTemp[ids.get(sorted[rank])] = rank;
    }
    return rankOfTemp;
  }

  /** Fields that identify a document's string columns, in {@link Field} order. */
  static int[] refsOf(AddressDocument doc, StringPool.Builder strings, TextNormalizer normalizer) {
    int[] refs = new int[DocumentTable.FIELDS];
    refs[Field.ID.ordinal()] = strings.add(doc.id());
    refs[Field.BAN_ID.ordinal()] = strings.add(doc.banId());
    refs[Field.NAME.ordinal()] = strings.add(doc.name());
    refs[Field.POSTCODES.ordinal()] = strings.add(join(doc.postcodes()));
    refs[Field.CITYCODES.ordinal()] = strings.add(join(doc.citycodes()));
    refs[Field.CITIES.ordinal()] = strings.add(join(doc.cities()));
    refs[Field.DISTRICT.ordinal()] = strings.add(doc.district());
    refs[Field.OLDCITYCODE.ordinal()] = strings.add(doc.oldcitycode());
    refs[Field.OLDCITY.ordinal()] = strings.add(doc.oldcity());
    refs[Field.CONTEXT.ordinal()] = strings.add(doc.context());
    refs[Field.FOLDED_NAME.ordinal()] = strings.add(normalizer.fold(doc.name()));
    refs[Field.FOLDED_CITY.ordinal()] = strings.add(normalizer.fold(doc.city()));
    return refs;
  }

  private static String join(List<String> values) {
    return String.join(String.valueOf(DocumentTable.LIST_SEPARATOR), values);
  }
}
