import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

with open("cat.png", "rb") as image:
    file = client.files.create(
        file=image,
        purpose="user_data",
        # Optional: expire one day after the upload (3600 to 2592000 seconds).
        expires_after={"anchor": "created_at", "seconds": 86400},
    )

# Use it in a message: {"type": "file", "file_id": file.id} in chat, or an input_image in Responses.
print(file.id, file.bytes)
