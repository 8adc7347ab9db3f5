# Date and number formats for "sh" (Serbo-Croat-Bosnian), which Django does not ship.
DATE_FORMAT = "j. n. Y."
SHORT_DATE_FORMAT = "j. n. Y."
DATETIME_FORMAT = "j. n. Y. H:i"
TIME_FORMAT = "H:i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
FIRST_DAY_OF_WEEK = 1
