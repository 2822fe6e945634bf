import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

file = client.files.retrieve("file-api-7f3a9c")
print(file.filename, file.bytes, getattr(file, "expires_at", None))
