# class attribute lookup through the hierarchy, overriding and shadowing
class Base:
    kind = "base"
    tags = ["b"]
    def info(self):
        return f"{self.kind}:{type(self).__name__}"

class Mid(Base):
    kind = "mid"

class Leaf(Mid):
    tags = Mid.tags + ["leaf"]

print(Base().info(), Mid().info(), Leaf().info(), Leaf.tags, Base.tags)
leaf = Leaf()
leaf.kind = "instance"
print(leaf.info(), Leaf.kind, hasattr(Leaf, "info"), Leaf.info is Base.info)
