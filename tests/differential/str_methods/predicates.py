# isdigit/isalpha/isspace/isalnum/isupper/islower/isdecimal/isnumeric on several strings
samples = ["123", "abc", "ABC", "aBc", "a1", " ", "\t\n", "", "½", "٣", "é", "x y", "3.5", "-1"]
for t in samples:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.isdecimal(),
          t.isnumeric())
