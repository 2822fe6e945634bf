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
  let rest = "";
  return (text) => {
    let input = rest + text;
    // A CR at the very end may be the first half of a CRLF: keep it until the next piece tells.
    const heldBack = input.endsWith("\r") ? "\r" : "";
    if (input.includes("\r")) input = input.slice(0, input.length - heldBack.length).replace(/\r\n?/g, "\n");
    // Events end at a blank line; the last piece is an event still arriving.
    const events = input.split("\n\n");
    rest = (events.pop() as string) + heldBack;
    const data: string[] = [];
    for (const event of events) {
      // Most events are one `data: ` line; splitting lines only for the others keeps a long stream fast.
      if (event.startsWith("data: ") && !event.includes("\n")) data.push(event.slice(6));
      else {
        const lines = event.split("\n").filter((line) => line.startsWith("data:"));
        if (lines.length)
          data.push(lines.map((line) => line.slice(line.charCodeAt(5) === 32 ? 6 : 5)).join("\n"));
      }
    }
    return data;
  };
}
