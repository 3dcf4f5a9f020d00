package fr.gouv.ban.geocoder.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The array sections of a snapshot, in one fixed order shared by writer and reader. */
final class SnapshotSections {

  private SnapshotSections() {}

  static void write(CompactIndex index, DataOutputStream out, ArrayIO io) throws IOException {
    io.writeChars(out, index.strings().chars());
    io.writeInts(out, index.strings().offsets());
    DocumentTable d = index.documents();
    io.writeBytes(out, d.kinds);
    io.writeInts(out, d.refs);
    io.writeInts(out, d.lons);
    io.writeInts(out, d.lats);
    io.writeInts(out, d.xs);
    io.writeInts(out, d.ys);
    io.writeFloats(out, d.importances);
    io.writeLongs(out, d.populations);
    io.writeInts(out, d.housenumberStarts);
    HousenumberTable h = index.housenumbers();
    io.writeInts(out, h.numbers);
    io.writeShorts(out, h.suffixes);
    io.writeInts(out, h.lons);
    io.writeInts(out, h.lats);
    io.writeInts(out, h.xs);
    io.writeInts(out, h.ys);
    io.writeInts(out, h.idRefs);
    io.writeInts(out, h.banIdRefs);
    io.writeInts(out, h.suffixDisplayRefs);
    io.writeInts(out, h.suffixKeyRefs);
    io.writeChars(out, index.terms().chars());
    io.writeInts(out, index.terms().offsets());
    io.writeInts(out, index.postings().starts());
    io.writeInts(out, index.postings().docs());
    io.writeFloats(out, index.postings().weights());
    io.writeInts(out, index.postings().heaviest().starts());
    io.writeInts(out, index.postings().heaviest().postings());
    io.writeInts(out, index.postings().importanceOrder().ranks());
    io.writeInts(out, index.postings().importanceOrder().starts());
    io.writeInts(out, index.postings().importanceOrder().postings());
    io.writeChars(out, index.foldedWords().chars());
    io.writeInts(out, index.foldedWords().offsets());
    io.writeInts(out, index.foldedWordTerms());
    io.writeLongs(out, index.typos().entries());
    io.writeLongs(out, index.foldedTypos().entries());
    io.writeLongs(out, index.grid().cellKeys());
    io.writeInts(out, index.grid().cellStarts());
    io.writeInts(out, index.grid().points());
    out.writeInt(index.grid().housenumberCount());
  }

  static CompactIndex read(DataInputStream in, ArrayIO io) throws IOException {
    StringPool strings = new StringPool(io.readChars(in), io.readInts(in));
    DocumentTable documents =
        new DocumentTable(
            io.readBytes(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readFloats(in),
            io.readLongs(in),
            io.readInts(in));
    HousenumberTable housenumbers =
        new HousenumberTable(
            io.readInts(in),
            io.readShorts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in),
            io.readInts(in));
    TermDictionary terms = new TermDictionary(io.readChars(in), io.readInts(in));
    int[] postingStarts = io.readInts(in);
    int[] postingDocs = io.readInts(in);
    float[] postingWeights = io.readFloats(in);
    HeaviestPostings heaviest = new HeaviestPostings(io.readInts(in), io.readInts(in));
    Postings postings =
        new Postings(
            postingStarts,
            postingDocs,
            postingWeights,
            heaviest,
            ImportanceOrder.read(io.readInts(in), io.readInts(in), io.readInts(in), postingDocs));
    TermDictionary folded = new TermDictionary(io.readChars(in), io.readInts(in));
    int[] foldedTerms = io.readInts(in);
    TypoIndex typos = new TypoIndex(io.readLongs(in));
    TypoIndex foldedTypos = new TypoIndex(io.readLongs(in));
    SpatialGrid grid =
        new SpatialGrid(io.readLongs(in), io.readInts(in), io.readInts(in), in.readInt());
    return new CompactIndex(
        strings,
        documents,
        housenumbers,
        terms,
        postings,
        folded,
        foldedTerms,
        typos,
        foldedTypos,
        grid);
  }
}
