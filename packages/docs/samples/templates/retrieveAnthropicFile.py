file = client.beta.files.retrieve_metadata(PATH_file_id)
print(file.filename, file.size_bytes, file.mime_type, file.created_at)
