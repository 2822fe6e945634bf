import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

completion = client.chat.completions.create(
    REQUEST_ARGUMENTS
)

message = completion.choices[0].message
print(message.reasoning_content)  # the chain of thought
print(message.content)
