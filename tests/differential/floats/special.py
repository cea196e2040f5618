# inf and nan behaviour
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, nan is nan)
print([x == x for x in (1.0, inf, nan)])
print(float("Infinity"), float("-iNF"), float("nan"), abs(-inf), max(1.0, inf), min(-inf, 0.0))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10)
