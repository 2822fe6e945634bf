message = client.messages.create(
    REQUEST_ARGUMENTS
)

# In a tool loop, send message.content back as it is: thinking blocks included (with or without signature).
for block in message.content:
    if block.type == "thinking":
        print("thinking:", block.thinking)
    elif block.type == "text":
        print(block.text)
