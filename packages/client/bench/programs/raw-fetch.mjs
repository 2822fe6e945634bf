// The baseline: fetch, and events split by hand on blank lines. No retries, no errors, no types: the floor.
export const name = "raw fetch + hand split";

export function connect(baseURL) {
  return { baseURL, headers: { Authorization: "Bearer sk-bench", "Content-Type": "application/json" } };
}

export async function streamChat({ baseURL, headers }) {
  const response = await fetch(`${baseURL}/chat/completions`, {
    method: "POST",
    headers: { ...headers, Accept: "text/event-stream" },
    body: JSON.stringify({
      model: "deepseek-v4-flash",
      messages: [{ role: "user", content: "Tell me a long story." }],
      stream: true,
    }),
  });
  const decoder = new TextDecoder();
  let buffer = "";
  let reasoning = "";
  let content = "";
  for await (const bytes of response.body) {
    const events = (buffer + decoder.decode(bytes, { stream: true })).split("\n\n");
    buffer = events.pop();
    for (const event of events) {
      if (!event.startsWith("data: ") || event === "data: [DONE]") continue;
      const delta = JSON.parse(event.slice(6)).choices[0]?.delta;
      reasoning += delta?.reasoning_content ?? "";
      content += delta?.content ?? "";
    }
  }
  return { reasoning, content };
}

export async function chat({ baseURL, headers }) {
  const response = await fetch(`${baseURL}/chat/completions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ model: "deepseek-v4-flash", messages: [{ role: "user", content: "Hi" }] }),
  });
  return response.json();
}

// The Responses stream: named events (`event:` then `data:`), no [DONE]; only the two texts are assembled.
export async function streamResponse({ baseURL, headers }) {
  const response = await fetch(`${baseURL}/responses`, {
    method: "POST",
    headers: { ...headers, Accept: "text/event-stream" },
    body: JSON.stringify({ model: "deepseek-v4-flash", input: "Tell me a long story.", stream: true }),
  });
  const decoder = new TextDecoder();
  let buffer = "";
  let reasoning = "";
  let content = "";
  for await (const bytes of response.body) {
    const events = (buffer + decoder.decode(bytes, { stream: true })).split("\n\n");
    buffer = events.pop();
    for (const event of events) {
      const data = event.indexOf("data: ");
      if (data < 0) continue;
      const parsed = JSON.parse(event.slice(data + 6));
      if (parsed.type === "response.reasoning_text.delta") reasoning += parsed.delta;
      else if (parsed.type === "response.output_text.delta") content += parsed.delta;
    }
  }
  return { reasoning, content };
}
