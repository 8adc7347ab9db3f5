"""Bulgarian dates as Bulgarian style guides write them: "14 октомври 2026 г." (Django's own
format pads the day, "03 юни 2026"; the month's lower case comes from ``local_date``)."""

DATE_FORMAT = "j F Y г."
