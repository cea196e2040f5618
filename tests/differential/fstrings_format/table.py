# a formatted report table
rows = [("apples", 12, 0.5), ("bananas", 7, 0.25), ("cherries", 200, 0.1), ("dates", 0, 3.75)]
print(f"{'item':<10}{'qty':>6}{'price':>8}{'total':>10}")
print("-" * 34)
grand = 0.0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<10}{qty:>6d}{price:>8.2f}{total:>10.2f}")
print("-" * 34)
print(f"{'sum':<10}{sum([r[1] for r in rows]):>6d}{'':>8}{grand:>10.2f}")
print(f"{grand:=^34.3f}")
