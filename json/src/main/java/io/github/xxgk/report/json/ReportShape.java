package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.form.NarrativeSection;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of the contract's JSON document, in the contract's key order. The three tables are
 * derived from the cell catalogue, so reader, writer and schema cannot disagree with it.
 */
final class ReportShape {
  /** What a node holds. */
  enum Kind {
    OBJECT,
    /** A field of the report's metadata: {@link Node#field} says which. */
    METADATA,
    NARRATIVE,
    COUNT,
    MONEY,
    /** {@code blankCells} or {@code notApplicableCells}: an array of cell pointers. */
    CELLS
  }

  /** A property of the document: an object with children, or a value. */
  static final class Node {
    final String key;

    /** The key as Jackson can match it against the input's bytes, without reading a name. */
    final SerializableString quotedKey;

    final String pointer;
    final Kind kind;
    final Cell cell;
    final NarrativeSection section;

    /** The metadata field of a {@link Kind#METADATA} node; null for every other. */
    final MetadataField field;

    private Label label;
    private final boolean required;
    private final Map<String, Node> children = new LinkedHashMap<>();
    private Node[] ordered = new Node[0];

    /** The children that must be present, as bits by index. */
    private long requiredMask;

    /** For an object, its number in the shape, so a reader can keep a value per object read. */
    private int objectNumber = -1;

    /** The position among its parent's children, so a reader can mark it seen in a bit mask. */
    private int index;

    /** For a cell, its place in {@link FormCells#all()}, so a reader can keep a value per cell. */
    private int cellNumber = -1;

    Node(String key, String pointer, Kind kind, Cell cell, boolean required) {
      this(key, pointer, kind, cell, null, null, required);
    }

    Node(
        String key,
        String pointer,
        Kind kind,
        Cell cell,
        NarrativeSection section,
        MetadataField field,
        boolean required) {
      // Interned like the names Jackson's parsers return, so that a name can match by identity.
      this.key = key.intern();
      this.quotedKey = new SerializedString(this.key);
      this.pointer = pointer;
      this.kind = kind;
      this.cell = cell;
      this.section = section;
      this.field = field;
      this.required = required;
    }

    boolean required() {
      return required;
    }

    /** The form's caption of this node, or null for metadata and narrative. */
    Label label() {
      return label;
    }

    int index() {
      return index;
    }

    /** The cell's place in {@link FormCells#all()}, from 0; -1 for a node that is no cell. */
    int cellNumber() {
      return cellNumber;
    }

    void adopt(Node child) {
      if (children.size() == Long.SIZE) {
        throw new IllegalStateException(pointer + " has more children than a seen-mask holds");
      }
      child.index = children.size();
      children.put(child.key, child);
      ordered = children.values().toArray(new Node[0]);
      if (child.required) {
        requiredMask |= 1L << child.index;
      }
    }

    /** Whether every required child is among those marked seen. */
    boolean complete(long seen) {
      return (seen & requiredMask) == requiredMask;
    }

    int objectNumber() {
      return objectNumber;
    }

    /** The node at a JSON Pointer of the shape, or null. */
    Node at(String pointer) {
      Node node = this;
      if (pointer.isEmpty()) {
        return node;
      }
      for (String key : pointer.substring(1).split("/", -1)) {
        node = node.children.get(key);
        if (node == null) {
          return null;
        }
      }
      return node;
    }

    /**
     * The child with a key. Documents mostly list keys in the contract's order, so the child after
     * the one before is tried first, by identity, which holds for the interned names of Jackson's
     * parsers; any other name is looked up.
     */
    Node child(String name, int after) {
      int next = after + 1;
      if (next < ordered.length && ordered[next].key == name) {
        return ordered[next];
      }
      return children.get(name);
    }

    Collection<Node> children() {
      return Collections.unmodifiableCollection(children.values());
    }

    /** The child at an index, in the contract's order. */
    Node child(int index) {
      return ordered[index];
    }

