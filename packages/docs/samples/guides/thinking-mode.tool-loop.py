import json
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url="https://api.deepseek.com",
)

tools = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather forecast for a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
messages = [{"role": "user", "content": "Will it rain in Hangzhou tomorrow?"}]

first = client.chat.completions.create(
    model="deepseek-flash", messages=messages, tools=tools
)
assistant = first.choices[0].message

# Thinking mode: send the assistant message back as received, WITH its
# reasoning_content and tool_calls, or DeepSeek answers 400.
messages.append(assistant.model_dump(exclude_none=True))
for call in assistant.tool_calls or []:
    city = json.loads(call.function.arguments)["city"]
    messages.append(
        {
            "role": "tool",
            "tool_call_id": call.id,
            "content": json.dumps({"city": city, "forecast": "light rain"}),
        }
    )

second = client.chat.completions.create(
    model="deepseek-flash", messages=messages, tools=tools
)
print(second.choices[0].message.content)
