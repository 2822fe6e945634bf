import os

import anthropic

client = anthropic.Anthropic(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/anthropic",
)

file = client.beta.files.retrieve_metadata("file-api-7f3a9c")
print(file.filename, file.size_bytes, file.mime_type, file.created_at)
