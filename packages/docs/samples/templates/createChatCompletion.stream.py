stream = client.chat.completions.create(
    REQUEST_ARGUMENTS
)

for chunk in stream:
    if chunk.usage:  # on the last chunk, or on an extra chunk with no choices
        print("\nusage:", chunk.usage)
    if not chunk.choices:
        continue
    delta = chunk.choices[0].delta
    # Thinking mode: the reasoning streams first, then the answer.
    reasoning = getattr(delta, "reasoning_content", None)
    if reasoning:
        print(reasoning, end="", flush=True)
    if delta.content:
        print(delta.content, end="", flush=True)
