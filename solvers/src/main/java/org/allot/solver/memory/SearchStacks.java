package org.allot.solver.memory;

import java.util.Arrays;

/**
 * The stacks of {@link CanonicalSearch}: candidate keys per node, the buffer lists of nested
 * partitions, the trails of raised minimum offsets and section floors, and new cut points. Each is
 * a primitive array with a top index that grows by doubling, so a search allocates only while the
 * stacks are still reaching their high-water mark.
 */
final class SearchStacks {
  long[] cand;
  int candTop;
  int[] part;
  int partTop;
  int[] raisedBuffer;
  long[] raisedOld;
  int raisedTop;
  int[] floorSection;
  long[] floorOld;
  int floorTop;
  int[] cutPoint;
  int cutTop;

  SearchStacks(int buffers, int sections) {
    int n = Math.max(16, buffers);
    cand = new long[4 * n];
    part = new int[4 * n];
    raisedBuffer = new int[4 * n];
    raisedOld = new long[4 * n];
    floorSection = new int[Math.max(16, 4 * sections)];
    floorOld = new long[floorSection.length];
    cutPoint = new int[Math.max(16, sections)];
  }

  void pushCandidate(long key) {
    if (candTop == cand.length) {
      cand = Arrays.copyOf(cand, 2 * cand.length);
    }
    cand[candTop++] = key;
  }

  void pushPart(int b) {
    if (partTop == part.length) {
      part = Arrays.copyOf(part, 2 * part.length);
    }
    part[partTop++] = b;
  }

  void pushRaised(int b, long old) {
    if (raisedTop == raisedBuffer.length) {
      raisedBuffer = Arrays.copyOf(raisedBuffer, 2 * raisedBuffer.length);
      raisedOld = Arrays.copyOf(raisedOld, 2 * raisedOld.length);
    }
    raisedBuffer[raisedTop] = b;
    raisedOld[raisedTop++] = old;
  }

  void pushFloor(int s, long old) {
    if (floorTop == floorSection.length) {
      floorSection = Arrays.copyOf(floorSection, 2 * floorSection.length);
      floorOld = Arrays.copyOf(floorOld, 2 * floorOld.length);
    }
    floorSection[floorTop] = s;
    floorOld[floorTop++] = old;
  }

  void pushCut(int s) {
    if (cutTop == cutPoint.length) {
      cutPoint = Arrays.copyOf(cutPoint, 2 * cutPoint.length);
    }
    cutPoint[cutTop++] = s;
  }
}
