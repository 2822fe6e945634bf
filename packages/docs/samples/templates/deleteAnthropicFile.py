import os

import anthropic

client = anthropic.Anthropic(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/anthropic",
)

result = client.beta.files.delete("file-api-7f3a9c")
print(result.id, result.type)
