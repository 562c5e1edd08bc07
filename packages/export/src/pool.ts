// Running async jobs with a bounded number in flight.

/** Runs `job` on every item, at most `limit` at a time; rejects with the first error. */
export async function forEachLimited<T>(items: Iterable<T>, limit: number, job: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await job(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}
