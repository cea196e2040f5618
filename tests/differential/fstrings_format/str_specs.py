# string format specs: width, alignment, fill, precision
for s in ("", "a", "molt", "compilers", "é€"):
    print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:-<8}] [{s:.2}] [{s:>6.3}] [{s!r:>10}]")
w = 12
p = 3
print(f"[{'dyn':>{w}}] [{'precision':.{p}}] [{3.14159:{w}.{p}f}]")
print("{:{}}|{:>{}}|".format("x", 5, "y", 4))
