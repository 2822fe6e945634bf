# The SDK's beta Files API sends the anthropic-beta: files-api-2025-04-14 header.
with open("image.png", "rb") as image:
    file = client.beta.files.upload(
        REQUEST_ARGUMENTS
    )

print(file.id, file.size_bytes, file.mime_type)
