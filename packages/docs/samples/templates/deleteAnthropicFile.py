result = client.beta.files.delete(PATH_file_id)
print(result.id, result.type)
