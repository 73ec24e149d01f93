/** How far a typo may be from what was meant: commander's own limit. */
const MAXIMUM_DISTANCE = 3;

/** The optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAXIMUM_DISTANCE) return Math.max(a.length, b.length);
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * What `typed` was likely meant to be among `known`, as commander suggests it: the closest ones
 * (three edits at most, more alike than not), sorted; none for a one-character guess. Options are
 * compared without their `--`.
 */
export function similarTo(typed: string, known: readonly string[]): string[] {
  const bare = (word: string) => (typed.startsWith("--") ? word.slice(2) : word);
  let best = MAXIMUM_DISTANCE;
  let similar: string[] = [];
  for (const candidate of new Set(known)) {
    if (bare(candidate).length <= 1) continue;
    const distance = editDistance(bare(typed), bare(candidate));
    const length = Math.max(bare(typed).length, bare(candidate).length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < best) [best, similar] = [distance, [candidate]];
    else if (distance === best) similar.push(candidate);
  }
  return similar.sort((a, b) => a.localeCompare(b));
}
