import os

import anthropic

client = anthropic.Anthropic(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/anthropic",
)

# The SDK follows `has_more` and `last_id` (as after_id) from page to page.
for file in client.beta.files.list(limit=100):
    print(file.id, file.filename, file.created_at)
