# raise SystemExit with an int status
print("before exit")
for i in range(3):
    print(i)
raise SystemExit(3)
