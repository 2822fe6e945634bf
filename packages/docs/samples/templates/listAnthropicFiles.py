# The SDK follows `has_more` and `last_id` (as after_id) from page to page.
for file in client.beta.files.list(limit=100):
    print(file.id, file.filename, file.created_at)
