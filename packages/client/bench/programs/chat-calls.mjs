// The chat calls of the two contenders whose clients have the same shape (`client.chat.completions.create`): one
// code for both, so that they do the same work and are measured alike.

export async function streamChat(client) {
  const stream = await client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "Tell me a long story." }],
    stream: true,
  });
  // collectStream would do this for @deepseek-openapi/client; the loop is spelt out so that the openai SDK can run it.
  let reasoning = "";
  let content = "";
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta;
    reasoning += delta?.reasoning_content ?? "";
    content += delta?.content ?? "";
  }
  return { reasoning, content };
}

export function chat(client) {
  return client.chat.completions.create({
    model: "deepseek-v4-flash",
    messages: [{ role: "user", content: "Hi" }],
  });
}
