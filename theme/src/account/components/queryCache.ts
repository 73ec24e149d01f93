import { createContext } from "react";

/**
 * The account space's answers, by request ("establishments", "profile"…): what the pages and the
 * layout show at the same time is fetched once and shared, and an action that changes it
 * invalidates it, which refreshes every reader. An answer no one reads any more is dropped, so a
 * page opened again asks the server again.
 */
export class QueryCache {
  private readonly entries = new Map<string, { answer?: Promise<unknown>; readers: Set<() => void> }>();

  private entry(key: string) {
    let entry = this.entries.get(key);
    if (entry === undefined) this.entries.set(key, (entry = { readers: new Set() }));
    return entry;
  }

  /** The answer to the request, asked once for all its readers; a failure is not kept. */
  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entry(key);
    if (entry.answer === undefined) {
      const answer = load();
      entry.answer = answer;
      answer.catch(() => {
        if (entry.answer === answer) entry.answer = undefined;
      });
    }
    return entry.answer as Promise<T>;
  }

  /** `onChange` runs when the request is invalidated, until the returned function is called. */
  subscribe(key: string, onChange: () => void): () => void {
    const entry = this.entry(key);
    entry.readers.add(onChange);
    return () => {
      entry.readers.delete(onChange);
      // After the render that unmounted the reader: a page mounted again at once keeps the answer.
      queueMicrotask(() => {
        if (entry.readers.size === 0 && this.entries.get(key) === entry) this.entries.delete(key);
      });
    };
  }

  /** The server changed it: every reader asks again (once, together). */
  invalidate(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    entry.answer = undefined;
    for (const onChange of [...entry.readers]) onChange();
  }
}

export const QueryCacheContext = createContext(new QueryCache());
