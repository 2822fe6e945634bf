completion = client.chat.completions.create(
    REQUEST_ARGUMENTS
)

message = completion.choices[0].message
print(message.reasoning_content)  # the chain of thought
print(message.content)
