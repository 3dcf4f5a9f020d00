package fr.gouv.ban.geocoder.index;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable, self-contained search index: documents, housenumbers, strings, the phonetic term
 * dictionary with its postings, the folded-word dictionary used by autocomplete, the typo table and
 * the spatial grid. Built by {@link IndexBuilder}, saved and read by {@link IndexSnapshot}. Safe
 * for concurrent readers; nothing on the query path allocates per document.
 */
public final class CompactIndex {

  private final StringPool strings;
  private final DocumentTable documents;
  private final HousenumberTable housenumbers;
  private final TermDictionary terms;
  private final Postings postings;
  private final TermDictionary foldedWords;
  private final int[] foldedWordTerms;
  private final TypoIndex typos;
  private final TypoIndex foldedTypos;
  private final SpatialGrid grid;
  private final IdTable ids;
  private final NumberSummary numberSummary;

  CompactIndex(
      StringPool strings,
      DocumentTable documents,
      HousenumberTable housenumbers,
      TermDictionary terms,
      Postings postings,
      TermDictionary foldedWords,
      int[] foldedWordTerms,
      TypoIndex typos,
      TypoIndex foldedTypos,
      SpatialGrid grid) {
    this.strings = strings;
    this.documents = documents;
    this.housenumbers = housenumbers;
    this.terms = terms;
    this.postings = postings;
    this.foldedWords = foldedWords;
    this.foldedWordTerms = foldedWordTerms;
    this.typos = typos;
    this.foldedTypos = foldedTypos;
    this.grid = grid;
    this.ids = IdTable.build(documents, strings);
    this.numberSummary = NumberSummary.of(documents, housenumbers, strings);
  }

  public StringPool strings() {
    return strings;
  }

  public DocumentTable documents() {
    return documents;
  }

  public HousenumberTable housenumbers() {
    return housenumbers;
  }

  /** Each document's numbers in brief, to test for one without a search. */
  public NumberSummary numberSummary() {
    return numberSummary;
  }

  /** Phonetic keys, the unit of {@link #postings()}. */
  public TermDictionary terms() {
    return terms;
  }

  public Postings postings() {
    return postings;
  }

  /** Folded spellings of indexed words, for autocomplete on what the user actually typed. */
  public TermDictionary foldedWords() {
    return foldedWords;
  }

  /** The phonetic term of a folded word rank. */
  public int termOfFoldedWord(int foldedRank) {
    return foldedWordTerms[foldedRank];
  }

  int[] foldedWordTerms() {
    return foldedWordTerms;
  }

  /** One-edit neighbours among phonetic keys. */
  public TypoIndex typos() {
    return typos;
  }

  /**
   * One-edit neighbours among folded spellings: a typo can change a phonetic key a lot ("guicard" →
   * "gikar", "guichard" → "guichar") while staying one edit away when spelled.
   */
  public TypoIndex foldedTypos() {
    return foldedTypos;
  }

  public SpatialGrid grid() {
    return grid;
  }

  public int documentCount() {
    return documents.size();
  }

  /** Document number of an id, or -1. */
  public int find(String id) {
    return ids.find(id, documents, strings);
  }

  /** A string field of a document. */
  public String text(int doc, Field field) {
    return strings.get(documents.ref(doc, field));
  }

  /** A list field of a document, display value first; empty when absent. */
  public List<String> list(int doc, Field field) {
    String joined = text(doc, field);
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return List.of(joined.split(String.valueOf(DocumentTable.LIST_SEPARATOR), -1));
  }

  /** First value of a list field, or null. */
  public String first(int doc, Field field) {
    String joined = text(doc, field);
    if (joined == null || joined.isEmpty()) {
      return null;
    }
    int cut = joined.indexOf(DocumentTable.LIST_SEPARATOR);
    return cut < 0 ? joined : joined.substring(0, cut);
  }

  /** Display key of a housenumber ("10b"). */
  public String housenumberText(int hn) {
    String suffix = strings.get(housenumbers.suffixDisplayRef(housenumbers.suffix(hn)));
    return housenumbers.number(hn) + suffix;
  }

  /** Clé d'interopérabilité of a housenumber of {@code doc}. */
  public String housenumberId(int doc, int hn) {
    int ref = housenumbers.idRef(hn);
    if (ref != StringPool.NONE) {
      return strings.get(ref);
    }
    String suffix = strings.get(housenumbers.suffixDisplayRef(housenumbers.suffix(hn)));
    return HousenumberTable.derivedId(text(doc, Field.ID), housenumbers.number(hn), suffix);
  }

  /** Rebuilds the indexed document, with its housenumbers (for merges, not for queries). */
  public AddressDocument document(int doc) {
    List<HousenumberEntry> numbers =
        new ArrayList<>(documents.housenumberEnd(doc) - documents.housenumberStart(doc));
    for (int hn = documents.housenumberStart(doc); hn < documents.housenumberEnd(doc); hn++) {
      numbers.add(
          new HousenumberEntry(
              housenumberText(hn),
              housenumberId(doc, hn),
              strings.get(housenumbers.banIdRef(hn)),
              housenumbers.lon(hn),
              housenumbers.lat(hn),
              housenumbers.x(hn),
              housenumbers.y(hn)));
    }
    return AddressDocument.builder(text(doc, Field.ID), documents.kind(doc), text(doc, Field.NAME))
        .banId(text(doc, Field.BAN_ID))
        .postcodes(list(doc, Field.POSTCODES))
        .citycodes(list(doc, Field.CITYCODES))
        .cities(list(doc, Field.CITIES))
        .district(text(doc, Field.DISTRICT))
        .oldcity(text(doc, Field.OLDCITYCODE), text(doc, Field.OLDCITY))
        .context(text(doc, Field.CONTEXT))
        .position(documents.lon(doc), documents.lat(doc))
        .projected(documents.x(doc), documents.y(doc))
        .importance(documents.importance(doc))
        .population(documents.population(doc))
        .housenumbers(numbers)
        .build();
  }
}
