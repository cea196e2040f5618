# list +, *, ==, <, in, comparisons of nested lists
a = [1, 2, 3]
b = [1, 2, 4]
print(a + b, a * 2, 2 * [0], [] * 3, a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print(3 in a, 4 not in a, [1] in [[1], [2]], [[1, 2], [3]] == [[1, 2], [3]])
c = a
c += [4]
print(a, c is a)
c = c + [5]
print(a, c, c is a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
