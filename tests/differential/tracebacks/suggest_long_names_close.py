# NameError suggestion for a long name differing in one character in the middle (common affixes trimmed)
def report():
    number_of_widgets_produced_by_the_factory_during_the_night_shift = 42
    print("night", number_of_widgets_produced_by_the_factory_during_the_night_shift)
    return number_of_widgets_produced_by_the_factory_durinq_the_night_shift

report()
