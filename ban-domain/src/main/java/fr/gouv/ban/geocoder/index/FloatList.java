package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/** Growable float array for the builder. */
final class FloatList {
  private float[] values = new float[16];
  private int size;

  void add(float value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  float get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }
}
