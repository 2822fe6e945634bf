import os

from openai import OpenAI

# FIM is served only on the beta base URL.
client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/beta",
)

completion = client.completions.create(
    REQUEST_ARGUMENTS
)

print(completion.choices[0].text)
