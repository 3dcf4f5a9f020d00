package fr.gouv.ban.geocoder.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Length-prefixed primitive arrays over data streams, converted through one 64 KiB buffer: a
 * national index is hundreds of megabytes of arrays, and element-by-element stream calls would make
 * saving and loading a snapshot CPU-bound.
 */
final class ArrayIO {

  private static final int CHUNK = 1 << 16;

  private final byte[] bytes = new byte[CHUNK];
  private final ByteBuffer buffer = ByteBuffer.wrap(bytes);

  void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int from = 0; from < values.length; from += CHUNK / 4) {
      int n = Math.min(CHUNK / 4, values.length - from);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, n);
      out.write(bytes, 0, n * 4);
    }
  }

  int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[checkedLength(in)];
    for (int from = 0; from < values.length; from += CHUNK / 4) {
      int n = Math.min(CHUNK / 4, values.length - from);
      in.readFully(bytes, 0, n * 4);
      buffer.clear();
      buffer.asIntBuffer().get(values, from, n);
    }
    return values;
  }

  void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (int from = 0; from < values.length; from += CHUNK / 8) {
      int n = Math.min(CHUNK / 8, values.length - from);
      buffer.clear();
      buffer.asLongBuffer().put(values, from, n);
      out.write(bytes, 0, n * 8);
    }
  }

  long[] readLongs(DataInputStream in) throws IOException {
    long[] values = new long[checkedLength(in)];
    for (int from = 0; from < values.length; from += CHUNK / 8) {
      int n = Math.min(CHUNK / 8, values.length - from);
      in.readFully(bytes, 0, n * 8);
      buffer.clear();
      buffer.asLongBuffer().get(values, from, n);
    }
    return values;
  }

  void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (int from = 0; from < values.length; from += CHUNK / 4) {
      int n = Math.min(CHUNK / 4, values.length - from);
      buffer.clear();
      buffer.asFloatBuffer().put(values, from, n);
      out.write(bytes, 0, n * 4);
    }
  }

  float[] readFloats(DataInputStream in) throws IOException {
    float[] values = new float[checkedLength(in)];
    for (int from = 0; from < values.length; from += CHUNK / 4) {
      int n = Math.min(CHUNK / 4, values.length - from);
      in.readFully(bytes, 0, n * 4);
      buffer.clear();
      buffer.asFloatBuffer().get(values, from, n);
    }
    return values;
  }

  void writeChars(DataOutputStream out, char[] values) throws IOException {
    out.writeInt(values.length);
    for (int from = 0; from < values.length; from += CHUNK / 2) {
      int n = Math.min(CHUNK / 2, values.length - from);
      buffer.clear();
      buffer.asCharBuffer().put(values, from, n);
      out.write(bytes, 0, n * 2);
    }
  }

  char[] readChars(DataInputStream in) throws IOException {
    char[] values = new char[checkedLength(in)];
    for (int from = 0; from < values.length; from += CHUNK / 2) {
      int n = Math.min(CHUNK / 2, values.length - from);
      in.readFully(bytes, 0, n * 2);
      buffer.clear();
      buffer.asCharBuffer().get(values, from, n);
    }
    return values;
  }

  void writeShorts(DataOutputStream out, short[] values) throws IOException {
    out.writeInt(values.length);
    for (int from = 0; from < values.length; from += CHUNK / 2) {
      int n = Math.min(CHUNK / 2, values.length - from);
      buffer.clear();
      buffer.asShortBuffer().put(values, from, n);
      out.write(bytes, 0, n * 2);
    }
  }

  short[] readShorts(DataInputStream in) throws IOException {
    short[] values = new short[checkedLength(in)];
    for (int from = 0; from < values.length; from += CHUNK / 2) {
      int n = Math.min(CHUNK / 2, values.length - from);
      in.readFully(bytes, 0, n * 2);
      buffer.clear();
      buffer.asShortBuffer().get(values, from, n);
    }
    return values;
  }

  void writeBytes(DataOutputStream out, byte[] values) throws IOException {
    out.writeInt(values.length);
    out.write(values);
  }

  byte[] readBytes(DataInputStream in) throws IOException {
    byte[] values = new byte[checkedLength(in)];
    in.readFully(values);
    return values;
  }

  private static int checkedLength(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("corrupt snapshot: negative array length");
    }
    return length;
  }
}
