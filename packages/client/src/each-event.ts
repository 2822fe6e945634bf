import type { BatchIterator } from "./stream.js";

/**
 * Calls `handle` with each event of `stream`, in order, by batches when it is the client's `Stream` (see
 * {@link BatchIterator}); an error of `handle` closes the stream.
 */
export async function forEachEvent<Event>(stream: AsyncIterable<Event>, handle: (event: Event) => void) {
  const iterator: Partial<BatchIterator<Event>> & AsyncIterator<Event> = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const result = iterator.nextBatch ? await iterator.nextBatch() : await iterator.next();
      if (result.done) {
        finished = true;
        return;
      }
      if (iterator.nextBatch) for (const event of result.value as Event[]) handle(event);
      else handle(result.value as Event);
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}
