result = client.files.delete(PATH_file_id)
print(result.id, "deleted" if result.deleted else "not deleted")
