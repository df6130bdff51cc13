// At most a few requests at once: a national view of 34 provinces must not open 34 connections at every poll.

export type RequestLimit = <T>(task: () => Promise<T>) => Promise<T>;

export function requestLimit(maxAtOnce: number): RequestLimit {
  let running = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A task that ends hands its place to the first one waiting, so none can slip in between and exceed the limit.
    if (running >= maxAtOnce) await new Promise<void>((resolve) => queue.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const waiting = queue.shift();
      if (waiting) waiting();
      else running -= 1;
    }
  };
}
