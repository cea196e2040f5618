# integer format specs
for v in (0, 7, -7, 255, 123456789, -100000):
    print(f"{v:d}|{v:6d}|{v:<6d}|{v:^6d}|{v:06d}|{v:+d}|{v: d}|{v:,}|{v:_}|{v:x}|{v:X}|{v:#x}|{v:o}|{v:#o}|{v:b}|{v:#b}")
print(f"{65:c}", f"{1234567:,d}", f"{255:08b}", f"{-255:#010x}", f"{12:=+6}", f"{5:*>4}")
print(str(42), "{:5}".format(42), "{:03}".format(-3), "{:d}".format(True), "{:,}".format(10 ** 20))
