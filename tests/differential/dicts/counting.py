# counting and grouping with dicts
text = "it was the best of times it was the worst of times it was the age of wisdom"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
for k in sorted(groups):
    print(k, groups[k])
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
