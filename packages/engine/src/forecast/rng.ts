/** One round of splitmix32: a well-mixed 32-bit word from any 32-bit input. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded xoshiro128** generator. Every Monte Carlo iteration gets its own stream, derived from
 * the forecast seed and the iteration's number (`reseed`), so any split of the iterations into
 * chunks draws exactly the same numbers: the result depends on the seed only, not on the split.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed = 0, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Restarts the generator on stream `stream` of seed `seed` (both taken as 32-bit integers). */
  reseed(seed: number, stream: number): void {
    let x = mix32(seed ^ mix32(stream + 0x632be5ab));
    this.a = x = mix32(x);
    this.b = x = mix32(x);
    this.c = x = mix32(x);
    this.d = mix32(x) | 1; // never the all-zero state
  }

  /** The next 32-bit word. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A float in the open interval (0, 1). */
  next(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** `out.length` calls of `next()`, with the state in locals (several times faster than the calls). */
  fill(out: Float64Array): void {
    let { a, b, c, d } = this;
    for (let k = 0; k < out.length; k++) {
      out[k] = ((Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0) + 0.5) / 4294967296;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
