# The openai package has no balance method: its generic get() returns
# the parsed JSON when cast_to is object.
balance = client.get("/user/balance", cast_to=object)
print("can make API calls" if balance["is_available"] else "out of balance")
for info in balance["balance_infos"]:
    # Amounts are decimal strings, such as "110.00".
    print(info["currency"], info["total_balance"])
