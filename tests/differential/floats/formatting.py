# float formatting with format specs
vals = [0.0, 1.0, -1.5, 3.14159265, 12345.6789, 1e-7, 6.02e23, 0.000123]
for v in vals:
    print(f"{v:.2f}|{v:10.3f}|{v:<12.4e}|{v:+.1f}|{v:g}|{v:.3g}|{v:e}|{v:%}")
print("{:.0f}".format(2.5), "{:.0f}".format(3.5), "{:.2f}".format(0.125), "{:.1f}".format(1e16))
print(f"{1234567.891:,.2f}", f"{-0.0:.1f}", f"{float('inf'):8.2f}|", f"{float('nan'):>6}|")
print(str(1e16), str(1.0e-5), "{:.15g}".format(0.1), "{!r}".format(0.1))
