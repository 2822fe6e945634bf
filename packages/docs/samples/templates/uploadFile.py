with open("image.png", "rb") as image:
    file = client.files.create(
        REQUEST_ARGUMENTS
    )

# Use it in a message: {"type": "file", "file_id": file.id} in chat, or an input_image in Responses.
print(file.id, file.bytes)
