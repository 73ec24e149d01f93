import { createContext } from "react";

type Entry = {
  answer?: Promise<unknown>;
  /** Abandons the request while it is under way: no one reads it any more, or it was invalidated. */
  abort?: AbortController;
  readers: Set<() => void>;
};

/**
 * The account space's answers, by request ("establishments", "profile"…): what the pages and the
 * layout show at the same time is fetched once and shared, and an action that changes it
 * invalidates it, which refreshes every reader. An answer no one reads any more is dropped, so a
 * page opened again asks the server again; a request no one waits for any more is aborted.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (entry === undefined) this.entries.set(key, (entry = { readers: new Set() }));
    return entry;
  }

  /**
   * The answer to the request, asked once for all its readers; a failure is not kept. `load` is
   * given the signal that abandons the request (fetch's `signal`).
   */
  read<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const entry = this.entry(key);
    if (entry.answer === undefined) {
      const abort = new AbortController();
      const answer = load(abort.signal);
      Object.assign(entry, { answer, abort });
      answer.then(
        () => entry.abort === abort && (entry.abort = undefined),
        () => {
          if (entry.answer === answer) entry.answer = entry.abort = undefined;
        },
      );
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
        if (entry.readers.size > 0 || this.entries.get(key) !== entry) return;
        this.entries.delete(key);
        entry.abort?.abort();
      });
    };
  }

  /** The server changed it: every reader asks again (once, together); an answer under way is abandoned. */
  invalidate(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    entry.abort?.abort();
    entry.answer = entry.abort = undefined;
    for (const onChange of [...entry.readers]) onChange();
  }
}

export const QueryCacheContext = createContext(new QueryCache());
