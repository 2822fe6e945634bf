result = client.files.delete("file-api-7f3a9c")
print(result.id, "deleted" if result.deleted else "not deleted")
