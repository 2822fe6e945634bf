import os

from openai import OpenAI

# FIM is served only on the beta base URL.
client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com/beta",
)

completion = client.completions.create(
    model="deepseek-v4-pro",
    prompt="def fib(n):\n",
    suffix="    return fib(n - 1) + fib(n - 2)\n",
    max_tokens=128,
)

print(completion.choices[0].text)
