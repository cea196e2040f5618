# negative steps and bounds on lists, tuples, strings
seqs = [list(range(8)), tuple("abcdefgh"), "01234567"]
for s in seqs:
    print(s[::-1], s[::-2], s[6:1:-2], s[-1:-4:-1], s[1:6:-1], s[:-9:-3], s[100:0:-3])
