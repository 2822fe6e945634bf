# FIM is served only on the beta base URL, which base_url names.
completion = client.completions.create(
    REQUEST_ARGUMENTS
)

print(completion.choices[0].text)
