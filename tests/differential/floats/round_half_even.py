# round() with ndigits uses the exact decimal value (2.675 is below 2.675), and banker's rounding
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, 1e-10, 123456789.987654321]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 3), round(v, -1), type(round(v)).__name__, type(round(v, 1)).__name__)
print(round(float("inf"), 2), round(-0.0), round(-0.4), round(0.49999999999999994))
for bad in (lambda: round(float("nan")), lambda: round(float("inf"))):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
