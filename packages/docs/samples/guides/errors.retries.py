import os

import openai
from openai import OpenAI

# The openai package itself retries connection errors, 408, 409, 429 and
# 5xx answers (with backoff); the others are raised at once.
client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
    max_retries=3,
)

try:
    completion = client.chat.completions.create(
        model="deepseek-flash",
        messages=[{"role": "user", "content": "Hello!"}],
    )
    print(completion.choices[0].message.content)
except openai.APIStatusError as error:
    # 400 and 422: fix the request. 401: fix the key. 402: top up the balance.
    # Quote the x-ds-trace-id header when you report a problem.
    trace_id = error.response.headers.get("x-ds-trace-id")
    print(error.status_code, error.message, trace_id)
except openai.APIConnectionError as error:
    print("no answer:", error)
