import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

result = client.files.delete("file-api-7f3a9c")
print(result.id, "deleted" if result.deleted else "not deleted")
