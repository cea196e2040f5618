# format specs on big ints and very large or small floats
n = 3 ** 90
print(f"{n:,}", f"{n:_}", f"{-n:>100}", f"{n:x}", f"{n:#o}", f"{n:e}", f"{n:.3e}", f"{n:b}"[:20])
print(f"{2 ** 64:020,}", f"{-(2 ** 70):+,}", f"{10 ** 30:g}", f"{10 ** 30:.2f}"[:12], f"{n % 10 ** 12:012d}")
print(float(n), float(-n), n / 7, n // 7 % 1000, str(n)[:10], int(float(n)) == n)
print(f"{1e300:,.0f}"[:30], f"{1.5e-300:.3e}", f"{123456789.123456789:,.4f}", f"{-1e22:,.0f}")
