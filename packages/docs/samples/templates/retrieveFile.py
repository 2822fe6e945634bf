file = client.files.retrieve(PATH_file_id)
print(file.filename, file.bytes, getattr(file, "expires_at", None))
