/**
 * A small seeded pseudo-random generator for the demo data: sfc32 (Chris Doty-Humphrey's Small
 * Fast Counting generator), seeded through splitmix32. Only 32-bit integer arithmetic is used
 * (Math.imul, `>>> 0`), so the same seed gives the same sequence on every platform and Node
 * version. Not for anything secret.
 *
 * `fork(label)` derives an independent stream from the seed and a label, not from the parent's
 * position: the absence of one student stays the same however many other students come first.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A float from `min` (included) to `max` (excluded). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the choices, with probability proportional to its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** A version-4-shaped UUID drawn from this stream, so ids are as reproducible as the rest. */
  uuid(): string;
  /** An independent stream for the label, the same whatever this stream has drawn so far. */
  fork(label: string | number): Rng;
}

export function createRng(seed: number | string): Rng {
  return rngFromKey(hash32(String(seed)));
}

/** FNV-1a over the UTF-16 code units, finished with murmur3's avalanche. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function rngFromKey(key: number): Rng {
  const init = splitmix32(key);
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
  for (let i = 0; i < 12; i++) uint32();

  const next = () => uint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const rng: Rng = {
    next,
    uint32,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices.at(-1);
      if (!last) throw new RangeError('weighted choice from an empty list');
      return last[0];
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i]!;
        items[i] = items[j]!;
        items[j] = tmp;
      }
      return items;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      return rng.shuffle([...items]).slice(0, Math.max(0, count));
    },
    normal(mean: number, sd: number): number {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    uuid(): string {
      const w0 = uint32();
      const w1 = uint32();
      const w2 = uint32();
      const w3 = uint32();
      const bytes = [
        w0 >>> 24, (w0 >>> 16) & 0xff, (w0 >>> 8) & 0xff, w0 & 0xff,
        w1 >>> 24, (w1 >>> 16) & 0xff, ((w1 >>> 8) & 0x0f) | 0x40, w1 & 0xff,
        ((w2 >>> 24) & 0x3f) | 0x80, (w2 >>> 16) & 0xff, (w2 >>> 8) & 0xff, w2 & 0xff,
        w3 >>> 24, (w3 >>> 16) & 0xff, (w3 >>> 8) & 0xff, w3 & 0xff,
      ].map((byte) => HEX[byte]!);
      return (
        bytes.slice(0, 4).join('') + '-' + bytes.slice(4, 6).join('') + '-' + bytes.slice(6, 8).join('') + '-' +
        bytes.slice(8, 10).join('') + '-' + bytes.slice(10, 16).join('')
      );
    },
    fork: (label) => rngFromKey(fmix32((key ^ hash32(String(label))) + 0x6d2b79f5)),
  };
  return rng;
}
