/**
 * A server-sent events parser that keeps only what this API uses: each event's `data`. Comments
 * (`: keep-alive`), `event:`, `id:` and `retry:` lines are skipped (a named event's name is its payload's `type`:
 * decision 0002); LF, CRLF and CR all end a line; a line may
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
    // A CR at the very end may be the first half of a CRLF: it stays as it is until the next piece tells.
    if (input.includes("\r")) input = input.replace(/\r\n|\r(?!$)/g, "\n");
    // Events end at a blank line; the last piece is an event still arriving.
    const events = input.split("\n\n");
    rest = events.pop() as string;
    const data: string[] = [];
    for (const event of events) {
      // Most events are one `data: ` line, after one `event: ` line in named streams; matching lines only for the
      // others keeps a long stream fast.
      const line = event.startsWith("event: ") ? event.slice(event.indexOf("\n") + 1) : event;
      if (line.startsWith("data: ") && !line.includes("\n")) data.push(line.slice(6));
      else {
        // Lines end only at LF here (CRs are gone): `^`, `$` and `.` would also break at U+2028 and U+2029.
        const lines = [...event.matchAll(/(?<![^\n])data: ?([^\n]*)/g)];
        if (lines.length) data.push(lines.map((line) => line[1]).join("\n"));
      }
    }
    return data;
  };
}
