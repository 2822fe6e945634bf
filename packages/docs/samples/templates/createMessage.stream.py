stream = client.messages.create(
    REQUEST_ARGUMENTS
)

# Anthropic's named events; the stream ends with message_stop.
for event in stream:
    if event.type == "content_block_delta":
        if event.delta.type == "thinking_delta":
            print(event.delta.thinking, end="", flush=True)
        elif event.delta.type == "text_delta":
            print(event.delta.text, end="", flush=True)
    elif event.type == "message_delta":
        print("\nusage:", event.usage)
