# assignment expressions in conditions and comprehensions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 9:
    print("seen", v)
    i += 1
print("stopped at", i, v)
print([y for x in data if (y := x * 2) > 5], y)
