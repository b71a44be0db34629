package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The cells a match read, one slot a cell of the form by its {@link Cell#index()}: every read puts
 * up to 200 cells and asks after each of them again at the end, and an array does that without a
 * map entry or a hash lookup a cell. Seen from outside it is an unmodifiable map iterating in the
 * catalogue's order; the matcher changes it through {@link #set} and {@link #clear}.
 */
final class ReadCells extends AbstractMap<Cell, ReadCell> {
  private final ReadCell[] slots = new ReadCell[FormCells.SIZE];
  private int size;

  /** Puts the cell read, in place of any read before. */
  void set(ReadCell read) {
    int i = read.cell().index();
    if (slots[i] == null) {
      size++;
    }
    slots[i] = read;
  }

  /** Drops what was read of a cell, if anything. */
  void clear(Cell cell) {
    int i = cell.index();
    if (slots[i] != null) {
      size--;
      slots[i] = null;
    }
  }

  /** What was read of a cell, or null. */
  ReadCell of(Cell cell) {
    return slots[cell.index()];
  }

  @Override
  public ReadCell get(Object key) {
    return key instanceof Cell ? slots[((Cell) key).index()] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Collection<ReadCell> values() {
    return new AbstractCollection<ReadCell>() {
      @Override
      public Iterator<ReadCell> iterator() {
        return new Slots<>(read -> read);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Map.Entry<Cell, ReadCell>> entrySet() {
    return new AbstractSet<Map.Entry<Cell, ReadCell>>() {
      @Override
      public Iterator<Map.Entry<Cell, ReadCell>> iterator() {
        return new Slots<>(read -> new SimpleImmutableEntry<>(read.cell(), read));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The filled slots in the catalogue's order, each seen as {@code view} gives it. */
  private final class Slots<T> implements Iterator<T> {
    private final Function<ReadCell, T> view;
    private int next = advance(0);

    Slots(Function<ReadCell, T> view) {
      this.view = view;
    }

    private int advance(int from) {
      int i = from;
      while (i < slots.length && slots[i] == null) {
        i++;
      }
      return i;
    }

    @Override
    public boolean hasNext() {
      return next < slots.length;
    }

    @Override
    public T next() {
      if (next >= slots.length) {
        throw new NoSuchElementException();
      }
      ReadCell read = slots[next];
      next = advance(next + 1);
      return view.apply(read);
    }
  }
}
