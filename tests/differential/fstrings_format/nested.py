# nested f-strings and format calls inside expressions
items = {"a": 1.5, "bb": 22.25, "ccc": 333.125}
print(", ".join([f"{k}={v:.1f}" for k, v in items.items()]))
print(f"{', '.join([f'{k:>3}' for k in items])}")
width = max([len(k) for k in items])
for k, v in items.items():
    print(f"{k:>{width}}: {v:>{width + 5}.2f} {'big' if v > 100 else 'small'}")
print(f"{'{'}{1 + 1}{'}'}", f"{'{:.2f}'.format(3.14159)}", f"{str(12).zfill(5)}")
