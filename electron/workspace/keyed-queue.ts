/**
 * Runs tasks with the same key one after another, in call order. Autosave can send a save
 * while the previous one is still writing; without this an older content could land last.
 */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
