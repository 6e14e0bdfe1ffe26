"""Hostile text that makes a regex engine or a per-sentence scan work hard, and ordinary news
to compare with. Each pattern is a unit repeated to the wanted size."""

from __future__ import annotations

from tests.robustness.invariants import NEWS_PARAGRAPHS, seed_body

PATTERNS: dict[str, str] = {
    "digits": "1234567890",
    "digits_with_separators": "1/2/3/4-5-6.7,8:9 ",
    "dates_numeric": "12/8/2021 2021-12-08 ",
    "weekday_names": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday ",
    "month_names": "January February March April May June July August September October "
                   "November December ",
    "month_day_no_year": "Dec. 8 Jan. 9 ",
    "the_the_the": "the ",
    "nested_parentheses": "((((((((((",
    "spaces": "          ",
    "punctuation": ".,;:!?-/'\"",
    "year_chain": "in 2021, 2022, 2023, ",
    "early_late_mid": "early late mid ",
    "modifier_chain": "the end of the beginning of the middle of ",
    "number_unit_chain": "2 days 3 weeks 4 years ago ",
    "spoken_numbers": "twenty-one nineteen ninety-six two thousand and ",
    "times_of_day": "3 p.m. 4 a.m. ",
    "abbreviations": "Mr. Dec. 8 Gen. ",
    "initialisms": "U.S. a.m. J. R. ",
    "one_sentence_no_period": "officials said on Monday that the talks would resume next week and ",
    "markers_and_weekdays": "Monday said will ",
    "blank_lines": "\n\n",
    "impossible_dates": "February 30, 2021 ",
    # one sentence holding thousands of expressions, each of which asks about the sentence
    # around it: what a modal before it says, whether it is quoted, what day the sentence
    # goes on to, which day its time falls in
    "days_told_ahead_until": "it will stay open until Feb. 3 and ",
    "days_ahead_of": "it will stay open ahead of Feb. 3 and ",
    "quoted_days_said": 'today said "today ',
    "chained_next_days": '" the next day ',
    "recurrences_after_commas": ", daily ",
    "recurrences_in_asides": ", which meets daily ",
    "usual_months": "usually in March ",
    "closed_days_and_months": "closed on Mondays and in March ",
}

# the patterns above that hold no sentence break: one sentence as long as the text
ONE_SENTENCE = ("one_sentence_no_period", "markers_and_weekdays", "days_told_ahead_until",
                "days_ahead_of", "quoted_days_said", "chained_next_days",
                "recurrences_after_commas", "recurrences_in_asides", "usual_months",
                "closed_days_and_months")


def news(size: int) -> str:
    """Ordinary news (the sample article and a few paragraphs) repeated to ``size`` characters."""
    unit = seed_body() + "\n\n" + "\n\n".join(NEWS_PARAGRAPHS) + "\n\n"
    return repeat(unit, size)


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]
