def risky(d):
    try:
        return 10 // d
    finally:
        print("cleanup", d)


print(risky(2))
print(risky(0))
