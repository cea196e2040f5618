# __name__ is "__main__" in the program being run
def main():
    print("main called", __name__)
    return 0

print(__name__, __name__ == "__main__")
if __name__ == "__main__":
    main()
else:
    print("imported")
