# Dijkstra's shortest paths with a simple list-based priority queue
graph = {
    "a": {"b": 7, "c": 9, "f": 14},
    "b": {"a": 7, "c": 10, "d": 15},
    "c": {"a": 9, "b": 10, "d": 11, "f": 2},
    "d": {"b": 15, "c": 11, "e": 6},
    "e": {"d": 6, "f": 9},
    "f": {"a": 14, "c": 2, "e": 9},
}
def dijkstra(src):
    dist = {src: 0}
    done = set()
    frontier = [(0, src)]
    while frontier:
        frontier.sort()
        d, u = frontier.pop(0)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                frontier.append((nd, v))
    return dist
for s in "ace":
    d = dijkstra(s)
    print(s, sorted(d.items()))
