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
 * Two integers per hash pair, a value and a note for the caller, in one typed array (open addressing, linear
 * probing, doubled at half full): a pair found is one read of memory. A slot whose hash A is 0 is empty, so a
 * pair's A of 0 is kept as 1 (the pairs (0, b) and (1, b) are one, which adds odds of 2^-64 to those of two
 * words sharing both hashes).
 */
export class HashTable {
  /** [a, b, value, note] per slot */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  /** A table of 2^bits slots: it holds half as many pairs before it grows. */
  constructor(bits = 10) {
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The value stored for the pair, or `absent`. */
  get(a: number, b: number, absent: number): number {
    const slot = this.find(a, b);
    return slot < 0 ? absent : this.slots[slot + 2];
  }

  /** Where the pair is kept (for `valueAt`, `noteAt`), or -1. */
  find(a: number, b: number): number {
    const slots = this.slots;
    const key = a === 0 ? 1 : a;
    for (let slot = (key ^ (key >>> 15)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot << 2;
      const found = slots[at];
      if (found === 0) return -1;
      if (found === key && slots[at + 1] === b) return at;
    }
  }

  valueAt(at: number): number {
    return this.slots[at + 2];
  }

  noteAt(at: number): number {
    return this.slots[at + 3];
  }

  setNoteAt(at: number, note: number): void {
    this.slots[at + 3] = note;
  }

  /** Adds `delta` to the pair's value (0 when new). */
  add(a: number, b: number, delta: number): void {
    // The slot first: finding it may grow the table.
    const at = this.slotOf(a, b);
    this.slots[at + 2] += delta;
  }

  /** Sets the pair's value and returns where it is kept. */
  set(a: number, b: number, value: number): number {
    // The slot first: finding it may grow the table.
    const at = this.slotOf(a, b);
    this.slots[at + 2] = value;
    return at;
  }

  /** The pair's slot, made (value and note 0) when new. */
  private slotOf(a: number, b: number): number {
    const slots = this.slots;
    const key = a === 0 ? 1 : a;
    for (let slot = (key ^ (key >>> 15)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot << 2;
      const found = slots[at];
      if (found === 0) {
        if (2 * (this.size + 1) > this.mask + 1) {
          this.grow();
          return this.slotOf(a, b);
        }
        slots[at] = key;
        slots[at + 1] = b;
        this.size++;
        return at;
      }
      if (found === key && slots[at + 1] === b) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === 0) continue;
      const moved = this.slotOf(old[at], old[at + 1]);
      this.slots[moved + 2] = old[at + 2];
      this.slots[moved + 3] = old[at + 3];
    }
  }
}
