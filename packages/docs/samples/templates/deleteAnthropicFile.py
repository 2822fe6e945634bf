result = client.beta.files.delete("file-api-7f3a9c")
print(result.id, result.type)
