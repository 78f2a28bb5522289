/**
 * Exact sampling from the discrete Laplace distribution, P(y) ∝ exp(−|y|/scale) over the integers, for the
 * noise that makes published counts differentially private. Only integer arithmetic and uniform random integers
 * are used (the method of Canonne, Kamath and Steinke, 2020), so no floating-point rounding can leak which count
 * was noised — the weakness of textbook Laplace noise added to doubles (Mironov, 2012).
 */
import { randomInt } from 'node:crypto';

/** A positive rational number as numerator / denominator. */
export interface Rational {
  num: number;
  den: number;
}

/** A decimal such as "0.5" or "2" as an exact fraction; refuses anything else. */
export function parseRational(text: string): Rational | undefined {
  const m = /^([0-9]{1,6})(?:\.([0-9]{1,6}))?$/.exec(text.trim());
  if (!m) return undefined;
  const den = 10 ** (m[2]?.length ?? 0);
  const num = Number(m[1]) * den + Number(m[2] ?? 0);
  if (num === 0) return undefined;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** A uniform integer in [0, n): the source of all randomness here (a CSPRNG, with rejection for exactness). */
export type RandomInt = (n: number) => number;
const cryptoInt: RandomInt = (n) => (n === 1 ? 0 : randomInt(n));

/** Bernoulli(num/den). */
const bernoulli = (num: number, den: number, rand: RandomInt) => rand(den) < num;

/** Bernoulli(exp(−num/den)), for num/den ≥ 0. */
function bernoulliExp(num: number, den: number, rand: RandomInt): boolean {
  if (num > den) {
    for (let i = 0; i < Math.floor(num / den); i++) if (!bernoulliExp(1, 1, rand)) return false;
    return bernoulliExp(num % den, den, rand);
  }
  // For γ ≤ 1: the number of successive successes of Bernoulli(γ/k), k = 1, 2…, is even with probability exp(−γ).
  let k = 1;
  while (bernoulli(num, den * k, rand)) k++;
  return k % 2 === 1;
}

/** One sample of discrete Laplace noise with scale = scale.num / scale.den. */
export function discreteLaplace(scale: Rational, rand: RandomInt = cryptoInt): number {
  const { num: t, den: s } = scale;
  for (;;) {
    const u = rand(t);
    if (!bernoulliExp(u, t, rand)) continue;
    let v = 0;
    while (bernoulliExp(1, 1, rand)) v++;
    const y = Math.floor((u + t * v) / s);
    const negative = bernoulli(1, 2, rand);
    if (negative && y === 0) continue;
    return negative ? -y : y;
  }
}

/** The probability of each value under that distribution, for checking the sampler. */
export function discreteLaplacePmf(scale: number, y: number): number {
  const p = Math.exp(-1 / scale);
  return ((1 - p) / (1 + p)) * p ** Math.abs(y);
}
