# ties between equally close names: the first candidate wins (locals in co_varnames order, globals in dict order)
bb = 1
ba = 2

def pick(ab, ac):
    try:
        return aa
    except NameError as e:
        print("caught", e.name)
    return ab + ac

print(pick(1, 2))
print(bb, ba)
print(bx)
