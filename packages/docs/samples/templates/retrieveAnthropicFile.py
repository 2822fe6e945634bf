file = client.beta.files.retrieve_metadata("file-api-7f3a9c")
print(file.filename, file.size_bytes, file.mime_type, file.created_at)
