# default values are evaluated once (mutable default pitfall)
def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
k = 5
def uses_default(v=k * 2):
    return v
k = 100
print(uses_default(), uses_default(1))
print(append_to.__defaults__, len(append_to([])))
