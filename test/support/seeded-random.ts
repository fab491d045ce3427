/**
 * A small seeded pseudo-random generator for tests and the judge's benchmark (the judge itself is
 * deterministic and draws no random numbers). Seeded so that every simulated figure
 * (false-failure rate, detection rate, coverage) is reproducible run after run.
 */

/** Uniform numbers in [0, 1) from mulberry32, a 32-bit generator good enough for simulation. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by the Box–Muller transform. */
export function normalSampler(uniform: () => number): () => number {
  return () => {
    // 1 - u keeps the logarithm's argument in (0, 1], so it is never log(0).
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
