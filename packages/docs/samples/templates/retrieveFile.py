file = client.files.retrieve("file-api-7f3a9c")
print(file.filename, file.bytes, getattr(file, "expires_at", None))
