# more str.format: nested replacement fields, fill/align with sign, zero padding, thousands
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=9))
print("{0:>{1}}|{0:<{1}}|{0:^{1}}".format("ab", 6))
print("{:+08.3f}|{:-8d}|{: 8d}|{:=+8d}".format(3.14159, -42, 42, 42))
print("{:,.2f}|{:_d}|{:,d}|{:08,d}".format(1234567.891, 1234567, -1234567, 1234))
print("{:>10.3s}|{:<6.1%}|{:^10.2e}".format("abcdef", 0.25, 123456.0))
print("{!r:^12}|{!s:*>8}".format("q", 12))
print("{a[0]}-{a[1]}-{b.__class__.__name__}".format(a=[1, 2], b=3.5))
print("{{}} {{{}}} {}".format(1, 2))
