/**
 * A small seeded pseudo-random generator (sfc32) and the distributions the synthesiser draws from. Math.random
 * cannot be seeded, so it would make runs unrepeatable; every draw here comes from a stream keyed by the run's
 * seed and a label, so the same seed gives byte-identical output whatever order the streams are used in.
 */
import { createHash } from 'node:crypto';

const seedKeys = new Map<string, Uint32Array>();

function seedKey(seed: string): Uint32Array {
  let key = seedKeys.get(seed);
  if (!key) {
    const digest = createHash('sha256').update(seed, 'utf8').digest();
    key = new Uint32Array([digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)]);
    seedKeys.set(seed, key);
  }
  return key;
}

/** FNV-1a over the UTF-16 code units of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The murmur3 finaliser: spreads every input bit over the output. */
export function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * A stream for one purpose of one run: the seed and the labels (e.g. "customer", 42) pick the state. The
   * seed is hashed once (SHA-256); the labels, made per customer, are mixed in with a cheap hash, since
   * millions of streams are made in a large run.
   */
  constructor(seed: string, ...labels: (string | number)[]) {
    const key = seedKey(seed);
    const h = fnv1a(labels.join('\u0000'));
    this.a = mix(key[0]! ^ h);
    this.b = mix(key[1]! ^ mix(h + 0x9e3779b9));
    this.c = mix(key[2]! ^ mix(h + 0x3c6ef372));
    this.d = mix(key[3]! ^ mix(h + 0xdaa66d2b));
    // The authors of sfc32 advise discarding the first outputs so that similar seeds diverge.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One item, each as likely as its weight. */
  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    const total = items.reduce((s, i) => s + i.weight, 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= item.weight;
      if (r < 0) return item.value;
    }
    return items[items.length - 1]!.value;
  }

  /** A standard normal draw (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw given by its median and the standard deviation of its logarithm. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** How many events happen when `mean` are expected (Knuth for small means, a rounded normal for large ones). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }

  /** A random-looking UUID (version 4 layout) drawn from this stream, so it repeats with the seed. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + Math.floor(this.next() * 4)).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
