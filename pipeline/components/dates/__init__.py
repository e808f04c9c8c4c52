"""Dates and times: TimeML TIMEX3 normalisation (issue 5)."""
