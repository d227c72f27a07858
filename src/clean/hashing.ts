/**
 * Words and tokens keyed by two independent 32-bit hashes of their code units, computed while a text is scanned:
 * reading a document's words this way makes no string per word (strings and their look-ups were most of the cost
 * of repairing PDF text). Two distinct words of one document share both hashes with odds near 2^-64.
 */

/*
 * Hash A is FNV-1a: a = Math.imul(a ^ unit, FNV_PRIME); hash B is polynomial: b = (Math.imul(b, 31) + unit) | 0.
 * The scans write these steps out in their loops rather than call a function: the optimising compiler does not
 * always inline a call shared by several hot loops, and a call per code unit tripled the cost of a scan.
 */
export const SEED_A = 0x811c9dc5 | 0;
export const SEED_B = 7;
export const FNV_PRIME = 16777619;

/** The hash pair of a whole string, as a scan computes it unit by unit. */
export function hashPair(text: string): [number, number] {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, FNV_PRIME);
    b = (Math.imul(b, 31) + unit) | 0;
  }
  return [a, b];
}

/** The size (in bits) of a table that holds this many pairs without growing. */
export const bitsFor = (pairs: number) => Math.max(4, Math.ceil(Math.log2(2 * pairs + 2)));

/**
 * An integer per hash pair (open addressing, linear probing, doubled at half full). A probe reads hash A alone, in
 * an array of its own, and the rest of a slot only where A matches: the table most probes read stays small enough
 * for the processor's cache. A slot whose A is 0 is empty, so a pair's A of 0 is kept as 1 (the pairs (0, b) and
 * (1, b) are one, which adds odds of 2^-64 to those of two words sharing both hashes).
 */
export class HashTable {
  /** hash A per slot */
  private keys: Int32Array;
  /** [b, value] per slot */
  private entries: Int32Array;
  private mask: number;
  size = 0;

  /** A table of 2^bits slots: it holds half as many pairs before it grows. */
  constructor(bits = 10) {
    this.keys = new Int32Array(1 << bits);
    this.entries = new Int32Array(2 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The value stored for the pair, or `absent`. */
  get(a: number, b: number, absent: number): number {
    const keys = this.keys;
    const key = a === 0 ? 1 : a;
    for (let slot = (key ^ (key >>> 15)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === 0) return absent;
      if (found === key && this.entries[slot << 1] === b) return this.entries[(slot << 1) + 1];
    }
  }

  /** Adds `delta` to the pair's value (0 when new). */
  add(a: number, b: number, delta: number): void {
    const slot = this.slotOf(a, b);
    this.entries[(slot << 1) + 1] += delta;
  }

  set(a: number, b: number, value: number): void {
    // The slot first: finding it may grow the table.
    const slot = this.slotOf(a, b);
    this.entries[(slot << 1) + 1] = value;
  }

  /** The pair's slot, made (value 0) when new. */
  private slotOf(a: number, b: number): number {
    const keys = this.keys;
    const key = a === 0 ? 1 : a;
    for (let slot = (key ^ (key >>> 15)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = keys[slot];
      if (found === 0) {
        if (2 * (this.size + 1) > this.mask + 1) {
          this.grow();
          return this.slotOf(a, b);
        }
        keys[slot] = key;
        this.entries[slot << 1] = b;
        this.size++;
        return slot;
      }
      if (found === key && this.entries[slot << 1] === b) return slot;
    }
  }

  private grow(): void {
    const { keys, entries } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.entries = new Int32Array(entries.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.set(keys[slot], entries[slot << 1], entries[(slot << 1) + 1]);
  }
}
