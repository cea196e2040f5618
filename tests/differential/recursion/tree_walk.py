# recursion over nested dict/list structures
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b11", "children": []}]}]},
]}
def show(node, depth=0):
    print("  " * depth + node["name"])
    for ch in node["children"]:
        show(ch, depth + 1)
def count(node):
    return 1 + sum([count(c) for c in node["children"]])
def paths(node, prefix=""):
    p = prefix + "/" + node["name"]
    if not node["children"]:
        return [p]
    out = []
    for c in node["children"]:
        out.extend(paths(c, p))
    return out
show(tree)
print(count(tree), paths(tree))
