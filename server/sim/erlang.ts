/**
 * Owns: the M/M/c queue in closed form (Erlang C) — what a simulator of the core must reproduce
 * for Poisson arrivals, exponential service and FIFO calling — and the batch-means statistics
 * to compare a simulation with it honestly.
 */

export interface ErlangC {
  /** offered load a = λ/μ */
  load: number;
  /** utilisation ρ = a/c */
  utilisation: number;
  /** probability that an arrival has to wait */
  pWait: number;
  /** mean wait in the queue W_q, in the unit of 1/λ */
  meanWait: number;
  /** mean number waiting L_q = λ · W_q (Little's law) */
  meanWaiting: number;
}

/** λ arrivals and μ services per counter per unit of time, c counters; needs ρ < 1. */
export function erlangC(lambda: number, mu: number, c: number): ErlangC {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1) || c < 1 || !Number.isInteger(c))
    throw new Error(`erlangC: unstable or invalid (ρ = ${rho})`);
  // Σ aᵏ/k! for k < c, and aᶜ/c!, built term by term (no factorial overflow for large c)
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - rho);
  const pWait = top / (sum + top);
  const meanWait = pWait / (c * mu - lambda);
  return { load: a, utilisation: rho, pWait, meanWait, meanWaiting: lambda * meanWait };
}

/**
 * A ratio estimate Σy / Σx over independent batches (e.g. total wait ÷ tickets per simulated day)
 * with its standard error by the delta method — the batches, not the correlated single waits,
 * are the independent observations.
 */
export function ratioEstimate(batches: readonly { y: number; x: number }[]): { value: number; se: number } {
  const n = batches.length;
  if (n < 2) throw new Error('ratioEstimate: need at least two batches');
  const sy = batches.reduce((s, b) => s + b.y, 0);
  const sx = batches.reduce((s, b) => s + b.x, 0);
  const r = sy / sx;
  const meanX = sx / n;
  const ss = batches.reduce((s, b) => s + (b.y - r * b.x) ** 2, 0);
  return { value: r, se: Math.sqrt(ss / (n * (n - 1))) / meanX };
}

/**
 * Waits of a first-come-first-served queue with c servers that never idle while someone waits
 * (the Kiefer–Wolfowitz recursion): each arrival starts at the later of its arrival and the
 * earliest free server. Arrivals in order; all times in ms. The core, called FIFO, must give
 * exactly these waits on the same arrivals and service times.
 */
export function fifoWaits(arrivals: readonly number[], serviceMs: readonly number[], c: number): number[] {
  const free = new Array<number>(c).fill(-Infinity);
  return arrivals.map((at, i) => {
    let m = 0;
    for (let k = 1; k < c; k++) if (free[k]! < free[m]!) m = k;
    const start = Math.max(at, free[m]!);
    free[m] = start + (serviceMs[i] ?? 0);
    return start - at;
  });
}
