for model in client.models.list():
    print(model.id, model.owned_by)
