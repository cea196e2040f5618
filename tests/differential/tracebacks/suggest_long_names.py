# NameError suggestions and long names: affixes are trimmed first; what remains may not exceed 40 bytes
a_rather_long_variable_name_for_the_running_total_of_items = 10
print(a_rather_long_variable_name_for_the_running_total_of_items)
def check():
    try:
        print(a_rather_long_variable_name_for_the_running_total_of_itemz)
    except NameError as e:
        print("caught:", e)
    first_part_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = 1
    print(first_part_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)
    return first_part_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy

check()
