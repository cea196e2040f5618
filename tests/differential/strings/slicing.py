# string slicing with steps and out-of-range bounds
s = "abcdefghijklmnopqrstuvwxyz"
for start in (None, 0, 3, -5, 30):
    for stop in (None, 5, -2, 100):
        for step in (None, 1, 2, -1, -3):
            print(start, stop, step, s[start:stop:step])
print(s[::5], s[25:0:-5], s[-1:-27:-1] == s[::-1], s[10:5], s[:0])
