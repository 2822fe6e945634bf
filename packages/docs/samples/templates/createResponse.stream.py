stream = client.responses.create(
    REQUEST_ARGUMENTS
)

# Named events, no `[DONE]`: the stream ends after response.completed,
# response.incomplete or response.failed.
for event in stream:
    if event.type == "response.reasoning_text.delta":
        print(event.delta, end="", flush=True)
    elif event.type == "response.output_text.delta":
        print(event.delta, end="", flush=True)
    elif event.type == "response.completed":
        print("\nusage:", event.response.usage)
