/**
 * One promise chain for every read-modify-write of the stats: two events arriving together must not both read
 * the old totals and overwrite each other. The background is the only writer, so this is the only lock needed.
 */
let tail: Promise<unknown> = Promise.resolve();

export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
