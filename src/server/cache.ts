/**
 * Answers computed from the store, kept until the store changes. The store's fingerprint (how many document versions,
 * and the highest id ever given) changes with every insert and every delete, by this server or by another process
 * writing the same PostgreSQL database; it costs one small query, far less than the answers it saves, and requests
 * arriving while it runs share it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Store } from '../store/db.js';

/** Answers kept at most: a comparison or a document model can weigh a few hundred kilobytes. */
const MAX_ENTRIES = 256;

export class AnswerCache {
  private readonly answers = new Map<string, Promise<unknown>>();
  private fingerprint: string | null = null;
  private checking: Promise<string> | null = null;

  constructor(private readonly store: Store) {}

  private currentFingerprint(): Promise<string> {
    this.checking ??= queryRows<{ versions: number; last: number }>(this.store.db,
      sql`SELECT count(*)::int AS versions, coalesce(max(id), 0)::int AS last FROM documents`)
      .then(([row]) => `${row.versions}:${row.last}`)
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  /** The answer for `key`, computed once while the store is unchanged; concurrent askers share one computation. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const fingerprint = await this.currentFingerprint();
    if (fingerprint !== this.fingerprint) {
      this.answers.clear();
      this.fingerprint = fingerprint;
    }
    const known = this.answers.get(key);
    if (known) {
      // Most recently used last, so that the oldest is the first evicted.
      this.answers.delete(key);
      this.answers.set(key, known);
      return known as Promise<T>;
    }
    const answer = compute();
    this.answers.set(key, answer);
    // A failure (not found, bad input) is not kept: the next request asks again.
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
    if (this.answers.size > MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}

/** What every route plugin is given. */
export interface ApiContext {
  store: Store;
  cache: AnswerCache;
}
