# FIM is served only on the beta base URL, which base_url names.
stream = client.completions.create(
    REQUEST_ARGUMENTS
)

for chunk in stream:
    if chunk.choices:
        print(chunk.choices[0].text, end="", flush=True)
    if chunk.usage:  # on the last chunk, when stream_options.include_usage is set
        print("\nusage:", chunk.usage)
