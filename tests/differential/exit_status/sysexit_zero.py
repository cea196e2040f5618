# SystemExit(0) and SystemExit() exit with status 0, finally still runs
try:
    print("work done")
    raise SystemExit(0)
finally:
    print("finally runs")