    int size() {
      return ordered.length;
    }
  }

  static final String BLANK_CELLS = "blankCells";
  static final String NOT_APPLICABLE_CELLS = "notApplicableCells";

  static final Node ROOT = build();

  /** How many objects the shape has: the size of an array indexed by object number. */
  static final int OBJECTS = number(ROOT, 0);

  private ReportShape() {}

  private static Node build() {
    Node root = new Node("", "", Kind.OBJECT, null, true);
    for (MetadataField field : MetadataField.values()) {
      root.adopt(
          new Node(
              field.pointer().substring(1),
              field.pointer(),
              Kind.METADATA,
              null,
              null,
              field,
              isRequired(field)));
    }
    // The contract puts section 一 before the tables and 五、六 after them.
    addSection(root, NarrativeSection.OVERVIEW);
    List<Cell> cells = FormCells.all();
    for (int i = 0; i < cells.size(); i++) {
      addCell(root, cells.get(i)).cellNumber = i;
    }
    for (NarrativeSection section : NarrativeSection.values()) {
      if (section != NarrativeSection.OVERVIEW) {
        addSection(root, section);
      }
    }
    // Added to format 1 after the rest, so they come last.
    add(root, BLANK_CELLS, Kind.CELLS, false);
    add(root, NOT_APPLICABLE_CELLS, Kind.CELLS, false);
    return root;
  }

  /**
   * Whether the contract requires a metadata field; the organ's kind and the date may be left out.
   */
  static boolean isRequired(MetadataField field) {
    switch (field) {
      case EDITION:
      case ORGAN:
      case YEAR:
        return true;
      case ORGAN_KIND:
      case PUBLISHED_ON:
        return false;
    }
    throw new AssertionError(field);
  }

  private static int number(Node node, int next) {
    int count = next;
    if (node.kind == Kind.OBJECT) {
      node.objectNumber = count++;
      for (Node child : node.ordered) {
        count = number(child, count);
      }
    }
    return count;
  }

  private static void add(Node parent, String key, Kind kind, boolean required) {
    parent.adopt(new Node(key, parent.pointer + "/" + key, kind, null, required));
  }

  private static void addSection(Node root, NarrativeSection section) {
    String key = section.pointer().substring(1);
    Node node = new Node(key, section.pointer(), Kind.NARRATIVE, null, section, null, false);
    node.label = section.label();
    root.adopt(node);
  }

  private static Node addCell(Node root, Cell cell) {
    FormRow row = cell.row();
    FormTable table = row.table();
    String[] rowPath = row.pointer().substring(1).split("/");
    Node node = object(root, table.pointer().substring(1), null, table.label());
    // The segments between table and row are the row's groups, innermost last.
    int firstGroup = row.groups().size() - (rowPath.length - 1);
    for (int i = 0; i < rowPath.length - 1; i++) {
      Label group = firstGroup + i >= 0 ? row.groups().get(firstGroup + i) : null;
      node = object(node, rowPath[i], null, group);
    }
    node = object(node, rowPath[rowPath.length - 1], row, row.label());
    Kind kind = cell.isMoney() ? Kind.MONEY : Kind.COUNT;
    // Inside a row, only the total column may be left out.
    Node leaf = new Node(cell.column().key(), cell.pointer(), kind, cell, !cell.column().isTotal());
    leaf.label = cell.column().label();
    node.adopt(leaf);
    return leaf;
  }

  private static Node object(Node parent, String key, FormRow row, Label label) {
    Node node = parent.children.get(key);
    if (node == null) {
      // 三（七） may be left out as a whole; every other table part is required.
      boolean required = row != ApplicationRow.OUTCOMES_TOTAL;
      node = new Node(key, parent.pointer + "/" + key, Kind.OBJECT, null, required);
      node.label = label;
      parent.adopt(node);
    }
    return node;
  }
}
