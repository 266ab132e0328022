import { indexNgrams } from "./ngram-index";
import type { Token } from "./types";

/** Two places, by word index, where the same n words start on each side. */
export type Seed = { left: number; right: number };

export type SeedOptions = { ngram: number; maxOccurrences: number };

// Words become small integers shared by both texts, and an n-gram a 32-bit hash of
// them. A seed is still checked word by word, so a hash collision can only miscount how
// frequent an n-gram is (by one, about once per pair of large texts), never make a
// false match.
function wordIds(left: Token[], right: Token[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idsOf = (tokens: Token[]) => Int32Array.from(tokens, ({ norm }) => {
    let id = ids.get(norm);
    if (id === undefined) ids.set(norm, (id = ids.size));
    return id;
  });
  return [idsOf(left), idsOf(right)];
}

function hashesOf(ids: Int32Array, n: number): Int32Array {
  const hashes = new Int32Array(Math.max(0, ids.length - n + 1));
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < n; k++) hash = Math.imul(hash ^ (ids[i + k] as number), 0x01000193);
    hashes[i] = hash ^ (hash >>> 16);
  }
  return hashes;
}

function sameWords(left: Int32Array, i: number, right: Int32Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (left[i + k] !== right[j + k]) return false;
  return true;
}

/**
 * Every pair of positions where the same word n-gram starts on both sides, sorted by
 * left then right position. N-grams seen more than `maxOccurrences` times in either
 * text (headers, footers, stock phrases of the subject) never seed: a passage that
 * contains one is still found from its other n-grams.
 */
export function findSeeds(left: Token[], right: Token[], { ngram, maxOccurrences }: SeedOptions): Seed[] {
  const [leftIds, rightIds] = wordIds(left, right);
  const leftHashes = hashesOf(leftIds, ngram);
  const leftIndex = indexNgrams(leftHashes);
  const rightIndex = indexNgrams(hashesOf(rightIds, ngram));
  const seeds: Seed[] = [];
  leftHashes.forEach((hash, i) => {
    const across = rightIndex.count(hash);
    if (across === 0 || across > maxOccurrences || leftIndex.count(hash) > maxOccurrences) return;
    for (const j of rightIndex.positions(hash)) if (sameWords(leftIds, i, rightIds, j, ngram)) seeds.push({ left: i, right: j });
  });
  return seeds;
}
