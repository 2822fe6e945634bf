import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

with open("image.png", "rb") as image:
    file = client.files.create(
        REQUEST_ARGUMENTS
    )

# Use it in a message: {"type": "file", "file_id": file.id} in chat, or an input_image in Responses.
print(file.id, file.bytes)
