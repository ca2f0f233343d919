package io.eksplanner.ipam;

import java.util.Arrays;

/** A growable list of unsigned addresses, without boxing. */
final class LongList {

    private long[] values = new long[4];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    long get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
