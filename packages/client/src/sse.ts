/**
 * A server-sent events parser that keeps only what this API uses: each event's `data`. Comments
 * (`: keep-alive`), `event:`, `id:` and `retry:` lines are skipped; LF, CRLF and CR all end a line; a line may
 * arrive in any number of pieces. Feed it decoded text, get the data of the events it completed; `feed("\n")`
 * at the end completes an event whose closing blank line never came.
 *
 * Hand-written rather than eventsource-parser because the client's bundle budget (5 kB min+gzip) cannot afford
 * that package's 1.4 kB: see the bundle figures of `pnpm bench`.
 */
export function createEventParser(): (text: string) => string[] {
  let partialLine = "";
  let data: string | undefined;
  return (text) => {
    const events: string[] = [];
    const input = partialLine + text;
    // A CR at the very end may be the first half of a CRLF: keep it until the next piece tells.
    const heldBack = input.endsWith("\r") ? 1 : 0;
    const lines = input.slice(0, input.length - heldBack).split(/\r\n?|\n/);
    partialLine = (lines.pop() as string) + (heldBack ? "\r" : "");
    for (const line of lines) {
      if (line === "") {
        if (data !== undefined) events.push(data);
        data = undefined;
      } else if (line.startsWith("data:")) {
        const value = line.slice(line.charCodeAt(5) === 32 ? 6 : 5);
        data = data === undefined ? value : `${data}\n${value}`;
      }
    }
    return events;
  };
}
