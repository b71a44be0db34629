package io.github.xxgk.report.publication.pdf;

/**
 * Sets of the numbers {@code 0} to {@code size - 1} that are joined pairwise (union-find): the
 * segments of ruling lines that meet form one table, and the grid positions with no line between
 * them form one cell. Each set is named by its smallest member, so that the order of the tables and
 * cells does not depend on the order of the joins.
 */
final class DisjointSets {
  private final int[] parent;

  /** Every number its own set. */
  DisjointSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** How many numbers there are. */
  int size() {
    return parent.length;
  }

  /** The set of {@code i}: its smallest member. */
  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}. */
  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
