response = client.responses.create(
    REQUEST_ARGUMENTS
)

for item in response.output:
    # In thinking mode a reasoning item comes first, then the message.
    if item.type == "reasoning":
        print("thinking:", "".join(part.text for part in item.content or []))
print(response.output_text)
