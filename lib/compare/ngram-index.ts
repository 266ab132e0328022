// An index from 32-bit n-gram hashes to the positions where they occur, in typed arrays
// (open addressing, positions chained in ascending order). A Map keyed by numbers was
// the slowest step on the 280 KB capture: most time went to allocating and collecting
// boxed keys.

export type NgramIndex = {
  /** Positions with this hash, ascending; empty when there is none. */
  positions(hash: number): number[];
  /** How many positions have this hash. */
  count(hash: number): number;
};

export function indexNgrams(hashes: Int32Array): NgramIndex {
  let size = 2;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotHead = new Int32Array(size).fill(-1);
  const slotCount = new Int32Array(size);
  const next = new Int32Array(hashes.length).fill(-1);

  const slotOf = (hash: number): number => {
    let slot = hash & mask;
    while (slotHead[slot] !== -1 && slotHash[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  };
  // Backwards, so that each chain lists its positions in ascending order.
  for (let i = hashes.length - 1; i >= 0; i--) {
    const hash = hashes[i] as number;
    const slot = slotOf(hash);
    slotHash[slot] = hash;
    next[i] = slotHead[slot] as number;
    slotHead[slot] = i;
    slotCount[slot] = (slotCount[slot] as number) + 1;
  }

  return {
    count: (hash) => slotCount[slotOf(hash)] as number,
    positions(hash) {
      const found: number[] = [];
      for (let i = slotHead[slotOf(hash)] as number; i !== -1; i = next[i] as number) found.push(i);
      return found;
    },
  };
}
