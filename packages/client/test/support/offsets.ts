/** Runs `task` for every offset 0..length, a few at a time: for streams split into two writes at every byte. */
export async function everyOffset(length: number, task: (at: number) => Promise<void>) {
  const offsets = Array.from({ length: length + 1 }, (_, i) => i);
  const workers = Array.from({ length: 8 }, async () => {
    for (let at = offsets.shift(); at !== undefined; at = offsets.shift()) await task(at);
  });
  await Promise.all(workers);
}
