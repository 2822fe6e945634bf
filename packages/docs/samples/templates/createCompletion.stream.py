import os

from openai import OpenAI

# FIM is served only on the beta base URL.
client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/beta",
)

stream = client.completions.create(
    REQUEST_ARGUMENTS
)

for chunk in stream:
    if chunk.choices:
        print(chunk.choices[0].text, end="", flush=True)
    if chunk.usage:  # on the last chunk, when stream_options.include_usage is set
        print("\nusage:", chunk.usage)
