import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

completion = client.chat.completions.create(
    model="deepseek-flash",
    messages=[
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Hello!"},
    ],
    reasoning_effort="high",
    # Fields the openai package does not know go in extra_body.
    extra_body={"thinking": {"type": "enabled"}},
)

message = completion.choices[0].message
print(message.reasoning_content)  # the chain of thought
print(message.content)
