package fr.gouv.ban.geocoder.index;

/** Open-addressing hash table from document id to document number, for live updates. */
final class IdTable {

  /** Document number + 1; 0 marks an empty slot. */
  private final int[] slots;

  IdTable(int[] slots) {
    this.slots = slots;
  }

  static IdTable build(DocumentTable docs, StringPool strings) {
    int capacity = Integer.highestOneBit(Math.max(4, docs.size() * 2)) << 1;
    int[] slots = new int[capacity];
    for (int doc = 0; doc < docs.size(); doc++) {
      String id = strings.get(docs.ref(doc, DocumentTable.Field.ID));
      int slot = id.hashCode() & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = doc + 1;
    }
    return new IdTable(slots);
  }

  int find(String id, DocumentTable docs, StringPool strings) {
    int mask = slots.length - 1;
    for (int slot = id.hashCode() & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int doc = slots[slot] - 1;
      if (strings.equalsText(docs.ref(doc, DocumentTable.Field.ID), id)) {
        return doc;
      }
    }
    return -1;
  }
}
