# The SDK follows `has_more` and `last_id` from page to page.
for file in client.files.list(limit=100, order="desc"):
    print(file.id, file.filename, file.bytes)
