/**
 * Owns: a mergeable summary of durations (seconds) — count, sum, and counts in fixed buckets —
 * from which mean, median and P90 are read. Why buckets: a day's summary is written once when the
 * day closes and a year of them merges by adding counts, without ever re-reading a ticket.
 * Resolution: 15 s up to 30 min, 1 min up to 3 h, 5 min up to 12 h (enough for waits and
 * service times; the bucket width bounds the error of a quantile).
 */

export interface Digest {
  count: number;
  /** sum of the durations, seconds */
  sum: number;
  /** bucket index → count (sparse) */
  buckets: Record<string, number>;
}

const STEPS: readonly { upTo: number; width: number }[] = [
  { upTo: 30 * 60, width: 15 },
  { upTo: 3 * 3600, width: 60 },
  { upTo: 12 * 3600, width: 300 },
];

export function emptyDigest(): Digest {
  return { count: 0, sum: 0, buckets: {} };
}

/** Bucket index of a duration and the bucket's [lower, upper) bounds. */
function bucketOf(seconds: number): number {
  let index = 0;
  let lower = 0;
  for (const step of STEPS) {
    if (seconds < step.upTo) return index + Math.floor((seconds - lower) / step.width);
    index += (step.upTo - lower) / step.width;
    lower = step.upTo;
  }
  return index; // everything longer than 12 h shares the last bucket
}

function boundsOf(index: number): [number, number] {
  let first = 0;
  let lower = 0;
  for (const step of STEPS) {
    const n = (step.upTo - lower) / step.width;
    if (index < first + n) {
      const from = lower + (index - first) * step.width;
      return [from, from + step.width];
    }
    first += n;
    lower = step.upTo;
  }
  return [lower, lower];
}

export function addTo(digest: Digest, seconds: number): void {
  const value = Math.max(0, seconds);
  const key = String(bucketOf(value));
  digest.count++;
  digest.sum += value;
  digest.buckets[key] = (digest.buckets[key] ?? 0) + 1;
}

export function merge(into: Digest, from: Digest): void {
  into.count += from.count;
  into.sum += from.sum;
  for (const [key, n] of Object.entries(from.buckets)) into.buckets[key] = (into.buckets[key] ?? 0) + n;
}

export function mean(digest: Digest): number | undefined {
  return digest.count > 0 ? digest.sum / digest.count : undefined;
}

/** The q-quantile (0 < q < 1), interpolated within its bucket. */
export function quantile(digest: Digest, q: number): number | undefined {
  if (digest.count === 0) return undefined;
  const rank = q * digest.count;
  const indices = Object.keys(digest.buckets)
    .map(Number)
    .sort((a, b) => a - b);
  let seen = 0;
  for (const index of indices) {
    const n = digest.buckets[String(index)] ?? 0;
    if (seen + n >= rank) {
      const [from, to] = boundsOf(index);
      return from + ((rank - seen) / n) * (to - from);
    }
    seen += n;
  }
  return boundsOf(indices.at(-1) ?? 0)[1];
}

/**
 * The same quantiles as `quantile`, prepared once: for reading many (the wait estimates sample
 * service times thousands of times per estimate), by binary search instead of sorting each time.
 */
export function quantileFunction(digest: Digest): (q: number) => number | undefined {
  if (digest.count === 0) return () => undefined;
  const indices = Object.keys(digest.buckets)
    .map(Number)
    .sort((a, b) => a - b);
  const counts = indices.map((i) => digest.buckets[String(i)] ?? 0);
  const before: number[] = [];
  let seen = 0;
  for (const n of counts) {
    before.push(seen);
    seen += n;
  }
  const last = boundsOf(indices.at(-1) ?? 0)[1];
  return (q) => {
    const rank = q * digest.count;
    // the first bucket whose cumulative count reaches the rank
    let lo = 0;
    let hi = indices.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid]! + counts[mid]! >= rank) hi = mid;
      else lo = mid + 1;
    }
    if (lo === indices.length) return last;
    const [from, to] = boundsOf(indices[lo]!);
    return from + ((rank - before[lo]!) / counts[lo]!) * (to - from);
  };
}

/** The share of durations below `seconds` (0 … 1), interpolated within its bucket; prepared once. */
export function cumulativeFunction(digest: Digest): (seconds: number) => number {
  const entries = Object.entries(digest.buckets)
    .map(([key, n]) => ({ bounds: boundsOf(Number(key)), n }))
    .sort((a, b) => a.bounds[0] - b.bounds[0]);
  return (seconds) => {
    if (digest.count === 0) return 0;
    let below = 0;
    for (const { bounds, n } of entries) {
      const [from, to] = bounds;
      if (seconds >= to) below += n;
      else {
        if (seconds > from) below += (n * (seconds - from)) / (to - from);
        break;
      }
    }
    return below / digest.count;
  };
}
