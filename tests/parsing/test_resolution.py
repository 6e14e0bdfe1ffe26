"""Resolution without a publication date, and re-resolution against a new one."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import DateSource, Event
from timeline_app.parsing import parse_text, pipeline, resolve_document
from timeline_app.parsing.spec import Spec


def _value_of(text: str, dct: str | None, span: str) -> str:
    """The value resolved for the expression ``span`` of ``text`` published on ``dct``."""
    return next(e for e in parse_text(text, dct).expressions if e.text == span).value


TEXT = ("On Wednesday, the minister said the talks had failed. They met in Moscow.\n\n"
        "This October, the commission backed a plan. Last year, talks were held. "
        "The treaty was signed on Dec. 8, 1995.")


@pytest.mark.parametrize(
    ("span", "value", "explanation_words"),
    [
        ("Wednesday", "XXXX-WXX-3", ("Wednesday before publication", "no publication date")),
        ("This October", "XXXX-10", ("unknown year", "no publication date")),
        ("Last year", "XXXX", ("no publication date",)),
        ("Dec. 8, 1995", "1995-12-08", ("written in full",)),
    ],
)
def test_without_a_publication_date_nothing_is_invented(
        span: str, value: str, explanation_words: tuple[str, ...]) -> None:
    doc = parse_text(TEXT)
    expression = next(e for e in doc.expressions if e.text == span)
    assert expression.value == value
    for words in explanation_words:
        assert words in expression.explanation
    if value.startswith("X"):
        assert expression.interval is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ferry sank shortly after 11 p.m. on Saturday.", "11 p.m. on Saturday",
         "XXXX-WXX-6T23:00"),
        ("Rescuers arrived Sunday evening.", "Sunday evening", "XXXX-WXX-7TEV"),
        # the end of a span of days keeps its own clock time as well
        ("The road is shut from 8 p.m. Friday to 6 a.m. Monday.", "6 a.m. Monday",
         "XXXX-WXX-1T06:00"),
        # a feast on the nth weekday of a month: the year decides the day, not the 1st
        ("Families gathered on Thanksgiving.", "Thanksgiving", "XXXX-11-XX"),
        ("The store closed the day before Labor Day.", "the day before Labor Day", "XXXX-09-XX"),
        # a clock time written after the day, or later in its sentence, falls on that day
        ("The curfew begins Friday at 9 p.m., the army said.", "9 p.m.", "XXXX-WXX-5T21:00"),
        ("The summit opens on June 4 at 10:30 a.m.", "10:30 a.m.", "XXXX-06-04T10:30"),
        ("Polls opened Tuesday, and by 8 p.m. turnout had passed 60 percent.", "8 p.m.",
         "XXXX-WXX-2T20:00"),
        # not a day of another sentence, nor a weekday that recurs
        ("Crowds gathered Monday. The shots rang out at 4 p.m.", "4 p.m.", "XXXX-XX-XXT16:00"),
        ("The market opens every Saturday at 8 a.m.", "8 a.m.", "XXXX-XX-XXT08:00"),
    ],
)
def test_without_a_publication_date_a_weekday_keeps_its_time(
        text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text).expressions if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The crates were packed on Tuesday and sent the next day.", "the next day", "XXXX-WXX-3"),
        ("The vote came Friday. Three days later the result was overturned.", "Three days later",
         "XXXX-WXX-1"),
        ("The shop closed Monday; it had been inspected two days earlier.", "two days earlier",
         "XXXX-WXX-6"),
        # counted on from the day just counted
        ("It opened Thursday, shut two days later and reopened the following day.",
         "the following day", "XXXX-WXX-7"),
        # a week or a year from a weekday is no weekday
        ("It opened Friday. Two years later it closed.", "Two years later", "XXXX"),
    ],
)
def test_without_a_publication_date_days_from_a_weekday_are_a_weekday(
        text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text).expressions if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # each clock time keeps the story on Monday for the ones after it
        (("The gunman opened fire at 7:15 a.m. Monday. He began shooting again at 9:40 a.m. "
          "The attack lasted nine minutes. Officials sent an e-mail at 9:26 a.m."), "9:26 a.m.",
         "2007-04-16T09:26"),
        (("The fire was reported at 10:30 a.m. Monday. By early afternoon, residents fled. "
          "A second fire broke out after 6 p.m. and spread."), "6 p.m.", "2007-04-16T18:00"),
        # a clock time two sentences after the story's day, with none between
        (("Rioters breached the building at 2:15 p.m. Monday. The House was evacuated. "
          "Police cleared the building by 5:30 p.m."), "5:30 p.m.", "2007-04-16T17:30"),
        # the small hours after an evening time: past midnight, the next day
        ("The networks called Florida at 8 p.m. Monday and at 2:16 a.m. declared Bush won.",
         "2:16 a.m.", "2007-04-17T02:16"),
        ("He walked in at 9:30 p.m. Monday. At 5:20 a.m., he surrendered.", "5:20 a.m.",
         "2007-04-17T05:20"),
        ("The polls closed at 8 p.m. Monday. By dawn, the lead had shrunk.", "dawn",
         "2007-04-17TMO"),
        # a service kept "until" the small hours of a day told runs on past its midnight
        ("The band plays the stadium on Saturday. Trains run every five minutes until 1 a.m.",
         "1 a.m.", "2007-04-22T01:00"),
        # so do the small hours after "late" on a day: its last hours run on past midnight
        ("He posted it late Monday. He deleted it at 2 a.m., he said.", "2 a.m.",
         "2007-04-17T02:00"),
        ("He posted it late Monday. He deleted it at 4 p.m.", "4 p.m.", "2007-04-16T16:00"),
        # ... and after a feast's eve, whose night runs on into the feast
        ("Trains will run every 15 minutes on New Year's Eve until 2 a.m.", "2 a.m.",
         "2008-01-01T02:00"),
        ("On Christmas Eve the last trains leave at 9 p.m.", "9 p.m.", "2007-12-24T21:00"),
        # ... and after a vote's day, whose count runs on past midnight
        ("The Liberals won Monday's election. The leader spoke at 1:15 a.m.", "1:15 a.m.",
         "2007-04-17T01:15"),
        ("Police said Monday's shooting happened at 1:15 a.m.", "1:15 a.m.", "2007-04-16T01:15"),
        # ... and after an evening time with no day of its own, told ahead: the night after it
        ("Polls close at 10pm. Most seats will declare between 3am and 5am.", "3am",
         "2007-04-18T03:00"),
        ("Polls close at 10pm. Most seats will declare between 3am and 5am.", "5am",
         "2007-04-18T05:00"),
        ("Polls close tomorrow between 6 p.m. and 1 a.m. Eastern time.", "1 a.m. Eastern time",
         "2007-04-19T01:00"),
        # (not after a morning hour)
        ("Polls open at 7am. Counting starts at 2am.", "2am", "2007-04-17T02:00"),
        # "until" a time earlier on the clock than the one before: the next day
        (("The team left camp at 10 p.m. Monday and did not reach the top until 9 a.m., "
          "after 11 hours of climbing."), "9 a.m.", "2007-04-17T09:00"),
        # ... as it is when the day is told apart from the clock time before
        ("On Monday the fair opened at noon and stayed open until 1 a.m.", "1 a.m.",
         "2007-04-17T01:00"),
        ("On Monday the fair opened at 8 a.m. and stayed open until 6 p.m.", "6 p.m.",
         "2007-04-16T18:00"),
        # ... and so is a time in the hour after midnight, told after a later one on the clock
        ("He took the floor at 11:47 a.m. Monday and yielded at 12:39 a.m.", "12:39 a.m.",
         "2007-04-17T00:39"),
        ("Police arrived at 12:50 a.m. Monday after a shooting at 12:30 a.m.", "12:30 a.m.",
         "2007-04-16T00:30"),
        ("The debate began at 9 a.m. Monday and ended at midnight.", "midnight",
         "2007-04-16T24:00"),
        # (not the same moment told again in another zone, after "or")
        ("The quake struck at 7:58 a.m. Monday local time, or 0058 GMT, off Sumatra.",
         "0058 GMT", "2007-04-16T00:58"),
        # nor "until" an evening hour after a night named, not clocked: that night's evening
        (("Floods hit on the night of 29 October. Alerts were not sent until 8.12pm."),
         "8.12pm", "2006-10-29T20:12"),
        # "had been ... since" a morning hour, told after a night: the state began that day
        ("By Monday night the crews had been digging since 7 a.m.", "7 a.m.",
         "2007-04-16T07:00"),
        # ... but not in the present perfect, which runs up to now
        ("Rain fell all Monday night. The road has been shut since 5 a.m.", "5 a.m.",
         "2007-04-17T05:00"),
        # nor "until" a time just before the one told: a cutoff ahead of it, that same day
        ("The drawing is set for 11 p.m. Friday. Tickets will be sold until 10:45 p.m.", "10:45 p.m.",
         "2007-04-20T22:45"),
        # not "until" a time later the same day
        ("The meeting began at 9 a.m. Monday and lasted until 11 a.m.", "11 a.m.",
         "2007-04-16T11:00"),
        # not after a daytime one
        ("He walked in at 3:45 p.m. Monday. At 5:20 a.m., he surrendered.", "5:20 a.m.",
         "2007-04-16T05:20"),
        # told in the past: not on the coming day just named
        ("Aides said he would meet Bush on Monday. Obama spent the morning at home.",
         "the morning", "2007-04-17TMO"),
        # told in the future: not on a past day a sentence before told, but in the same
        # sentence that day may be the one the plan was made for
        ("Airspace was closed from Thursday. Airports will reopen at 7 a.m.", "7 a.m.",
         "2007-04-17T07:00"),
        ("On Monday, officials said the count would end at 7 p.m.", "7 p.m.",
         "2007-04-16T19:00"),
        # told ahead: not on a day over that a sentence before recalled
        (("Security is tight after the attacks of Sept. 11, 2001. The ceremony will begin "
          "at 5 p.m."), "5 p.m.", "2007-04-17T17:00"),
        # a time naming what is held, with its day after the noun: that day
        ("Tickets for the 8 p.m. show on Friday are sold out.", "8 p.m.", "2007-04-20T20:00"),
        ("Mourners filled the pews for the 10 a.m. Mass Saturday.", "10 a.m.",
         "2007-04-14T10:00"),
        ("The mayor called a 4 p.m. briefing on Monday.", "4 p.m.", "2007-04-16T16:00"),
        ("Lenders were summoned to an 8 a.m. meeting Sunday.", "8 a.m.", "2007-04-15T08:00"),
        # a date naming an event ("the September 11 attacks") does not move the story to it
        (("The last plane left on Monday, ending a war that began after the September 11 "
          "attacks. It took off at 3:29 p.m."), "3:29 p.m.", "2007-04-16T15:29"),
        # told in the past, "the night before" does not count back from a day still to come
        (("Officers were called at 8:05 a.m. Monday. A hearing is set for Thursday. She had "
          "last been heard from the night before."), "the night before", "2007-04-15TNI"),
        # "said yesterday" dates the telling, as "said Monday" does: the story stays on its day
        (("A girl has been missing since Sunday, police said yesterday. She was last seen at "
          "4pm near a bus stop."), "4pm", "2007-04-15T16:00"),
        (("A cyclist was hit on Saturday. Detectives said today the driver had been released. "
          "The cyclist was struck just after 6pm."), "6pm", "2007-04-14T18:00"),
        # so does the day news was made public ("revealed", "confirmed", "posted" on a day)
        (("A daughter was born on New Year's Eve, the couple revealed on Tuesday. She arrived "
          "at 11:58 p.m."), "11:58 p.m.", "2006-12-31T23:58"),
        (("The singer's son was born Sunday, his wife posted Monday. He arrived at 2:17 a.m."),
         "2:17 a.m.", "2007-04-15T02:17"),
        (("A prince was born on Saturday, the palace confirmed Monday. He was delivered at "
          "4:10 p.m."), "4:10 p.m.", "2007-04-14T16:10"),
        # so does the day records of it were made public: "dispatch records released yesterday"
        (("The first call came in at 2:14 a.m. Sunday, according to dispatch records released "
          "yesterday. A neighbor reported smoke. A fire engine was sent at 2:16 a.m."),
         "2:16 a.m.", "2007-04-15T02:16"),
        (("The tapes of the calls made on Saturday were released by the city yesterday. The "
          "first call came in at 9:07 a.m."), "9:07 a.m.", "2007-04-14T09:07"),
        (("The review found an ambulance took 19 minutes on April 4. The call was placed at "
          "4:12 p.m., according to the review, which was released Monday. A second unit was "
          "sent at 4:20 p.m."), "4:20 p.m.", "2007-04-04T16:20"),
        # a clock time after a night told from one clock time to another across midnight: in it
        (("Calls went unanswered during the storm on Saturday night. Between 9 p.m. and 1 a.m. "
          "Sunday, the center received 1,340 calls. One caller waited on hold from 11:47 p.m."),
         "11:47 p.m.", "2007-04-14T23:47"),
        (("Between 6 p.m. April 13 and 6 a.m. April 14, the center took 4,000 calls. A woman "
          "called at 9:14 p.m."), "9:14 p.m.", "2007-04-13T21:14"),
        (("Between 6 p.m. April 13 and 6 a.m. April 14, the center took 4,000 calls. A woman "
          "called at 9:14 p.m. She called again at 10:02 p.m. and at 12:40 a.m."), "12:40 a.m.",
         "2007-04-14T00:40"),
        # a time recalling the moment of an event gone by: on the day of the remembrance
        (("Veterans met on Sunday near the bridge that fell on June 3, 1998. A bell rang at "
          "10:58 a.m., the minute it collapsed nine years ago."), "10:58 a.m.",
         "2007-04-15T10:58"),
        (("Crowds gathered on Monday at the site of the blast of May 5, 2006. The names were "
          "read at 9 a.m., the exact moment the bomb went off a year ago."), "9 a.m.",
         "2007-04-16T09:00"),
        # but not one just told of the event itself
        ("The bridge fell on June 3, 1998. It gave way at 10:58 a.m., killing four.",
         "10:58 a.m.", "1998-06-03T10:58"),
        # the publication day's own evening is not over: the small hours after it come next
        ("Crowds will gather late this evening. Trains will run every 10 minutes until 1am.",
         "1am", "2007-04-18T01:00"),
        # a day counted on from a day and clock time, past a schedule named by its season
        (("Clocks go back an hour at 2 a.m. Sunday. The dump switches to its winter hours the "
          "following day."), "the following day", "2007-04-23"),
        # a time told in the past ahead of a plan that recurs is of the day told
        (("The strike ended Monday. Mail carriers returned to work at 8 a.m. and will deliver "
          "on Saturdays until June."), "8 a.m.", "2007-04-16T08:00"),
        # ... and so is one ahead of a habit a relative clause tells of a place named after it
        (("He was freed on Monday. He left the jail at 8am and was driven to a hostel, where he "
          "must stay every night."), "8am", "2007-04-16T08:00"),
        # told in the past, a clock time is on the story's day some sentences on; told ahead,
        # on the day of publication
        (("The central bank left rates unchanged on Monday and signaled cuts in 2008. It was "
          "the third straight meeting without a change. Officials see inflation easing by the "
          "end of next year. The governor said cuts had come into view. Stocks jumped after the "
          "2 p.m. statement."), "2 p.m.", "2007-04-16T14:00"),
        (("The board met on Monday. It reviewed the budget for 2008. Officials see inflation "
          "easing by the end of next year. The vote comes at 2 p.m."), "2 p.m.",
         "2007-04-17T14:00"),
        # a habit told in a clause of time after it is that clause's, not the time's
        (("The footbridge fell into the ravine on Monday. Nobody was on it when it collapsed "
          "at 6:40 a.m., about 20 minutes before the first schoolchildren usually cross."),
         "6:40 a.m.", "2007-04-16T06:40"),
        # a day something "will be announced" is the story's day, not the day of a statement
        (("The nominations will be announced Thursday morning in a live stream beginning at "
          "5:30 a.m. PT."), "5:30 a.m. PT", "2007-04-19T05:30"),
        # a year named in the background after the story's day sets no old scene: the night
        # is the one after that day, before publication
        (("The viaduct collapsed at 11:36 a.m. Monday. At least 39 people died. An engineer "
          "warned in 2005 that it needed replacing. Firefighters dug through the night."),
         "the night", "2007-04-16TNI"),
        # a day that only closes a span told whole is no day a clock time is on
        (("The storm is the fifth of a season that runs from April 1 to Nov. 30. The next "
          "advisory will be issued at 11 a.m."), "11 a.m.", "2007-04-17T11:00"),
        # but in its own sentence, after "when", the span's last day is the clock time's
        (("Stores will stay open around the clock from May 20 to May 24, when they will close "
          "at 4 p.m."), "4 p.m.", "2007-05-24T16:00"),
        # the day that closes a reporting period bounds the figures; the trading that follows
        # is on the day of the report
        (("Profit fell 41% in the six months to March 31. Investors had been warned in "
          "February. Shares fell 7% by midafternoon."), "midafternoon", "2007-04-17TAF"),
        (("Sales rose in the quarter ended March 31. Shares rose 3% in afternoon trading."),
         "afternoon", "2007-04-17TAF"),
        # a rate told "as often as" in the next clause is no habit of the clock time
        (("The retailer will hold its sale on April 24. It starts at 9 a.m., and new deals "
          "will be added as often as every five minutes."), "9 a.m.", "2007-04-24T09:00"),
        # a night told ahead after a coming day is that day's, and so is the clock time after it
        (("Voters go to the polls on Thursday. Most constituencies will count overnight, and "
          "the first result is expected by 11pm."), "11pm", "2007-04-19T23:00"),
        # so is one told ahead in the present, in the sentence that tells the clock times of a
        # coming day, tomorrow too: the night after them, not the night before publication
        (("Voters go to the polls tomorrow. Polls are open from 7am until 10pm, with results "
          "expected overnight."), "overnight", "2007-04-18TNI"),
        # a day known by its own name, naming the occasion remembered on it, is no day of the
        # story
        (("Veterans were cheered through the streets today at the start of the D-Day "
          "commemorations. The national event began at 11am."), "11am", "2007-04-17T11:00"),
        # a clock time on a day told further back brings the story back to that day, past a
        # decade told since
        (("The march will be held on Thursday. Its leader is 97. He served in New Guinea in "
          "the 1940s. He has marched every year. Roads will be closed from 9am until 1pm. "
          "Buses will run to a Sunday timetable that day."), "that day", "2007-04-19"),
        # and past a month told since: a month told after it is no longer in that month's year
        (("The ferry was retired yesterday. Its owners bought it in April 1985. The ceremony "
          "began at 2pm and lasted 45 minutes. It made its last crossing to Ireland in July."),
         "July", "2006-07"),
        # a clock time on "that day" is on the day the story last gave, as far on as "that
        # afternoon" would be, not on the day of writing
        (("Extra reward seats go on sale from Monday, the airline said yesterday. Points still "
          "expire after 18 months. The plan was announced in March. Seats to London start at "
          "180,000 points. Gold members get priority. Bookings open at 9am that day."),
         "9am that day", "2007-04-23T09:00"),
        # a bare midnight told after New Year's Day is the stroke of the new year that began it
        (("A date bug stopped the servers delivering mail on New Year's Day. Administrators "
          "began reporting stuck messages shortly after midnight."), "midnight",
         "2006-12-31T24:00"),
        # (but one a day runs until is the midnight that ends it)
        ("The parade on New Year's Day ran until midnight.", "midnight", "2007-01-01T24:00"),
    ],
)
def test_a_clock_time_stays_on_the_story_day(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2007, 4, 17)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prosecutors have charged the curator, who goes on trial in November.", "November",
         "2005-11"),
        ("Prosecutors charged two dealers, who stand trial in March.", "March", "2006-03"),
    ],
)
def test_a_trial_on_the_court_calendar_is_the_coming_month_after_a_past(
        text: str, span: str, value: str) -> None:
    assert _value_of(text, "2005-06-16", span) == value


def test_until_closes_a_span_its_sentence_opened_ahead_despite_a_past_verb() -> None:
    text = ("Berlin police have again declared three no-fireworks zones, including "
            "Alexanderplatz, that apply from 6 p.m. on New Year's Eve until 6 a.m.")
    expression = next(e for e in parse_text(text, dt.date(2023, 12, 28)).expressions
                      if e.text == "6 a.m.")
    assert expression.value == "2024-01-01T06:00"


def test_without_a_publication_date_relative_events_stay_undated() -> None:
    doc = parse_text(TEXT)
    dated = [e for e in doc.events if e.is_dated]
    assert [doc.sentence_text(e.sentence_index) for e in dated] == [
        "The treaty was signed on Dec. 8, 1995."]


def test_resolve_document_changes_values_not_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    first = parse_text(TEXT, dt.date(2021, 12, 9))

    def no_recognition(*args: object) -> None:
        raise AssertionError("resolve_document must not recognise again")

    monkeypatch.setattr(pipeline, "recognise", no_recognition)
    second = resolve_document(first, dt.date(2019, 3, 1))
    assert [(e.id, e.start, e.end, e.text, e.rule) for e in second.expressions] == [
        (e.id, e.start, e.end, e.text, e.rule) for e in first.expressions]
    values = {e.text: e.value for e in second.expressions}
    assert values["Wednesday"] == "2019-02-27"
    assert values["This October"] == "2019-10"
    assert values["Last year"] == "2018"
    assert values["Dec. 8, 1995"] == "1995-12-08"
    assert second.dct == dt.date(2019, 3, 1)
    assert second.events[1].start == dt.datetime(2019, 2, 27)  # carried with the new date


def test_resolve_document_without_a_date_unresolves() -> None:
    doc = resolve_document(parse_text(TEXT, dt.date(2021, 12, 9)), None)
    assert next(e for e in doc.expressions if e.text == "Wednesday").value == "XXXX-WXX-3"


def test_user_dated_events_survive_re_resolution() -> None:
    doc = parse_text(TEXT, dt.date(2021, 12, 9))
    user = doc.events[3].model_copy(update={
        "start": dt.datetime(2021, 10, 5), "end": dt.datetime(2021, 10, 6),
        "date_source": DateSource.USER, "explanation": "set by the researcher"})
    events: list[Event] = [*doc.events[:3], user, *doc.events[4:]]
    again = resolve_document(doc.model_copy(update={"events": events}), dt.date(2020, 1, 1))
    assert again.events[3] == user
    assert again.events[0].start == dt.datetime(2020, 1, 1)  # the Wednesday on/before 2020-01-01


def test_researcher_fields_survive_re_resolution() -> None:
    doc = parse_text(TEXT, dt.date(2021, 12, 9))
    noted = doc.events[0].model_copy(update={"note": "checked against the wire copy"})
    doc = doc.model_copy(update={"events": [noted, *doc.events[1:]]})
    again = resolve_document(doc, dt.date(2020, 1, 1))
    assert again.events[0].note == "checked against the wire copy"
    assert again.events[0].start == dt.datetime(2020, 1, 1)


def test_spec_round_trips_through_the_model() -> None:
    doc = parse_text(TEXT, dt.date(2021, 12, 9))
    for expression in doc.expressions:
        spec = Spec.model_validate(expression.spec)
        assert spec.model_dump(mode="json", exclude_defaults=True) == expression.spec
    assert type(doc).model_validate_json(doc.model_dump_json()) == doc


def test_parsing_is_deterministic() -> None:
    assert parse_text(TEXT, dt.date(2021, 12, 9)) == parse_text(TEXT, dt.date(2021, 12, 9))


HISTORY = ("Operation Barbarossa began on 22 June 1941. In December, the Red Army struck back. "
           "The following spring, Germany attacked in the south. The battle began on "
           "23 August 1942. In November, Soviet forces encircled the city. The last army "
           "surrendered on 2 February 1943. That summer, the Battle of Kursk was fought. "
           "This October, a new plan was backed.")


@pytest.mark.parametrize(
    ("span", "value", "why"),
    [
        ("December", "1941-12", "the year of the date mentioned before (1941-06-22)"),
        ("The following spring", "1942-SP", "first spring after the date mentioned before"),
        ("November", "1942-11", "the year of the date mentioned before (1942-08-23)"),
        ("That summer", "1943-SU", "in the year of the date mentioned before (1943-02-02)"),
        # "this" counts from publication, which is unknown
        ("This October", "XXXX-10", "no publication date"),
    ],
)
def test_a_history_without_a_publication_date_takes_the_years_it_names(
        span: str, value: str, why: str) -> None:
    expression = next(e for e in parse_text(HISTORY).expressions if e.text == span)
    assert (expression.value, why in expression.explanation) == (value, True)


FLASHBACK = ("In the summer of 1976, the trials came to Eugene. She ran on June 26. "
             "A rival had retired in 1988, and the final was held on Aug. 2. "
             "In the summer of 1976 the rules were new. The next meet will be on Sept. 3.")


@pytest.mark.parametrize(
    ("nth", "span", "value"),
    [
        # a past scene right after a season long before publication keeps that year
        (0, "June 26", "1976-06-26"),
        # a bare background year sets no scene: the day stays near publication
        (0, "Aug. 2", "2016-08-02"),
        # told as coming, the day is near publication
        (0, "Sept. 3", "2016-09-03"),
    ],
)
def test_a_flashback_keeps_the_year_of_its_scene(nth: int, span: str, value: str) -> None:
    found = [e for e in parse_text(FLASHBACK, dt.date(2016, 8, 21)).expressions
             if e.text == span]
    assert found[nth].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a quarter told without its year in a past scene a decade back is the scene's quarter
        ("Lehman filed on Sept. 15, 2008. By the fourth quarter the economy was shrinking.",
         "2008-Q4"),
        # one before the scene's month is news, as a month would be
        ("Lehman filed on Sept. 15, 2008. In the first quarter the economy shrank.", "2018-Q1"),
    ],
)
def test_a_quarter_in_an_old_scene_keeps_its_year(text: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2018, 9, 15)).expressions if "quarter" in e.text]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a day told in the past weeks after a day of last year told just before it is of
        # that year, though the same day this year is only days ahead
        (("On March 16 last year, depositors woke to a levy. Banks stayed shut, and when they "
          "reopened on March 28, withdrawals were capped."), "March 28", "2013-03-28"),
        (("The plant closed on March 2, 2013. It reopened on March 20 under new owners."),
         "March 20", "2013-03-20"),
    ],
)
def test_a_past_day_weeks_after_a_day_told_keeps_its_year(text: str, span: str,
                                                         value: str) -> None:
    found = next(e for e in parse_text(text, dt.date(2014, 3, 16)).expressions
                 if e.text == span)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a plan told of an old scene ("would", "was due to", "expected ... by") is the
        # scene's future, into its next year when the month comes round
        ("The treaty was signed in Rome in March 1957 and would take effect on Jan. 1.",
         "Jan. 1", "1958-01-01"),
        ("In early November 1917, the minister still hoped the assembly would meet in January.",
         "January", "1918-01"),
        ("In August 1914 most expected the war to be over by Christmas.", "Christmas",
         "1914-12-25"),
        (("The liner left Southampton on April 10, 1912. She was due to reach New York on "
          "April 17."), "April 17", "1912-04-17"),
        # the writer's own "will" is the reader's future
        ("In the summer of 1976 the rules were new. The next meet will be on Sept. 3.",
         "Sept. 3", "2016-09-03"),
        # and so is a plan in the present passive
        ("In the summer of 1976 the rules were new. The next meet is planned for Sept. 3.",
         "Sept. 3", "2016-09-03"),
        # and so is a "would" reported by a saying dated near publication
        (("The station opened on 31 December 1973. Its late show has run since 1985. The "
          "station said yesterday that the slot would be shared from January 7."),
         "January 7", "2017-01-07"),
    ],
)
def test_a_plan_told_of_an_old_scene_is_in_its_years(text: str, span: str, value: str) -> None:
    found = next(e for e in parse_text(text, dt.date(2016, 8, 21)).expressions
                 if e.text == span)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a month a timetable told from the past named is the nearest: it may have gone by
        (("The trial was due to open in April but has now been listed for January 2022."),
         "April", "2020-04"),
        ("The trial was due to open in October.", "October", "2020-10"),
        # so is a month a hope or a plan told in the pluperfect named: the plan is overtaken,
        # its month may still be ahead
        ("They had hoped to complete the takeover by December.", "December", "2020-12"),
        ("The club had planned to reopen the stand in October.", "October", "2020-10"),
        ("The firm had hoped to sign a deal in May, but two bidders dropped out.", "May",
         "2020-05"),
        # a day of a month named in such a plan, or in one that had been due or scheduled, is the
        # nearest as well: a postponement is news before the day as well as after it
        ("The Games had been due to open on Dec. 4.", "Dec. 4", "2020-12-04"),
        ("Officials had planned to close all qualification by Nov. 30.", "Nov. 30",
         "2020-11-30"),
        ("The final had been scheduled to start on Nov. 29.", "Nov. 29", "2020-11-29"),
        # and so is a month after a deal agreed to, which may be the agreeing's or the
        # closing's; a day after it is the agreeing's
        ("Thermo, which agreed to purchase the unit for $22 million in February, declined.",
         "February", "2021-02"),
        ("The two chains agreed to merge in May.", "May", "2020-05"),
        ("Beacon agreed to buy Orrin on Jan. 16, ending a review.", "Jan. 16", "2020-01-16"),
        # a season a timetable told from the past named, over by publication, is that one
        # when it ended nearer than the next one begins, its adverb between or not
        ("The turnaround was originally scheduled for the spring but was postponed.",
         "the spring", "2020-SP"),
        ("The overhaul was due to start in the spring.", "the spring", "2020-SP"),
        ("The overhaul was due to start in the winter.", "the winter", "2020-WI"),
    ],
)
def test_a_month_or_a_season_that_may_have_gone_by_is_the_nearest(
        text: str, span: str, value: str) -> None:
    found = next(e for e in parse_text(text, dt.date(2020, 8, 13)).expressions
                 if e.text == span)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a length told in the past carries the scene into the next sentence
        (("The rebels took the fort on Oct. 3, 1962. For 40 days they held it. They gave it up "
         "on Nov. 12."), "Nov. 12", "1962-11-12"),
        (("The ferry sank on March 2, 1971. The search went on for nine days. The last "
         "survivor was found on the evening of March 11."), "the evening of March 11",
         "1971-03-11TEV"),
        # three sentences on, the story is back near publication
        (("The rebels took the fort on Oct. 3, 1962. They held it. Its walls still stand. "
          "Tourists filled it on Sept. 12."), "Sept. 12", "2015-09-12"),
    ],
)
def test_a_length_told_in_a_scene_keeps_its_year(text: str, span: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2015, 10, 1)).expressions if e.text == span]
    assert found[0].value == value


def test_a_length_told_in_the_past_leaves_a_date_still_to_come() -> None:
    # a day ahead of publication is no scene a length told in the past goes on in: "the same
    # day" after it is the day the drills began, not the day they will end
    text = ("Russia and Belarus began joint drills on Thursday. The exercise will run until "
            "Feb. 20. Ukraine launched its own 10-day drills on the same day.")
    found = [e for e in parse_text(text, dt.date(2022, 2, 10)).expressions
             if e.text == "the same day"]
    assert found[0].value == "2022-02-10"


def test_a_part_of_a_day_counted_from_a_dated_day_keeps_the_scene() -> None:
    # "the next morning" after a day told with its year leaves the scene in that year
    text = ("The phone was unveiled on Sept. 4, 2016, and preorders opened the next morning. "
            "The company halted sales on Oct. 11.")
    found = [e for e in parse_text(text, dt.date(2019, 4, 25)).expressions if e.text == "Oct. 11"]
    assert found[0].value == "2016-10-11"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year long past opening its sentence sets the scene of the next one
        ("In 1974, the rebels regrouped in the hills. They struck the capital on 9 May.",
         "9 May", "1974-05-09"),
        # a recent one, or one written further on in its sentence, does not
        ("In 2012, the firm went public. It cut jobs on 9 May.", "9 May", "2015-05-09"),
        ("The rebels regrouped in 1974. They struck the capital on 9 May.", "9 May",
         "2015-05-09"),
        # so does one closing a "When" clause that opens its sentence
        ("When I first went to Hue in 1972, the river was high. On 9 May, the bridge fell.",
         "9 May", "1972-05-09"),
        ("When the firm moved to Leeds in 2013, rents were low. It cut jobs on 9 May.",
         "9 May", "2015-05-09"),
    ],
)
def test_a_year_opening_a_sentence_sets_a_scene(text: str, span: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2015, 10, 1)).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a month just across New Year from the scene's day is the next year's
        ("The siege began on 20 November 1870. By January the garrison was starving.",
         "January", "1871-01"),
        ("The raid came on Dec. 12, 1917. In late February the fleet sailed again.",
         "late February", "1918-02"),
        # further on, it is news again
        ("The raid came on Dec. 12, 1917. The harbour reopened in May.", "May", "2015-05"),
    ],
)
def test_a_scene_runs_on_into_the_months_after_new_year(text: str, span: str,
                                                          value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2015, 10, 1)).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # two dates told and none near publication: a history, whose years set the scenes
        (("The war began in 1914. In late 1916 the army regrouped. On 6 December the offensive "
          "resumed."), "6 December", "1916-12-06"),
        (("The treaty of 1919 held for a time. The war began in 1939. In September the panzers "
          "crossed the border."), "September", "1939-09"),
        # one year told is background yet ("He left in 1962. ... January was the warmest")
        ("The war began in 1939. In September the panzers crossed the border.",
         "September", "2015-09"),
        # but a part of a year sets a scene, as a season does
        ("In mid-1942 the fleet sailed south. On 7 August the marines landed.",
         "7 August", "1942-08-07"),
        ("In late 1862 the army went into camp. In December it attacked.",
         "December", "1862-12"),
        # and is background to a plan still ahead
        ("The firm, founded in early 1975, has grown. In March it will open a plant.",
         "March", "2016-03"),
        # a day near publication told first makes it news: a year is background again
        (("The firm said on Tuesday it would cut jobs. It was founded in 1975 and grew in 1980. "
          "In March it opened a plant."), "March", "2015-03"),
        # and within its sentence a year is background still
        ("The president, who has governed since 1999, won the election held on 7 October.",
         "7 October", "2015-10-07"),
        # unless its part is told, which sets the scene there as well
        ("The raids began in late 1870, and on 2 December the town was shelled.",
         "2 December", "1870-12-02"),
        # a birth year names who is meant, not when: the date after it is the story's
        (("Workers born in the second half of 1961 are the first to feel the rules, which came "
          "into force on Sept. 1."), "Sept. 1", "2015-09-01"),
        ("Those born in early 1958 were hit when the rules changed on March 1.", "March 1",
         "2015-03-01"),
    ],
)
def test_a_history_told_in_its_own_years(text: str, span: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2015, 11, 1)).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a feast ahead of a day just told, both before publication: the feast of that week
        ("Stocks rose Wednesday ahead of Thanksgiving.", dt.date(2019, 11, 29), "Thanksgiving",
         "2019-11-28"),
        ("The firm said Monday it will close on Christmas Day.", dt.date(2019, 12, 27),
         "Christmas Day", "2019-12-25"),
        # the feast not yet come by publication stays the coming one
        ("The firm said Monday it will close on New Year's Day.", dt.date(2019, 12, 27),
         "New Year's Day", "2020-01-01"),
        ("Shoppers packed the malls Friday ahead of Christmas.", dt.date(2019, 11, 30),
         "Christmas", "2019-12-25"),
    ],
)
def test_a_feast_ahead_of_a_day_told_counts_from_that_day(text: str, dct: dt.date, span: str,
                                                          value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day told ahead right after a date already ahead of publication follows that date
        ("The first flights will leave on Oct. 31, 2020. The old terminal will close on Nov. 8.",
         "2020-11-08"),
        ("Flights will start in 2020. The old terminal will close on Nov. 8.", "2020-11-08"),
        # so does a coming year counted from publication, in the same sentence
        ("The city will host next year's summit, which will open on Nov. 8.", "2020-11-08"),
        ("Next year's fair will be bigger. The old terminal will close on Nov. 8.", "2019-11-08"),
        # alone, a day weeks gone by is still the nearest one
        ("The old terminal will close on Nov. 8.", "2019-11-08"),
    ],
)
def test_a_day_told_ahead_after_a_date_ahead_of_publication(text: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2019, 12, 3)).expressions if e.text == "Nov. 8"]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the end of a span still running, in the month of publication, is this month's
        ("Gov. Sonny Perdue suspended the state gas tax through the end of September.", "2005-09"),
        # not a part of a month told as when something began, still to come: the year before
        ("The outbreak began at the end of September.", "2004-09"),
    ],
)
def test_the_end_of_a_span_still_running_is_this_months(text: str, value: str) -> None:
    found = parse_text(text, dt.date(2005, 9, 1)).expressions
    assert [e.value for e in found] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        # a span told ahead that is under way opens on the day gone by, not a year on
        (("The agency expects to deliver 900 million packages between Thanksgiving and New "
          "Year's Day."), "2018-12-10", ["2018-11-22", "2019-01-01"]),
        ("Shops will stay open between Christmas and New Year.", "2018-12-28",
         ["2018-12-25", "2019-01-01"]),
        ("Trains will run a reduced timetable from Boxing Day to Jan. 2.", "2018-12-28",
         ["2018-12-26", "2019-01-02"]),
        # a span not yet begun is still the coming one
        ("The agency will deliver packages between Thanksgiving and Christmas.", "2018-03-20",
         ["2018-11-22", "2018-12-25"]),
        ("Shops will stay open between Christmas and New Year.", "2018-12-20",
         ["2018-12-25", "2019-01-01"]),
    ],
)
def test_a_span_told_ahead_and_under_way_opens_on_the_day_gone_by(
        text: str, dct: str, values: list[str]) -> None:
    found = parse_text(text, dt.date.fromisoformat(dct)).expressions
    assert [e.value for e in found] == values


def test_a_moving_feast_after_a_year_its_table_lacks_does_not_fail() -> None:
    # Yom Kippur is tabled from 1948: a 1942 scene before it must not stop the parse
    doc = parse_text("He earned his degree in 1942. After the war, the store opened every day "
                     "but Yom Kippur.", dt.date(2011, 3, 30))
    assert [e.text for e in doc.expressions][:1] == ["1942"]


def test_a_history_moves_forward_into_the_next_year() -> None:
    doc = parse_text("The sit-down strike began on the 30th of December, 1936. It lasted through "
                     "January. On February 11 the company signed.")
    values = {e.text: e.value for e in doc.expressions}
    assert (values["January"], values["February 11"]) == ("1937-01", "1937-02-11")


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The poll was held on 12 May 1983, after the house was dissolved on 20 April.", None,
         "20 April", "1983-04-20"),
        ("Voting took place on 3 December 2001; campaigning had begun on 15 October.", None,
         "15 October", "2001-10-15"),
        # a reprint's publication date does not pull the step back to its own year
        ("The poll was held on 12 May 1983, after the house was dissolved on 20 April.",
         "2021-06-15", "20 April", "1983-04-20"),
        # further back, or in a later sentence, the story has moved on into the next year
        ("The treaty was signed on 4 September 1921. On 2 June the troops withdrew.", None,
         "2 June", "1922-06-02"),
        ("The poll was held on 12 May 1983. On 20 April the premier resigned.", None,
         "20 April", "1984-04-20"),
        ("The fleet sailed in May 1805. In March it had put in at Cadiz.", None, "March",
         "1806-03"),
    ],
)
def test_a_day_just_before_a_history_date_stays_in_its_year(text: str, dct: str | None,
                                                             span: str, value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[0].value == value


def test_news_reads_a_month_without_its_year_from_publication_even_after_a_past_year() -> None:
    doc = parse_text("The plant was built in 1994. In December, it was sold.", "1998-02-10")
    assert next(e for e in doc.expressions if e.text == "December").value == "1997-12"
    # an explicit anaphor still counts from the date mentioned
    doc = parse_text("The plant was built in 1994. The following spring, it was sold.",
                     "1998-02-10")
    assert next(e for e in doc.expressions if e.text == "The following spring").value == \
        "1995-SP"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a day of the month just named with its year is in that month, however recent
        (("Police shot 34 miners in August 2012. The inquiry heard about the morning of "
          "16 August."), "2014-11-20", "the morning of 16 August", "2012-08-16TMO"),
        # but a day in the month of publication is news
        ("He accepted the August 1988 ceasefire. Iran condemned the invasion of Aug. 2.",
         "1990-08-15", "Aug. 2", "1990-08-02"),
        # so is a day within three months after a day just named with its year
        ("The rig exploded on April 20, 2010. Oil flowed until the well was capped on July 15.",
         "2019-05-01", "July 15", "2010-07-15"),
        ("The quake struck on 11 March 2011. By 17 March, the death toll had passed 5,000.",
         "2016-05-01", "17 March", "2011-03-17"),
        # a day within half a year after a day just named with its year: a release history
        ("The opera had its premiere on 2 February 2012. It toured Germany from 20 July.",
         "2017-03-08", "20 July", "2012-07-20"),
        # but a month alone so long after is news
        ("The opera had its premiere on 2 February 2012. It toured Germany in July.",
         "2017-03-08", "July", "2016-07"),
        # a day of last year sets the scene for a day after it in its own sentence
        ("The strike began on 3 March 2023 and ended on 28 April.", "2024-06-10",
         "28 April", "2023-04-28"),
        ("The dam was closed in July 2023 and reopened in September.", "2024-10-02",
         "September", "2023-09"),
        ("Talks opened on 5 May 2023 and a deal came three weeks later, on 26 May.",
         "2024-06-10", "26 May", "2023-05-26"),
        # and one just across New Year from it
        ("The blockade began on 12 November 2015. It was lifted on 9 January.",
         "2018-06-01", "9 January", "2016-01-09"),
        # but not one long after it, nor one before it
        ("The rig exploded on April 20, 2010. The trial opened on Jan. 14.", "2019-05-01",
         "Jan. 14", "2019-01-14"),
        # a month soon after a month or a season named with its year, across New Year too
        ("The fires began in the summer of 2021. By mid-September, they had burned 90 farms.",
         "2024-05-01", "mid-September", "2021-09"),
        ("The strike began in November 2001. By February, it had collapsed.", "2004-05-01",
         "February", "2002-02"),
        # or a day told with its clock time
        ("The well blew out at 9:45 p.m. on April 20, 2010. It was capped on July 15.",
         "2019-05-01", "July 15", "2010-07-15"),
        # last year's too, when its year is written; not when counted from publication
        ("The dam burst on 6 March 2023. Divers found the last victim on 11 March.",
         "2024-05-02", "11 March", "2023-03-11"),
        ("The dam burst in March 2023. The inquiry opened on April 2.", "2024-05-02",
         "April 2", "2023-04-02"),
        ("Last year, the dam burst on March 6. The inquiry opened on April 2.", "2024-05-02",
         "April 2", "2024-04-02"),
        # not after a date something has gone on since: "said in April" is this April
        ("Reefs have bleached since January 2023, scientists said in April.", "2025-06-20",
         "April", "2025-04"),
        # nor after the last day of a recent span over years, a period rather than a scene
        (("Buyers of tickets from Oct. 1, 2009, through June 30, 2015, would get vouchers. "
          "Objections were due Aug. 31."), "2016-09-02", "Aug. 31", "2016-08-31"),
        (("Investors who bought shares between Feb. 3, 2014, and Nov. 8, 2015, have sued. "
          "Shares fell on Aug. 31."), "2016-09-02", "Aug. 31", "2016-08-31"),
        # a span within one year still sets it
        ("The museum was closed from Jan. 5, 2015, through June 30, 2015. It reopened on Aug. 31.",
         "2016-09-02", "Aug. 31", "2015-08-31"),
    ],
)
def test_a_day_of_the_month_just_named_with_its_year_is_in_that_month(
        text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a day after the month makes it a date, whatever word stands before the month
        ("It was the last March 3 deadline he missed.", "2019-03-20", "March 3", "2019-03-03"),
        ("The crater was first seen last March 3.", "2019-03-20", "last March 3", "2019-03-03"),
    ],
)
def test_a_month_followed_by_its_day_is_a_date(
        text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a year gone by opening its sentence frames what was done in it
        ("Last year's fair opened on Nov. 2.", "1998-03-10", "Nov. 2", "1997-11-02"),
        # not what is still ahead or in force
        ("Last year's budget deal expires Sept. 30.", "1998-03-10", "Sept. 30", "1998-09-30"),
        ("Last year's winner will defend her title June 12.", "1998-03-10", "June 12",
         "1998-06-12"),
    ],
)
def test_a_year_gone_by_does_not_frame_a_date_ahead(
        text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_re_resolving_a_history_with_a_publication_date_switches_to_news_reading() -> None:
    doc = resolve_document(parse_text(HISTORY), dt.date(1943, 3, 1))
    values = {e.text: e.value for e in doc.expressions}
    assert values["December"] == "1942-12"  # the last December before publication
    # an anaphor follows its anchor: the spring after that December
    assert values["The following spring"] == "1943-SP"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("In October 1929 the market crashed. A week later, banks closed.", "1978-06-14",
         "A week later", "1929-10"),
        ("In 1929 the bank failed; the next day, crowds gathered.", None, "the next day", "1929"),
        # years counted from a decade or a century: not from publication, into the future
        ("The mill closed in the 1980s. Two years later it reopened.", "2020-01-01",
         "Two years later", "198"),
        ("The town was founded in the 19th century. Fifty years later it had a railway.",
         "2020-01-01", "Fifty years later", "18"),
        # even when a day was told before the decade
        ("The storm hit on Tuesday. The mill closed in the 1980s. Two years later it reopened.",
         "2020-01-01", "Two years later", "198"),
        # the month its own sentence names, not a day a sentence before told
        (("The trial was halted yesterday, a post claims. It was paused in September 2020 "
          "and resumed six weeks later."), "2021-08-27", "six weeks later", "2020-10"),
        # or a month of years gone by that the sentence just before names
        (("A court yesterday ordered the release. The paper asked for the records in January "
          "1997. The request was denied six weeks later."), "1999-03-04", "six weeks later",
         "1997-02"),
    ],
)
def test_a_day_or_week_after_a_date_known_to_the_month_stays_in_that_month(
        text: str, dct: str | None, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dct).expressions if e.text == span)
    assert expression.value == value
    assert "known only to the" in expression.explanation


@pytest.mark.parametrize(("verb", "value"), [
    # told in the past, the days after a year known only to the year stay in it; still to come,
    # they are not counted from a year long over, but from publication
    ("followed", "2011"),
    ("will follow", "2025-03-30"),
])
def test_what_is_still_to_come_is_not_counted_from_a_year_long_over(verb: str, value: str) -> None:
    doc = parse_text(f"It emerged from bankruptcy in 2011. A sale hearing {verb} two days later.",
                     "2025-03-28")
    later = next(e for e in doc.expressions if e.text == "two days later")
    assert later.value == value


@pytest.mark.parametrize(("text", "value"), [
    # the weekend after a weekday is the one closing that weekday's week
    ("One inmate was caught on May 24. A second was arrested the following weekend.",
     "2012-W21-WE"),
    ("The gates opened at 4 p.m. on May 24, and the crowds came back the next weekend.",
     "2012-W21-WE"),
    # after a weekend, the one a week on
    ("The fair opened on Saturday, May 19. It closed the following weekend.", "2012-W21-WE"),
])
def test_the_weekend_after_a_weekday_closes_that_week(text: str, value: str) -> None:
    doc = parse_text(text, "2012-05-31")
    weekend = next(e for e in doc.expressions if e.text.endswith("weekend"))
    assert weekend.value == value


def test_a_live_blog_stamp_is_the_publication_day_not_a_coming_day_before_it() -> None:
    doc = parse_text("The agency will finish by Thursday. 10:15 GMT: Germany extended its "
                     "lockdown.", "2021-03-23")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Thursday", "2021-03-25"), ("10:15 GMT", "2021-03-23T10:15")]


def test_the_end_of_a_range_does_not_move_the_story() -> None:
    doc = parse_text("The battle was fought July 1-3, 1863. On the first day the Union held. "
                     "The following afternoon, Longstreet attacked.")
    assert next(e for e in doc.expressions if e.text == "The following afternoon").value == \
        "1863-07-02TAF"


@pytest.mark.parametrize(("text", "span", "value"), [
    (("Turnout on 19 May 2019 beat the previous record set in 2014. The cabinet was sworn "
      "in a week later, on 30 May."), "30 May", "2019-05-30"),
    (("The river peaked on 17 August 2002, breaking the record set in 1845. A decade "
      "later, new defences were finished."), "A decade later", "2012"),
    # nor does the last time a target was met, in a monthly release
    (("The four-hour target was last met in July 2015. In September, 83.6% of patients were "
      "seen within four hours."), "September", "2019-09"),
    (("Inflation was last this high in March 2017. In August, prices rose 0.4%."), "August",
     "2019-08"),
])
def test_a_record_s_date_does_not_move_the_story(text: str, span: str, value: str) -> None:
    assert next(e for e in parse_text(text, "2019-10-11").expressions
                if e.text == span).value == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Athens fought Sparta between 431 and 404 BC.", [("431", "BC0431"), ("404 BC", "BC0404")]),
    ("Output rose in the June-August period.", [("June", "2022-06"), ("August", "2022-08")]),
])
def test_neither_bc_years_nor_summer_months_become_something_else(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in parse_text(text, "2022-09-29").expressions] == expected


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The Fed will announce its decision on Wednesday. The statement is due at 2 p.m. ET.",
     "2 p.m. ET", "2023-03-22T14:00"),
    ("The funeral will take place on Friday. The service begins at 11am.", "11am",
     "2023-03-24T11:00"),
])
def test_a_time_takes_the_coming_day_named_just_before(text: str, span: str, value: str) -> None:
    assert next(e for e in parse_text(text, "2023-03-20").expressions if e.text == span).value \
        == value


@pytest.mark.parametrize(("text", "values"), [
    ("He died in 210 BC, and the dynasty fell four years later. The following year it rose.",
     ["BC0210", "BC0206", "BC0205"]),
    ("Caesar crossed the Rubicon in 49 BC. Fifty years later the empire was at peace.",
     ["BC0049", "0002"]),  # no year 0: 1 BC is followed by AD 1
    ("In 431 BC war broke out. In 1914 another began. Two years later it spread.",
     ["BC0431", "1914", "1916"]),
])
def test_years_counted_from_a_year_before_christ(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text).expressions] == values
    # a publication date changes nothing: the years are counted from the one told before
    assert [e.value for e in parse_text(text, "2016-03-01").expressions] == values


@pytest.mark.parametrize(("text", "values"), [
    # a month or day told without its year after a date before Christ is in that year
    ("Hannibal crossed the Alps in 218 BC. In December of the same year he won at the Trebia.",
     ["BC0218", "BC0218-12"]),
    ("He crossed the Alps in the autumn of 218 BC and won in December of the same year.",
     ["BC0218-FA", "BC0218-12"]),
    (("In 218 BC Hannibal crossed the Alps. In December he won at the Trebia. The following "
     "spring he marched south."), ["BC0218", "BC0218-12", "BC0217-SP"]),
    # the story goes on: a month earlier in the calendar than the one told is in the next year
    ("The city fell in October 146 BC. In March the senate sent envoys.",
     ["BC0146-10", "BC0145-03"]),
    # days and months counted from a day, and "that day" is the day itself
    (("The battle was fought on 2 August 216 BC. That day some 50,000 Romans died. Three days "
     "later he left."), ["BC0216-08-02", "BC0216-08-02", "BC0216-08-05"]),
    ("Caesar crossed the Rubicon on 10 January 49 BC. Two months later he was in Rome.",
     ["BC0049-01-10", "BC0049-03"]),
    # weeks from a day are counted in days: no ISO week is written before Christ
    ("Caesar landed on 26 August 55 BC and left three weeks later.",
     ["BC0055-08-26", "BC0055-09-16"]),
    ("On 30 December 1 BC it began. Three days later it ended.",
     ["BC0001-12-30", "0001-01-02"]),  # no year 0: the day after 31 December 1 BC is in AD 1
    # a range with the era written once at its end: both ends are before Christ
    ("The siege lasted from January to July 332 BC.", ["BC0332-01", "BC0332-07"]),
    ("The siege lasted from November to February 332 BC.", ["BC0333-11", "BC0332-02"]),
])
def test_dates_counted_from_a_date_before_christ(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text).expressions] == values
    assert [e.value for e in parse_text(text, "2016-03-01").expressions] == values


@pytest.mark.parametrize(("text", "values"), [
    # no month of a year so far back is told: the month is one of the present
    ("The city was struck around 1200 BC, according to tests completed in May.",
     ["BC1200", "2016-05"]),
    # what lies ahead is too
    ("Hannibal crossed the Alps in 218 BC. The exhibition on his march opens on Oct. 20.",
     ["BC0218", "2016-10-20"]),
])
def test_dates_of_the_present_after_a_year_before_christ(text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text, "2016-09-01").expressions] == values


def test_a_date_after_since_with_its_own_event_moves_the_story() -> None:
    # "since 1984, when they were convicted": the clause tells what happened then, and "two
    # years earlier" counts from it, not from a day told before
    doc = parse_text("Officials spoke the previous day. They have been in prison since 1984, "
                     "when they were convicted of a robbery two years earlier.", dt.date(1999, 3, 3))
    assert next(e for e in doc.expressions if e.text == "two years earlier").value == "1982"


def test_years_earlier_count_from_the_year_a_report_gave_not_the_day_it_came_out() -> None:
    doc = parse_text("The average fell to 166 days in 2002, according to a report released "
                     "Monday. Five years earlier the average was 196 days.", dt.date(2003, 5, 20))
    assert next(e for e in doc.expressions if e.text == "Five years earlier").value == "1997"


@pytest.mark.parametrize(("text", "values"), [
    # but the sentences after it are news again: a month told there is the one nearest
    # publication, not the month of that year
    (("It is the highest toll since 2011, when a quarter of a million people died. Fighting "
      "that began in November has destroyed harvests."), ["2011", "2020-11"]),
    ("The firm has grown since 2011, when it was founded. Sales fell in March.", ["2011", "2021-03"]),
    # within its own clause the year still frames the month
    ("The firm has grown since 2011, when it was founded in March.", ["2011", "2011-03"]),
    # a year with its clause and no "since" sets the scene for the next sentence
    ("Back in 2009, when the drought began, I was 18. Training began in March.",
     ["2009", "2009-03"]),
])
def test_a_year_after_since_with_its_event_frames_its_own_sentence_only(
        text: str, values: list[str]) -> None:
    assert [e.value for e in parse_text(text, dt.date(2021, 6, 10)).expressions] == values


def test_a_date_after_since_with_its_season_named_moves_the_story() -> None:
    # "since 1971, the summer he came home": the appositive tells what happened that summer,
    # and "That summer" after it is 1971's, not the one of the day told before
    doc = parse_text("On a recent Tuesday morning, he stood in the river. He has fished it every "
                     "Sunday since 1971, the summer he came home from Vietnam. That summer, he "
                     "says, the river saved his life.", dt.date(2019, 5, 5))
    assert [e.value for e in doc.expressions if e.text.lower().endswith("summer")] == \
        ["1971-SU", "1971-SU"]


@pytest.mark.parametrize(("text", "dct", "match", "value"), [
    # "since last Thursday, when ..." tells how long a state has lasted; the story stays on the
    # day reported, and a bare clock time after it belongs to that day
    (("Airports reopened on Tuesday. Airlines said they had lost $1.7 billion since last "
      "Thursday, when authorities first closed the airspace. The first flights left shortly "
      "before 10 p.m."), "2010-04-21", "10 p.m.", "2010-04-20T22:00"),
    # a year still to come ("early September") does not hold a past report; neither does the
    # older year told before it ("unchanged from 2023"): the publication's year does
    (("Pass rates were roughly unchanged from 2023. Schools go back in early September. "
      "Ministers have promised a review by the end of the year."), "2024-08-15",
     "the end of the year", "2024"),
    # "late last night ... at about 10:45": 22:45 that night, not 10:45 the next morning; an
    # hour that cannot be that late is the morning after ("through the night ... at 7:30")
    (("A man was injured in a shooting late last night, police said. The shooting happened at "
      "about 10:45 on Mount Ephraim Avenue."), "2006-03-27", "10:45", "2006-03-26T22:45"),
    ("Crews worked through the night. The road reopened at 7:30.", "2006-03-27", "7:30",
     "2006-03-27T07:30"),
    # an hour in o'clock after an evening is read the same way: "at nine o'clock" is 21:00
    ("The march set off on Saturday evening and reached the square at nine o'clock.",
     "1989-11-06", "nine o'clock", "1989-11-04T21:00"),
    # after an afternoon, an hour that can fall in it is in it ("at 3:10" is 15:10, the same day);
    # one that cannot ("at 9:30") stays as written
    ("The jury went out this afternoon. It returned at 3:10.", "2012-05-16", "3:10",
     "2012-05-16T15:10"),
    ("The vote came this afternoon. Debate had opened at 9:30.", "2012-05-16", "9:30",
     "2012-05-16T09:30"),
    # a past (here counterfactual) sentence still means the date it names itself
    (("The state legislature Monday passed a bill. Without it, the moratorium would have "
      "expired on Dec. 31, the same day as the federal ban."), "2020-12-22", "the same day",
     "2020-12-31"),
    # with no day of the story told, the day of a report is the one "the same day" counts from
    ("The agency said Sunday it had launched a probe, and the board met the same day.",
     "2011-03-15", "the same day", "2011-03-13"),
    ("Officials said Thursday the levee would hold. The day before, crews added sandbags.",
     "1997-04-22", "The day before", "1997-04-16"),
    # nor does a year told only as what something has been going on since
    (("The ministry said Monday it had expelled an envoy, the first since 1998. Parliament "
      "backed the move the same day."), "2013-05-08", "the same day", "2013-05-06"),
    ("Police said Friday a man wanted since March was caught, and charged him the next day.",
     "2013-05-08", "the next day", "2013-05-04"),
    # but "reported" naming a thing ("a sighting reported Tuesday") dates that thing, and the story
    (("Divers searched the harbour Thursday. A sighting reported Tuesday in Plymouth was ruled "
      "out the next day."), "2023-09-29", "the next day", "2023-09-27"),
    (("A fire broke out Monday. The company reported Tuesday that sales fell. Output resumed "
      "the next day."), "2016-03-04", "the next day", "2016-03-01"),
    # and a time gone by in the report's sentence is on that day
    ("Officials said Friday that the fire was out by noon.", "2021-12-09", "noon",
     "2021-12-03T12:00"),
    # a day of the month told ahead after a month long gone stays in that month's story
    ("Last November, the city saw no snow until the 24th.", "2004-11-12", "the 24th", "2003-11-24"),
    # a season looked back to from the story ("the previous autumn") leaves the story where it was
    (("The campaign began in early April 1805. On the 17th the vanguard reached the pass, which "
      "the enemy had fortified the previous autumn. A frontal attack two days later failed."),
     "2020-05-01", "two days later", "1805-04-19"),
    # a piece said to be published on a day was out before the note that refers to it, however
    # far back; one still to be published is ahead
    (("Editor's note: An earlier version of this article, published March 3, incorrectly "
      "stated that the district had cut its music program."), "2023-02-17", "March 3",
     "2022-03-03"),
    ("The commission's report will be published March 3.", "2023-02-17", "March 3",
     "2023-03-03"),
    ("This article originally appeared on Feb. 27.", "2018-01-05", "Feb. 27", "2017-02-27"),
    ("The essay, which first ran in March, has been updated.", "2018-02-05", "March", "2017-03"),
    ("The essay will be published in March.", "2018-02-05", "March", "2018-03"),
    # a weekday ending a span ("through", "until") comes after the day its sentence opened it
    ("Crews walked out on Tuesday, halting trains through Thursday.", "2016-03-02", "Thursday",
     "2016-03-03"),
    ("The festival opened Saturday and runs until Monday night.", "2016-03-06",
     "Monday night", "2016-03-07TNI"),
    ("The office shut Friday and stayed closed through Tuesday.", "2016-03-09", "Tuesday",
     "2016-03-08"),
    # also when the span opens on a day still ahead: it ends after that day, not before
    ("The parish festival opens Thursday and runs through Sunday.", "1999-07-09", "Sunday",
     "1999-07-18"),
    # "on the Friday", "for the Saturday night": one of the days told ahead just before
    (("The exhibition opens next Friday. The first viewing is at 2pm on the Friday, and a "
      "dinner is planned for the Saturday night."), "2001-10-18", "Saturday night",
     "2001-10-27TNI"),
    (("The exhibition opens next Friday. The first viewing is at 2pm on the Friday, and a "
      "dinner is planned for the Saturday night."), "2001-10-18", "Friday", "2001-10-26"),
    # not a day counted from another ("the Friday before"), nor one after a day gone by
    ("The fair opens next Friday, with a preview on the Friday before.", "2001-10-18",
     "Friday", "2001-10-19"),
    ("He died on Monday. The funeral was on the Friday.", "2001-10-18", "Friday",
     "2001-10-12"),
    # a day that itself ends a span opens none ("runs through Dec. 12 ... until Friday")
    (("The summit, which runs through Dec. 12, went on until 2 a.m. Friday before the "
      "talks broke up."), "2023-12-01", "2 a.m. Friday", "2023-12-01T02:00"),
    # not a span told as over before that day: the last such weekday, as read from publication
    ("Stocks rebounded Monday after losing ground through Friday.", "2014-04-08", "Friday",
     "2014-04-04"),
    # but an "after" ahead of the day told sets no such span: the span still opens on that day
    (("After a year off, the county fair is back, opening Tuesday and running through "
      "Saturday."), "2021-08-04", "Saturday", "2021-08-14"),
    ("The toll rose on Monday, and aftershocks shook the city through Sunday night.",
     "2015-04-27", "Sunday night", "2015-04-26TNI"),
    ("The cold is forecast to last until the weekend, with frost through Friday.",
     "2018-02-28", "Friday", "2018-03-02"),
    # a month told ahead later in the year of publication is that year's, however far off
    ("The exhibition will close in December.", "2018-01-12", "December", "2018-12"),
    ("The lease will run through the end of November.", "2015-01-06", "the end of November",
     "2015-11"),
    # but "could" after a telling in the past is what was said then: the nearest such month
    ("Candidates were told they could appeal by the end of November.", "2023-12-02",
     "the end of November", "2023-11"),
    ("Candidates could appeal by the end of November.", "2023-12-02", "the end of November",
     "2024-11"),
    ("A photo shared on Jan. 4 showed a flooded street.", "2021-12-09", "Jan. 4", "2021-01-04"),
    ("The clip, first uploaded in February, was doctored.", "2019-01-10", "February", "2018-02"),
    ("He tweeted on Jan. 20 that the count was rigged.", "2021-12-28", "Jan. 20", "2021-01-20"),
    ("The results will be shared on Jan. 4.", "2021-12-09", "Jan. 4", "2022-01-04"),
    # "the latest vote" is the noun, not voters' timetable: the update's own past decides
    ("This story has been updated with the latest vote counts as of 11 p.m. Thursday.",
     "2020-11-06", "11 p.m. Thursday", "2020-11-05T23:00"),
    # a count or a state as it stood on a weekday, in the present, stands on one that has come;
    # told ahead ("will be"), the coming one
    ("As of Tuesday, there are 214 confirmed cases in the province.", "2019-08-15", "Tuesday",
     "2019-08-13"),
    ("Forty patients remain in intensive care as of Monday night.", "2019-08-15",
     "Monday night", "2019-08-12TNI"),
    ("The tallies are as of 5 p.m. local time Wednesday.", "2019-08-15",
     "5 p.m. local time Wednesday", "2019-08-14T17:00"),
    ("As of Monday, visitors will be required to wear masks.", "2019-08-15", "Monday",
     "2019-08-19"),
    # a reporting period's end is the one gone, though a span's "ending" looks ahead
    ("Revenue for the period ending March 31 is up 5 percent.", "2014-05-10", "March 31",
     "2014-03-31"),
    ("Sales for the year ending March 31 are up.", "2014-05-10", "March 31", "2014-03-31"),
    ("A transition period ending March 31 is in force.", "2014-05-10", "March 31",
     "2015-03-31"),
    # the far end of a stretch that begins now lies ahead, whatever the participle before it
    ("Bonds bought between now and Oct. 31 will earn 4.3 percent.", "2023-05-18", "Oct. 31",
     "2023-10-31"),
    ("Between now and March, prices were expected to rise.", "2023-05-18", "March", "2024-03"),
    # a day set apart by how far off it still lies is one to come, whatever the verb's tense
    ("The rollover was widely seen as a rehearsal for Jan. 1, less than five months away.",
     "1999-08-23", "Jan. 1", "2000-01-01"),
    ("Shoppers were already counting down to Christmas Day, still three weeks away.",
     "1999-12-04", "Christmas Day", "1999-12-25"),
    # "a year ago" set against a figure of a day its own sentence names is a year before that
    # day, not the month a sentence before told; a month in its own sentence is still the one
    # compared
    (("Rates peaked last October. As of Tuesday, the average CD paid 8.9 percent, down from "
      "10.4 percent a year ago."), "1985-04-10", "a year ago", "1984"),
    ("Sales in March rose 5 percent on Tuesday from a year ago.", "1985-04-10", "a year ago",
     "1984-03"),
    # nor is it a year before the month a rise has run since: it looks back from now
    (("Gas prices have risen every week since mid-February. Drivers pay 60 cents more than "
      "they did a year ago."), "2006-04-25", "a year ago", "2005"),
    # a month a state has lasted since, told in the present perfect, is the last one before
    # publication, not one in the year of a date told just before; in the past perfect it is
    (("In February 2018, an engineer warned of the fault. The jets have been grounded since "
      "March."), "2020-01-10", "March", "2019-03"),
    (("In February 2018, an engineer warned of the fault. She has not worked there since "
      "late March."), "2020-01-10", "late March", "2019-03"),
    (("In February 2018, an engineer warned of the fault. The jets had been grounded since "
      "March."), "2020-01-10", "March", "2017-03"),
    # a date set against the one just told ("X, not Y") is in its year, a weekday in its week
    ("The museum reopened in June 2018, not in April.", "2021-03-04", "April", "2018-04"),
    ("The bridge was closed Sept. 9, 2017, not Sept. 16.", "2021-03-04", "Sept. 16",
     "2017-09-16"),
    ("The deal was announced Wednesday, not Tuesday.", "2022-08-11", "Tuesday", "2022-08-09"),
    ("The deal was announced Friday, not Thursday.", "2022-08-11", "Thursday", "2022-08-04"),
    ("The fair opens Saturday, not Sunday.", "2022-08-11", "Sunday", "2022-08-14"),
    # and so is a season set against a date
    ("The report was published in the spring of 2018, not the fall.", "2020-09-16", "the fall",
     "2018-FA"),
    ("The vote was held in March 2016, not in the fall.", "2020-09-16", "the fall", "2016-FA"),
    # but one said with "this", "last" or "next" is counted from publication
    ("The election will be held in November 2022, not this November.", "2021-10-18",
     "this November", "2021-11"),
    ("The museum reopened in June 2018, not last April.", "2021-10-18", "last April", "2021-04"),
    # a date given in brackets under its other name, in another calendar or time zone, is
    # in the year or the week of the one it names again
    ("The tsar was crowned on 26 May 1896 (14 May in the old calendar).", "2016-03-02",
     "14 May", "1896-05-14"),
    ("The admiral was born on 9 June 1672 (O.S. 30 May).", "2022-07-01", "30 May",
     "1672-05-30"),
    ("The treaty was signed on 12 April 1713 [1 April].", "2013-04-05", "1 April",
     "1713-04-01"),
    ("The launch came on Friday, Sept. 8 (Thursday in New York).", "2017-09-14", "Thursday",
     "2017-09-07"),
    # a year's possessive opening a clause after "and" or "said" sets the year of the day after
    # it, as it does at the head of a sentence
    ("Organizers said next year's race would be held on Feb. 25.", "2017-02-27", "Feb. 25",
     "2018-02-25"),
    ("The race alternates direction, and next year's run is set for June 14.", "2019-06-10",
     "June 14", "2020-06-14"),
    # the end of a quarter already over, told ahead, is of next year's quarter; the quarter
    # itself may still be reported on ("will report third-quarter results")
    ("The mill will shut by the end of the first quarter.", "2019-05-20",
     "the end of the first quarter", "2020-Q1"),
    ("The mill will report results for the first quarter.", "2019-05-20",
     "the first quarter", "2019-Q1"),
    ("The lender will delay its earnings release for the April-June quarter.", "2019-08-23",
     "the April-June quarter", "2019-Q2"),
    ("The earnings announcement for the first quarter is due Friday.", "2019-08-23",
     "the first quarter", "2019-Q1"),
    # so may a half long over ("will report first-half results", written in November)
    ("The carmaker will report first-half results on Tuesday.", "2019-11-08", "first-half",
     "2019-H1"),
    ("The bank will post second-half earnings next month.", "2021-01-15", "second-half",
     "2020-H2"),
    # results still to be reported are of a quarter not yet over, or of one just ended
    ("The group will report results for the third quarter on August 7.", "2023-06-27",
     "the third quarter", "2023-Q3"),
    ("The carrier will publish results for the December quarter in January.", "2016-09-21",
     "the December quarter", "2016-Q4"),
    ("The insurer will publish results for the fourth quarter on Feb. 20.", "2023-02-10",
     "the fourth quarter", "2022-Q4"),
    # a day told ahead with "will" is the coming one even ten months off, not one weeks gone
    ("The revival will begin previews on Feb. 24 and open on March 5.", "2024-04-18",
     "March 5", "2025-03-05"),
    ("The show will close on Jan. 8.", "2022-03-10", "Jan. 8", "2023-01-08"),
    # and a holiday told ahead keeps its whole year
    ("The company will ship the console before Christmas.", "2014-01-16", "Christmas",
     "2014-12-25"),
])
def test_the_day_a_careful_reader_gives(text: str, dct: str, match: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == match).value == value


@pytest.mark.parametrize(("text", "dct", "match", "value"), [
    # mountains, not a verb of an almanac's timetable
    ("A climber completed all 14 of the world's 8,000-meter peaks on Thursday.", "2023-07-28",
     "Thursday", "2023-07-27"),
    # "last year" set off in an aside does not frame the day after it
    ("Iran accepted the resolution, adopted last year, on July 18.", "1988-08-09", "July 18",
     "1988-07-18"),
    # a number word that is a name, or a year, before a verb in -s leaves it a verb
    ("The women's Final Four begins in Indianapolis on Sunday.", "2005-03-31", "Sunday",
     "2005-04-03"),
    ("Much of the government would have shut down when fiscal 1997 begins on Tuesday.",
     "1996-09-27", "Tuesday", "1996-10-01"),
    # a part of the day, or "the same day", stays on the day told, not on a year in its sentence
    (("The attackers opened fire at about 11 a.m. Wednesday. Four hours later, police killed "
      "both. The couple had married in 2014 and had an infant daughter, whom they left with a "
      "grandmother that morning."), "2015-12-03", "that morning", "2015-12-02TMO"),
    # "that evening" is the day the story last gave, some sentences back
    (("The mayor resigned on Monday. The council had met in 2019 and 2020. Its members "
      "voted in March. A recall failed in May. Crowds gathered outside city hall that evening."),
     "2022-06-15", "that evening", "2022-06-13TEV"),
    # with only dates still to come told since, the day of the report ("said Monday")
    (("The bank said Monday that profit would fall next year. It plans to close branches by "
      "the end of June. Its shares fell 3 percent that afternoon."),
     "2023-01-11", "that afternoon", "2023-01-09TAF"),
    # "testified last week" dates the telling: "that September" is the year of the fire
    (("Hale is accused of setting the fire on Jan. 14, 2018. Investigators testified last week "
      "that the blaze started at 3:10 a.m. Hale was charged that September."),
     "2019-05-02", "that September", "2018-09"),
    (("The plant closed on March 3, 2020. Workers said this week that the layoffs began in "
      "earnest. The building was sold that June."), "2021-02-11", "that June", "2020-06"),
    # the day an inquest or a court "heard" evidence dates the hearing, not the death
    (("He died after his van left the road at about 11.40pm on 3 March, an inquest heard on "
      "Wednesday. He had worked a double shift that day."), "2023-06-15", "that day",
     "2023-03-03"),
    (("She died on 17 January 2022. The court heard on Monday that she was not found until "
      "late afternoon."), "2024-09-05", "late afternoon", "2022-01-17TAF"),
    # so does the day a jury or a court was told of it ("told the jury yesterday", "a jury was
    # told Wednesday"): a clock time after it is still the night of the story
    (("A camera recorded him at 9.52pm on 11 January. A detective told the jury yesterday that "
      "his phone was in contact with a mast at 10.26pm."), "2014-10-30", "10.26pm",
     "2014-01-11T22:26"),
    (("A camera photographed the man at 2:17 a.m. on Oct. 26, a Dade County jury was told "
      "Wednesday. The clerk was shot at about 2:20 a.m."), "1986-04-17", "2:20 a.m.",
     "1985-10-26T02:20"),
    # a clock time past midnight moves the story on: "that morning" is the next day's
    (("He was hurt in a crash on the night of Feb. 11. Rescuers did not reach him "
      "until 3:10 a.m. He was pronounced dead in hospital that morning."), "2017-09-13",
     "that morning", "2017-02-12TMO"),
])
def test_a_look_alike_does_not_mislead(text: str, dct: str, match: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == match).value == value


def test_a_clock_time_in_the_when_clause_of_a_since_weekday_is_on_that_day() -> None:
    # "closed since Sunday, when a train struck a landslip at 9:42 p.m.": that Sunday's evening,
    # though a day still to come was told just before
    doc = parse_text("Services will resume next Monday, the operator said. The line has been "
                     "closed since Sunday, when a train struck a landslip at 9:42 p.m.",
                     dt.date(2022, 12, 21))
    assert next(e for e in doc.expressions if e.text == "9:42 p.m.").value == "2022-12-18T21:42"


def test_a_look_back_does_not_move_the_story() -> None:
    doc = parse_text("Napoleon crowned himself in December 1804. The previous year, he had sold "
                     "Louisiana. In late October, the fleet sailed.")
    assert [e.value for e in doc.expressions] == ["1804-12", "1803", "1805-10"]


@pytest.mark.parametrize(("text", "span", "value", "reason"), [
    ("The parade is on Memorial Day.", "Memorial Day", "2023-05-29", "Monday that is the last in May"),
    ("Americans vote on Election Day.", "Election Day", "2023-11-07", "first Tuesday after November 1"),
    ("Thanksgiving is next week.", "Thanksgiving", "2023-11-23", "Thursday that is the 4th in November"),
    ("The 2019-20 season was cut short.", "The 2019-20 season", "2019",
     "a season written across two years, named by the year it begins in (2019)"),
])
def test_the_reason_names_the_rule_a_reader_would_check(text: str, span: str, value: str,
                                                        reason: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2023, 5, 10)).expressions
                      if e.text == span)
    assert (expression.value, reason in expression.explanation) == (value, True), \
        expression.explanation


def test_the_day_of_a_named_past_event_does_not_become_the_story_day() -> None:
    text = ("The Dow fell 416 points on Tuesday, its worst day since the September 11, 2001, "
            "attacks. The slide followed a drop in Shanghai earlier in the day.")
    doc = parse_text(text, dt.date(2007, 2, 28))
    assert next(e for e in doc.expressions if e.text == "the day").value == "2007-02-27"


@pytest.mark.parametrize(("text", "span", "value"), [
    (("European airports reopened on Tuesday. Airlines said they had lost $1.7 billion since "
     "last Thursday. The first flights left Heathrow shortly before 10 p.m."),
     "10 p.m.", "2010-04-20T22:00"),
    (("The plant restarted on Tuesday after a fire. It had been shut since Saturday. Workers "
     "returned in the morning."), "the morning", "2010-04-20TMO"),
])
def test_a_weekday_after_since_begins_a_state_and_does_not_move_the_story(
        text: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date(2010, 4, 21))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "value"), [
    # the Monday after the Sunday of the report has passed by publication on Tuesday
    ("Officials said Sunday evening that deposits would be available Monday.", "2023-03-13"),
    # still ahead of publication: the same day either way
    ("Officials said Sunday that the bank would reopen Thursday.", "2023-03-16"),
    # the writer's own "will" looks ahead from publication, not from the report's day
    ("Officials said Sunday that the bank will reopen Monday.", "2023-03-20"),
    ("Officials said Sunday that the branch won't reopen until Monday.", "2023-03-20"),
    # a later report with no day of its own, its "would" told from the same day
    (("Police said Sunday that two men had died. The chief said the names would be released "
     "Monday."), "2023-03-13"),
    (("Police said Sunday that two men had died. The chief said he would give another update at "
     "2 p.m. Monday."), "2023-03-13T14:00"),
    # a clock time still to come on the report's own day
    ("The mayor said Sunday that the city would hold a vigil at 8:30 p.m. Sunday.",
     "2023-03-12T20:30"),
    # a bare weekday of the report's own is the one a week on, as before
    ("Officials said Sunday that the bank would reopen Sunday.", "2023-03-19"),
])
def test_a_weekday_still_to_come_in_a_dated_report_counts_from_the_report(
        text: str, value: str) -> None:
    doc = parse_text(text, dt.date(2023, 3, 14))
    assert doc.expressions[-1].value == value


@pytest.mark.parametrize(("text", "value"), [
    ("On March 2, 1921, the mayor said the ferry would sail on Friday.", "1921-03-04"),
    # a day of the same year is counted from publication as before
    ("On March 3, 2023, he said he would return Thursday.", "2023-03-16"),
    # the writer's own "will" looks ahead from publication
    ("On March 2, 1921, the ferry first sailed. The museum will open on Friday.", "2023-03-17"),
])
def test_a_weekday_planned_on_a_day_long_past_follows_that_day(text: str, value: str) -> None:
    doc = parse_text(text, dt.date(2023, 3, 14))
    assert doc.expressions[-1].value == value


@pytest.mark.parametrize(("text", "value", "why"), [
    ("Cases fell in week 53 of 2020.", "2020-W53", "date written in full"),
    ("Cases fell in week 53 of 2021.", "2021-W53", "unresolvable: week 53 does not exist in 2021"),
])
def test_a_week_53_exists_only_in_long_iso_years(text: str, value: str, why: str) -> None:
    expression, = parse_text(text, "2022-03-01").expressions
    assert (expression.value, why in expression.explanation) == (value, True)


@pytest.mark.parametrize(("text", "span", "value"), [
    # so long "later" than a time the text does not date, told in the past: some time already
    # past, never so long after publication; told ahead, it counts from publication
    ("Nearly four decades later, police made an arrest.", "Nearly four decades later",
     "PAST_REF"),
    ("Two years later, the factory closed.", "Two years later", "PAST_REF"),
    ("Two weeks later, the factory will close.", "Two weeks later", "2022-W26"),
    # years later, told in the present or with a verb no list names: now
    ("Three decades later, his company is worth millions.", "Three decades later", "2022"),
    ("Five decades later I still keep her letters.", "Five decades later", "2022"),
])
def test_later_with_no_date_before_keeps_the_tense(text: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date(2022, 6, 14))
    assert [(e.text, e.value) for e in doc.expressions] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # an uncounted time "later" than a date told, in the past: already gone by, not to come
    ("The band formed in 2009 and split some years later.", "some years later", "PAST_REF"),
    ("She signed in March; a few weeks later she quit.", "a few weeks later", "PAST_REF"),
    # told ahead it stays to come, as does a time "from now"
    ("The shop opens in May and a café follows a few months later.", "a few months later",
     "FUTURE_REF"),
    ("He said a few years from now he would retire.", "a few years from now", "FUTURE_REF"),
])
def test_some_time_later_keeps_the_tense(text: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date(2022, 6, 14))
    assert (doc.expressions[-1].text, doc.expressions[-1].value) == (span, value)


FILED = ("WASHINGTON, June 23 — A climate scientist told a Senate committee today that the "
         "earth was warmer than ever. Senators met him last night.")


@pytest.mark.parametrize(
    ("published", "today", "last_night"),
    [
        # printed the next morning: the dateline is the day the story was written
        (dt.date(1988, 6, 24), "1988-06-23", "1988-06-22TNI"),
        (dt.date(1988, 6, 26), "1988-06-23", "1988-06-22TNI"),
        # a dateline of the publication day, or long before it, changes nothing
        (dt.date(1988, 6, 23), "1988-06-23", "1988-06-22TNI"),
        (dt.date(1988, 7, 2), "1988-07-02", "1988-07-01TNI"),
    ],
)
def test_today_is_the_day_of_the_dateline(published: dt.date, today: str,
                                          last_night: str) -> None:
    values = {e.text: e.value for e in parse_text(FILED, published).expressions}
    assert values["today"] == today
    assert values["last night"] == last_night


def test_the_reason_names_the_dateline() -> None:
    doc = parse_text(FILED, dt.date(1988, 6, 24))
    today = next(e for e in doc.expressions if e.text == "today")
    assert "dateline" in today.explanation and "1988-06-24" in today.explanation


def test_re_resolution_reads_the_dateline_too() -> None:
    doc = resolve_document(parse_text(FILED, dt.date(1988, 7, 2)), dt.date(1988, 6, 24))
    assert next(e for e in doc.expressions if e.text == "today").value == "1988-06-23"


# "today", "tonight", "tomorrow", "yesterday" inside a quotation count from the day the words were spoken,
# when the story tells that day just before (a recent day before publication); outside a
# quotation, or with no such day told, they count from publication
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (('The president told Congress last night that Iraq had not disarmed. "Tonight I have '
         'a message for the people of Iraq," he said.'), "Tonight", "2003-01-28TNI"),
        (('Cole began his second term yesterday. "We, the people, declare today that all of us '
         'are equal," Cole said.'), "today", "2003-01-28"),
        (('The new president took the oath on Monday. "Tomorrow we begin the hard work," she '
         'said.'), "Tomorrow", "2003-01-28"),
        (('The governor spoke to reporters on Monday. "Yesterday the river crested," she '
          'said.'), "Yesterday", "2003-01-26"),
        ('"Yesterday the river crested," the governor said.', "Yesterday", "2003-01-28"),
        ('"Tonight I have a message for the people of Iraq," the president said.', "Tonight",
         "2003-01-29TNI"),
        ("Cole began his second term yesterday. He will attend a service today.", "today",
         "2003-01-29"),
        ('The war began on Jan. 2, 1991. "Today we remember them," he said.', "Today",
         "2003-01-29"),
        (('Rosa DeLong told supporters on Tuesday night that "tomorrow will be a new day," as '
          'her party won the House.'), "tomorrow", "2003-01-29"),
        # a day told inside a quotation is one the speaker talks about, not the day of speaking
        (('"The vote was held on Monday," the spokesman said. "The results came in this '
          'morning."'), "this morning", "2003-01-29TMO"),
        ('"We closed the deal Sunday," she said. "Today we celebrate."', "Today", "2003-01-29"),
        # the day of speaking told after the quotation, in its sentence
        ('"Tonight we begin the hard work," the mayor said Monday.', "Tonight", "2003-01-27TNI"),
        ('"Yesterday the river crested," she told reporters on Tuesday.', "Yesterday",
         "2003-01-27"),
        ('"Today we rest," he said, and the vote came Monday.', "Today", "2003-01-29"),
        # single quotation marks, as some papers print them; an apostrophe opens none
        (("The mayor spoke to the council on Monday. 'Tonight we don't close a single "
          "library,' she said."), "Tonight", "2003-01-27TNI"),
        ("The mayor spoke on Monday. She said the teachers' strike ends tonight.", "tonight",
         "2003-01-29TNI"),
        ("The mayor spoke on Monday. 'We won,' she said, and the teachers' vote is tonight.",
         "tonight", "2003-01-29TNI"),
    ],
)
def test_a_quoted_today_is_the_speakers_day(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2003, 1, 29)).expressions
                      if e.text == span)
    assert expression.value == value


# words quoted from a document count from the date it carries, not from publication
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (('A cable dated Feb. 3, 2009, describes "yesterday\'s meeting" with the minister. '
          'He would travel to Damascus "next week."'), "yesterday", "2009-02-02"),
        (('A cable dated Feb. 3, 2009, describes "yesterday\'s meeting" with the minister. '
          'He would travel to Damascus "next week."'), "next week", "2009-W07"),
        (('A cable dated Jan. 14, 1975, says an official had called on the ambassador "last '
          'Thursday."'), "last Thursday", "1975-01-09"),
        ('A memo dated Feb. 8 says the count was halted "late last night."', "late last night",
         "2010-02-07TNI"),
        # so do a document's sent on a day told after it, in its clause
        (('A telegram sent from the embassy at 7 a.m. on 19 August 1991 reported that tanks '
          'were on the ring road "this morning."'), "this morning", "1991-08-19TMO"),
        (('In a fax sent on the afternoon of Feb. 23, the office asked for funds "by 10 a.m. '
          'tomorrow." The bank collapsed three days later.'), "10 a.m. tomorrow",
         "2010-02-24T10:00"),
        # and the day it looks ahead to is its plan: the story goes on from the day it was sent
        (('In a fax sent on the afternoon of Feb. 23, the office asked for funds "by 10 a.m. '
          'tomorrow." The bank collapsed three days later.'), "three days later", "2010-02-26"),
        # unquoted, or quoted from someone speaking now, it is the writer's day
        ('A cable dated Feb. 3, 2009, was released yesterday.', "yesterday", "2010-11-28"),
        (('A telegram sent from the embassy on 19 August 1991 reported tanks on the ring road. '
          'It was released this morning.'), "this morning", "2010-11-29TMO"),
        (('A cable dated Feb. 3, 2009, was released. "We learned of it yesterday," a '
          'spokesman said Monday.'), "yesterday", "2010-11-28"),
    ],
)
def test_words_quoted_from_a_dated_document_count_from_its_date(text: str, span: str,
                                                                value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2010, 11, 29)).expressions
                      if e.text == span)
    assert expression.value == value


# a weekday with no verb of its own, or told ahead, right after a day or a week still ahead
# is on or after it when the one counted from publication has gone by
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Next week brings a heavy slate of data. Monday: ISM manufacturing at 10 a.m. ET.",
         "2019-03-29", "Monday", "2019-04-01"),
        ("On tap next week: consumer prices Thursday at 8:30 a.m.", "2023-10-06", "8:30 a.m.",
         "2023-10-12T08:30"),
        # told in the past, it is the one gone by
        ("The vote is next week. Officials met Monday.", "2019-03-29", "Monday", "2019-03-25"),
        # a weekend still ahead is told as a day is; one gone by keeps its past
        ("The town marks its 250th anniversary this weekend with fireworks Saturday night.",
         "2016-06-15", "Saturday night", "2016-06-18TNI"),
        ("The festival last weekend featured fireworks Saturday night.", "2016-06-15",
         "Saturday night", "2016-06-11TNI"),
        # the day of publication keeps its day: wire copy names it by its weekday
        ("The Senate will vote at noon Tuesday, and the House will take it up on Monday evening.",
         "2011-08-01", "Monday evening", "2011-08-01TEV"),
        # a week ahead told out of order: a weekday a few days short of the day told ahead is
        # the one to come before it, not the one a week after it
        (("The April payrolls report is due on Friday. Microsoft and Meta report on Wednesday "
          "after the close, Apple and Amazon on Thursday."), "2025-04-27", "Wednesday",
         "2025-04-30"),
        (("The European Central Bank follows on Thursday. Apple reports after the bell that "
          "day, while Meta reports on Wednesday."), "2023-01-29", "Wednesday", "2023-02-01"),
    ],
)
def test_a_weekday_after_a_day_told_ahead_follows_it(text: str, dct: str, span: str,
                                                     value: str) -> None:
    assert _value_of(text, dct, span) == value


# a journey or a schedule told in order: a bare weekday that, counted from publication, would
# fall five or more days before the day told ahead just before it is the next step after it
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("The King begins a four-day state visit to Brazil on Sunday. Talks are expected Tuesday "
         "morning, and he moves on to Buenos Aires on Thursday."), "2012-03-12",
         "Tuesday morning", "2012-03-20TMO"),
        (("The King begins a four-day state visit to Brazil on Sunday. Talks are expected Tuesday "
         "morning, and he moves on to Buenos Aires on Thursday."), "2012-03-12", "Thursday",
         "2012-03-22"),
        # a step counted from a step ("the second evening" of a visit opening Sunday)
        (("The King arrives in Brasilia on Sunday. A banquet follows on the second evening. Talks "
         "are set for Tuesday morning."), "2012-03-12", "Tuesday morning", "2012-03-20TMO"),
        # once a step has moved on, the journey is under way: a weekday before it follows it
        (("Pope Francis flies to Rio de Janeiro Monday. Wednesday he visits the shrine of "
          "Aparecida, and events on the beach begin Thursday evening. The closing Mass is set "
          "for Sunday morning."), "2013-07-18", "Sunday morning", "2013-07-28TMO"),
        # a weekday just before the day told ahead is the one counted from publication
        ("The summit opens Monday. Delegations arrive Thursday.", "2019-03-12", "Thursday",
         "2019-03-14"),
    ],
)
def test_a_weekday_after_a_step_of_a_journey_follows_it(text: str, dct: str, span: str,
                                                        value: str) -> None:
    assert _value_of(text, dct, span) == value


# a day heading a journal's entry ("12 May 1962. \u2014 ...") is the day its "today",
# "tonight", "yesterday" and "tomorrow" count from, not publication
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("4 March 1957. \u2014 Sleet all day. The ferry did not sail today.", "today", "1957-03-04"),
        ("Tuesday, 9 July 1963. Posted the letters this morning.", "this morning",
         "1963-07-09TMO"),
        ("Nov. 3rd. \u2014 We reach the pass tomorrow, weather allowing.", "tomorrow",
         "2002-11-04"),
        ('Her journal is terse. "Aug. 2, 1971. Storm last night; the roof held."', "last night",
         "1971-08-01TNI"),
        ("Sept. 8, 1980 \u2014 Left the house at five this afternoon.", "five this afternoon",
         "1980-09-08T17:00"),
        # not a heading: a day in a sentence of its own words
        ("On 4 March 1957 the ferry sank. The museum opens today.", "today", "2003-01-29"),
        # a heading with no year is in the year the text names before it
        ('The surgeon kept a journal in 1847. "Oct. 12th. \u2014 Rain again."', "Oct. 12th",
         "1847-10-12"),
        # the entry's weekdays, weeks, feasts and clock times count from its day too
        ('Her log for 1914 survives. "Aug. 4. War declared. It will be over by Christmas."',
         "Christmas", "1914-12-25"),
        ("Sept. 6, 1999. \u2014 The children go back to school on Wednesday.", "Wednesday",
         "1999-09-08"),
        ('He kept a log in 1898. "Jan. 27. \u2014 Dogs refused to pull. Off at noon."', "noon",
         "1898-01-27T12:00"),
        # the entry ends with its quotation or its line: what follows is told from publication
        (('He kept a log in 1898. "Jan. 27. \u2014 Dogs refused to pull." Today the cabin is '
          "empty."), "Today", "PRESENT_REF"),
        ("His diary is candid.\nJan. 28, 1986. Watched the launch.\nHis son spoke yesterday.",
         "yesterday", "2003-01-28"),
    ],
)
def test_a_journal_entrys_today_is_the_day_heading_it(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2003, 1, 29)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("From our files, Nov. 7, 1963: The bypass opened last Friday.", "last Friday",
         "1963-11-01"),
        ("50 YEARS AGO (Oct. 6, 1960): Nixon's train will stop here next Thursday at 10:30 a.m.",
         "10:30 a.m.", "1960-10-13T10:30"),
        ("From the Courier of March 14, 1974. Trustees voted Monday night to buy a plow.",
         "Monday night", "1974-03-11TNI"),
        ("Fifty years ago, April 16, 1936: Spring planting is two weeks behind.", "Spring",
         "1936-SP"),
        # the next item of the column is told from publication again
        ("From our files, Nov. 7, 1963: The bypass opened. Ten years ago: Voters met Tuesday.",
         "Tuesday", "1988-11-01"),
        # not a column's heading: a day a plan starts from
        ("The tax applies from April 1, 2017. The House sat last week.", "last week", "1988-W43"),
    ],
)
def test_a_look_back_columns_item_counts_from_its_old_issue(text: str, span: str,
                                                            value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(1988, 11, 3)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize("text", [
    "The fort was rebuilt in 1911. Today it receives 40,000 visitors a year.",
    "Mining ended in the 1960s. Today the valley attracts hikers.",
    # whatever the verb, in the present's third person after its subject
    "She reached the city in 1946. Today, at 69, she lives alone.",
    "The mill closed in 1973. Today, Smith runs it as a museum.",
    # or in its plain form after a plural subject
    "The yard built 40 ships a year in the 1970s. Today, fewer than 300 people work there.",
    "The town had six mills in 1952. Today they stand empty.",
    # a count rounded off, and a clause told in the past after that verb
    "The site was delisted in 2004. Today, about 200 homes stand there.",
    "The site was delisted in 2004. Today, 200 homes stand in the area that was evacuated.",
])
def test_today_after_an_old_date_drawing_visitors_is_nowadays(text: str) -> None:
    today = next(e for e in parse_text(text, dt.date(2019, 6, 4)).expressions
                 if e.text == "Today")
    assert today.value == "PRESENT_REF"


def test_today_before_a_verb_in_the_past_after_a_count_is_the_publication_day() -> None:
    text = "The plant closed in 2004. Today, about 200 workers went on strike."
    today = next(e for e in parse_text(text, dt.date(2019, 6, 4)).expressions
                 if e.text == "Today")
    assert today.value == "2019-06-04"


def test_a_day_counted_back_in_the_first_year_of_the_calendar_parses() -> None:
    """A publication date in year 1 leaves no year to look back through: "a year earlier"
    near "the ministry said on Monday" must still resolve, not overflow the calendar."""
    text = ("Prices rose 3.2% in the third quarter of 2021, up from 2.9 year earlier, the "
            "ministry said on Monday.")
    doc = parse_text(text, dt.date(1, 1, 1))
    assert [e.text for e in doc.expressions if e.text == "the third quarter of 2021"]


def test_a_length_counted_from_a_day_in_the_first_days_of_the_calendar_parses() -> None:
    """"two weeks after Monday", published on 1 January of year 1: counting back from
    publication runs off the calendar, and the day is still read the usual way."""
    text = "The Senate voted on Tuesday. The vote came two weeks after Monday"
    doc = parse_text(text, dt.date(1, 1, 1))
    assert [e.text for e in doc.expressions] == ["Tuesday", "two weeks", "Monday"]


def test_the_end_of_the_week_after_a_decade_in_year_one_parses() -> None:
    """Published in year 1, "by the end of the week" after "the 1990s" asks whether that decade
    ended a year before publication; there is no date a year before year 1 to compare with."""
    text = "In the 1990s the town said by the end of the week the mill would close."
    doc = parse_text(text, dt.date(1, 12, 31))
    assert "the 1990s" in [e.text for e in doc.expressions]


@pytest.mark.parametrize(("text", "value"), [
    ("The attack began on the morning of the 15th.", "XXXX-XX-15TMO"),
    ("The gates opened at 9 a.m. on the 15th.", "XXXX-XX-15T09:00"),
    ("They met on the 15th.", "XXXX-XX-15"),
])
def test_a_day_of_an_unknown_month_keeps_its_time_of_day(text: str, value: str) -> None:
    assert [e.value for e in parse_text(text, None).expressions] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Today, most letters are sent by email.", "PRESENT_REF"),
    ("The governor signed the bill today.", "XXXX-XX-XX"),
    ("The jury will begin deliberations today.", "XXXX-XX-XX"),
])
def test_today_without_a_publication_date_is_the_present_only_in_the_present(
        text: str, value: str) -> None:
    assert [e.value for e in parse_text(text, None).expressions] == [value]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Hearings are set for next week, from Monday to Wednesday.", "Monday", "2014-03-17"),
    ("Hearings are set for next week, from Monday to Wednesday.", "Wednesday", "2014-03-19"),
    ("The fair closes next week, on Sunday.", "Sunday", "2014-03-23"),
    ("The panel met last week, on Friday, to vote.", "Friday", "2014-03-07"),
    ("Voting closes this week, on Sunday.", "Sunday", "2014-03-16"),
    # an aside only: a day told after "and" is placed by its tense
    ("The vote was last week, and on Friday the count ended.", "Friday", "2014-03-14"),
])
def test_a_weekday_set_after_a_week_is_a_day_of_that_week(text: str, span: str,
                                                          value: str) -> None:
    doc = parse_text(text, dt.date(2014, 3, 15))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "dct", "value"), [
    # a period "ending" on a date is still running: the coming date, told in any tense
    ("The brewer cut its outlook for the fiscal year ending June 30.", "2015-01-20", "2015-06-30"),
    ("Sales rose in the quarter ending on Sept. 30, the chain said.", "2015-08-04", "2015-09-30"),
    # one that has "ended" is behind; one too far ahead stays the nearest
    ("The brewer made a loss in the fiscal year ended June 30.", "2015-01-20", "2014-06-30"),
    ("The brewer made a loss in the year ending June 30.", "2015-08-20", "2015-06-30"),
    # one "to" or "ended" a day, told in the past, is behind however far back that day is
    ("Output rose in the half-year to Dec. 31, the miner said.", "2015-11-20", "2014-12-31"),
    ("Output rose in the year ended Dec. 31, 2013.", "2015-11-20", "2013-12-31"),
    # unless the clause's own verb, after it, tells the period is over
    ("Thefts in the year ending in May topped 900.", "2015-12-10", "2015-05"),
    ("Arrests in the 12 months ending in June fell by a third.", "2015-11-02", "2015-06"),
])
def test_a_period_ending_on_a_date_is_still_running(text: str, dct: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert [e.value for e in doc.expressions if e.type == "DATE" and "-" in e.value][-1:] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a story that dates a day with its weekday goes on naming the days of that week
        ("On Tuesday, March 6, the river rose. Crews did not arrive until Thursday.",
         "Thursday", "2007-03-08"),
        ("The ferry sank on Friday, March 30. Divers found the hull at 9 a.m. Sunday.",
         "9 a.m. Sunday", "2007-04-01T09:00"),
        ("Polls closed at 7 p.m. Tuesday, March 13. The count ended Thursday.",
         "Thursday", "2007-03-15"),
        # once the story has left that week, a weekday is again counted from publication
        ("On Tuesday, March 6, the river rose. On March 20 it fell. It rained on Thursday.",
         "Thursday", "2007-04-12"),
        # a day with no weekday written does not set up a week
        ("The river rose on March 6. Crews did not arrive until Thursday.",
         "Thursday", "2007-04-12"),
        # nor does a weekday counted from publication that is within a week of that day
        ("Stocks fell on Wednesday, April 11. On Monday, they recovered.",
         "Monday", "2007-04-16"),
    ],
)
def test_a_bare_weekday_stays_in_the_week_a_story_dated_by_weekday(
        text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2007, 4, 17)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a day of the week a story dated by weekday falls before the date told since: the story
    # has moved on past that week, and the weekday is counted from publication
    (("She left the club at 1.30am on Saturday 13 August. A man was arrested on Friday and "
      "released Saturday night."), "2016-08-22", "Saturday night", "2016-08-20TNI"),
    (("He was found dead on Saturday 4 October. Two teenagers were arrested the following "
      "week. Officers returned to the scene on Saturday night."), "2009-04-06",
     "Saturday night", "2009-04-04TNI"),
])
def test_a_weekday_before_the_date_told_since_leaves_the_week_told(
        text: str, pub: str, span: str, value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_a_second_clause_of_what_was_said_is_no_told_weekday() -> None:
    # "and that Friday would be ..." goes on with what was said: the coming Friday, not the
    # Friday after the last day told
    doc = parse_text("On Jan. 3 the firm opened. The owner told staff on Monday that the cash had "
                     "run out and that Friday would be the last day.", dt.date(2000, 1, 12))
    assert [(e.text, e.value) for e in doc.expressions][-1] == ("Friday", "2000-01-14")

def test_that_weekday_after_was_is_the_day_only_when_its_clause_ends() -> None:
    # "The surgery was that Friday." is the Friday after the day last told; "The hope was that
    # Friday would ..." opens a clause, and "that" is no part of the day
    doc = parse_text("He got the call on Oct. 13, 2020. The surgery was that Friday.",
                     dt.date(2023, 5, 10))
    assert [(e.text, e.value) for e in doc.expressions][-1] == ("that Friday", "2020-10-16")
    doc = parse_text("The hope was that Friday would bring a deal.", dt.date(2023, 5, 10))
    assert [e.text for e in doc.expressions] == ["Friday"]


@pytest.mark.parametrize(("text", "value"), [
    # a date written with its weekday takes the year near publication in which they agree
    ("Polls close on Thursday 6 May.", "2021-05-06"),
    ("The vote is on Thursday, May 5.", "2022-05-05"),
    # unless only a year the tense rules out agrees: a slip in the weekday, the tense decides
    ("He died on Friday, May 6.", "2021-05-06"),
])
def test_a_weekday_written_with_its_date_tells_the_year(text: str, value: str) -> None:
    doc = parse_text(text, dt.date(2021, 12, 9))
    assert [e.value for e in doc.expressions] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a weekday that fits no year near publication but fits the year the text told before
    ("The 1911 census was taken on the night of Sunday 2 April.", "1911-04-02TNI"),
    ("Records survive from 1881. The count was made on Sunday, April 3.", "1881-04-03"),
    # not when it does not fit that year either: the tense decides
    ("The 1912 census was taken on Sunday 2 April.", "2025-04-02"),
])
def test_a_weekday_written_with_its_date_tells_the_year_told_before(text: str, value: str) -> None:
    doc = parse_text(text, dt.date(2025, 4, 13))
    assert doc.expressions[-1].value == value


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a time told in the past of a year or month long gone is on a day of it the text does not tell
    ("In 1912, the liner struck an iceberg at 11:40 p.m. and sank.", "2026-04-14",
     "11:40 p.m.", "1912-XX-XXT23:40"),
    ("In March 2003, troops crossed the border at 11 p.m.", "2026-04-14", "11 p.m.",
     "2003-03-XXT23:00"),
    ("The liner sank in 1912. It struck an iceberg in the night.", "2026-04-14", "the night",
     "1912-XX-XXTNI"),
    # not a year something has gone on since, nor one just before publication
    ("The parade, which has been held every March 17 since 1762, steps off at 11 a.m.",
     "2006-03-17", "11 a.m.", "2006-03-17T11:00"),
    ("Sales rose in 2025. Shares closed at 4 p.m. on the news.", "2026-04-14", "4 p.m.",
     "2026-04-14T16:00"),
    # nor a year naming a thing, in the sentence before ("the Paris agreement of 2015")
    (("The stocktake, which the Paris agreement of 2015 requires, found the world off course. "
      "Delegates were called back at 9 a.m."), "2023-12-13", "9 a.m.", "2023-12-13T09:00"),
])
def test_a_time_in_a_year_long_gone(text: str, dct: str, span: str, value: str) -> None:
    found = {e.text: e for e in parse_text(text, dct).expressions}
    assert found[span].value == value
    assert found[span].interval is not None


@pytest.mark.parametrize(("text", "span", "value"), [
    # a month a monthly figure is set against leaves the story on the month reported
    ("Factory orders climbed 2% in April from March and 6% from a year earlier.",
     "a year earlier", "2012-04"),
    ("Exports slipped in November from October, but rose from a year earlier.",
     "a year earlier", "2011-11"),
    # so does the month before it told in the same sentence, for the sentences after it
    (("Sales rose 1.3% in April after being unchanged in March. Compared with a year earlier, "
     "sales were up 8%."), "a year earlier", "2012-04"),
    (("The jobless rate rose to 3.9% in April from 3.7% in March. Wages increased 0.1% after "
     "rising 0.5% the previous month."), "the previous month", "2013-03"),
    (("Employers added 2.5 million jobs in April, after 20.7 million were lost in March. The "
     "jobless rate fell to 13.3% from 14.7% the prior month."), "the prior month", "2013-03"),
    # a month not set against another one is still the story's
    ("Orders fell in March. They were up 6% from a year earlier.", "a year earlier", "2012-03"),
    # nor is a debt's maturity year, which names the security
    ("The Treasury paid 6.04% to sell bonds due in 2015, up from 5.35% a month earlier.",
     "a month earlier", "2013-04"),
    ("Notes maturing in 2034 yielded 4.1%, against 4.3% a month earlier.",
     "a month earlier", "2013-04"),
])
def test_a_month_compared_against_is_no_scene(text: str, span: str, value: str) -> None:
    found = {e.text: e for e in parse_text(text, dt.date(2013, 5, 20)).expressions}
    assert found[span].value == value


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a week a weekly figure is set against leaves the report on the week reported
    (("Labs reported 112 flu cases in the week ending Nov. 21, up from 74 the previous week. "
      "There were 38 hospitalizations, compared with 21 in the same week last year."),
     "2015-11-25", "the same week last year", "2014-W47"),
    (("Norovirus outbreaks rose to 91 in the week ending Dec. 7. That is up from 69 the previous "
      "week and above the 65 recorded in the same week last year."),
     "2014-12-17", "the same week last year", "2013-W49"),
    (("Consultations rose to 52.6 per 100,000 in the week to January 7, from 35.5 a week earlier. "
      "There were 2,424 admissions, compared with 1,538 the previous week."),
     "2018-01-11", "the previous week", "2017-W52"),
    # a week not set against another one is still the one counted from
    ("Cases fell in the week ending Nov. 21. The previous week they had risen.",
     "2015-11-25", "The previous week", "2015-W46"),
])
def test_a_week_compared_against_is_no_scene(text: str, dct: str, span: str, value: str) -> None:
    found = {e.text: e for e in parse_text(text, dt.date.fromisoformat(dct)).expressions}
    assert found[span].value == value


@pytest.mark.parametrize(("text", "value"), [
    # a deed told in the past done in a month: the last such month, ten months back or more
    ("He died in May.", "2022-05"),
    ("She won the title in July.", "2022-07"),
    ("Shares of the company fell sharply in May.", "2022-05"),
    ("She became the oldest person in the country in May.", "2022-05"),
    ("Divers found the wreck in May.", "2022-05"),
    ("The ferry sank in May.", "2022-05"),
    # the object may name a product by its version number
    ("Apple fixed the flaw in iOS 16.5 in May.", "2022-05"),
    ("Microsoft patched the bug in Windows 11 in May.", "2022-05"),
    ("The group shipped version 3.0 in May.", "2022-05"),
    # or a count, a rank or a record that is no year, as a season's recap tells them
    ("He scored 12 goals in May.", "2022-05"),
    ("The Rangers were 11th in the East in July.", "2022-07"),
    ("They went 8-1-1 in May.", "2022-05"),
    # "as late as" stands for "in"
    ("The club was in first place as late as July.", "2022-07"),
    # so is a saying or an announcing right before "in"
    ("The leader said in May that she would step down.", "2022-05"),
    ("The party announced in July that it would hold a contest.", "2022-07"),
    # and an irregular participle reducing a passive clause, as a regular one in "-ed" does
    ("The inquiry, begun in May, was closed last week.", "2022-05"),
    ("The samples, taken in July, were found to be contaminated.", "2022-07"),
    ("The paper, withdrawn in May, had been cited 40 times.", "2022-05"),
    # not what a past verb tells of to come, nor a month after another clause's verb
    ("The bank raised rates and signalled another increase in May.", "2023-05"),
    ("She said the vote would be held in May.", "2023-05"),
    ("The board said a decision would be taken in May.", "2023-05"),
    ("The plant, which opened in 1990, will close in May.", "2023-05"),
])
def test_a_month_a_deed_was_done_in_is_the_last_one(text: str, value: str) -> None:
    month = next(e for e in parse_text(text, dt.date(2023, 3, 7)).expressions
                 if e.text in ("May", "July"))
    assert month.value == value


@pytest.mark.parametrize(("text", "value"), [
    # "Today," told in the present and set against a time decades back later in its sentence
    ("Today, the 1955 Bandung Conference is remembered as a turning point.", "PRESENT_REF"),
    ("Today, he plays about 150 shows a year; in the 1980s it was closer to 250.", "PRESENT_REF"),
    # not against a recent one, nor told in the past
    ("Today the court hears the appeal of a 2019 ruling.", "2022-02-07"),
    ("Today, the mayor cut the ribbon on a bridge built in 1955.", "2022-02-07"),
])
def test_today_set_against_an_old_date_after_it_is_nowadays(text: str, value: str) -> None:
    today = next(e for e in parse_text(text, dt.date(2022, 2, 7)).expressions
                 if e.text == "Today")
    assert today.value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a week-ahead column written on the Saturday before: the Thursday of Thanksgiving
        ("Traders expect thin volume, with markets closed Thursday for Thanksgiving.",
         "2023-11-18", "Thursday", "2023-11-23"),
        ("Stocks trade Monday and Tuesday but are closed Wednesday for New Year's Day.",
         "2024-12-29", "Wednesday", "2025-01-01"),
        # a feast on a weekend is kept on the Monday after it
        ("Offices will be closed Monday for the Fourth of July.", "2021-07-01", "Monday",
         "2021-07-05"),
        # a feast far from publication tells nothing of the week meant: the tense decides
        ("Offices will be closed Monday for Labor Day.", "2023-11-16", "Monday", "2023-11-20"),
    ],
)
def test_a_weekday_for_a_feast_is_the_day_it_is_kept(text: str, dct: str, span: str,
                                                      value: str) -> None:
    doc = parse_text(text, dct=dt.date.fromisoformat(dct))
    assert next(e.value for e in doc.expressions if e.text == span) == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Officials said the ban would run from Feb. 2, the day she was tested.", "2010-08-10",
         "Feb. 2", "2010-02-02"),
        ("The mall would reopen on Nov. 3, the date the fire broke out a year earlier.",
         "2015-05-06", "Nov. 3", "2014-11-03"),
        # an appositive telling what is still to come leaves the future alone
        ("The ban would start on Feb. 2, the day of the final.", "2010-08-10", "Feb. 2",
         "2011-02-02"),
    ],
)
def test_a_day_named_by_what_happened_on_it_is_past(text: str, dct: str, span: str,
                                                    value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # what came just after a midnight told with its day came in that day's small hours
        ("A strike killed dozens just after midnight on New Year's Day, Moscow said.",
         "2023-01-02", "midnight on New Year's Day", "2023-01-01T00:00"),
        ("Sirens sounded shortly after midnight on March 17.", "2024-03-18",
         "midnight on March 17", "2024-03-17T00:00"),
        # a deadline's midnight is the one that ends its day
        ("The law takes effect at midnight on 31 December.", "2024-03-18",
         "midnight on 31 December", "2024-12-31T24:00"),
        # "tonight" names the night to come: after its midnight is after the end of today
        ("Canadians will see no new opinion polls after midnight tonight.", "1997-05-30",
         "midnight tonight", "1997-05-30T24:00"),
    ],
)
def test_a_midnight_something_came_after_opens_its_day(text: str, dct: str, span: str,
                                                       value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[0].value == value


def test_a_story_named_ahead_leaves_an_old_day_told_in_passing() -> None:
    # the Monday the story already told ahead, and a clock time back on the story's own day,
    # not the week of a date long before publication named in the sentence between
    text = ("The provisions were set to lapse at 12:01 a.m. Monday after a rare Sunday session. "
            "They were first passed weeks after the attacks of Sept. 11, 2001. McConnell said "
            "the Senate would resume debate Monday. The agency began winding down the program "
            "at 4 p.m.")
    found = [(e.text, e.value) for e in parse_text(text, "2015-05-31").expressions]
    assert found[-2:] == [("Monday", "2015-06-01"), ("4 p.m.", "2015-05-31T16:00")]


def test_a_midnight_told_again_in_the_past_is_the_same_midnight() -> None:
    # the midnight that began the publication day, told twice: not the one a day before it
    text = ("The first fireworks were seen at 10 p.m. Friday. Big Ben struck midnight. "
            "In New York the crystal ball dropped at midnight EST.")
    found = {e.text: e.value for e in parse_text(text, "2000-01-01").expressions}
    assert found["midnight"] == "1999-12-31T24:00"
    assert found["midnight EST"] == "1999-12-31T24:00"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # after a time in the small hours, a bare midnight is the one just before it
        (("The victim was pronounced dead at 3:05 a.m. Thursday. Detectives said the shooting "
          "followed an argument that began shortly before midnight."), "1987-01-02",
         "1986-12-31T24:00"),
        # but a day begun in the early morning runs on to its own midnight
        (("The procession will begin at 4:41 a.m. Thursday. Organizers hope to finish before "
          "midnight."), "2025-01-08", "2025-01-09T24:00"),
    ],
)
def test_a_midnight_told_after_the_small_hours_is_the_one_before_them(text: str, dct: str,
                                                                     value: str) -> None:
    assert _value_of(text, dct, "midnight") == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a stretch decreed in the past may be running still: the week of publication
        ("Kyiv banned public celebrations from Monday to Thursday over fears of attacks.",
         "Monday", "2022-08-22"),
        ("Kyiv banned public celebrations from Monday to Thursday over fears of attacks.",
         "Thursday", "2022-08-25"),
        # a stretch that was held had run by publication
        ("The festival was held from Monday to Thursday.", "Monday", "2022-08-15"),
    ],
)
def test_a_range_of_weekdays_decreed_may_still_be_running(text: str, span: str,
                                                          value: str) -> None:
    doc = parse_text(text, dt.date(2022, 8, 24))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value", "named"),
    [
        ("Crowds gathered on the eve of Thanksgiving.", dt.date(2021, 12, 9),
         "the eve of Thanksgiving", "2021-11-24", "day before Thanksgiving"),
        ("Traffic was light the day before Labor Day.", dt.date(2015, 9, 10),
         "the day before Labor Day", "2015-09-06", "day before Labor Day"),
        ("Stores shut the day after Diwali.", dt.date(2023, 11, 20),
         "the day after Diwali", "2023-11-13", "day after Diwali"),
        ("Roads were jammed the week before Thanksgiving.", dt.date(2018, 12, 3),
         "the week before Thanksgiving", "2018-W46", "week before Thanksgiving"),
    ],
)
def test_a_day_next_to_a_feast_is_explained_by_the_feast(text: str, dct: dt.date, span: str,
                                                         value: str, named: str) -> None:
    # not by the weekday and month the day moves to ("the 4th Wednesday in October")
    expression = next(e for e in parse_text(text, dct).expressions if e.text == span)
    assert (expression.value, named in expression.explanation) == (value, True)
    assert "October" not in expression.explanation


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a range told in the present that has begun and not ended is the one running
        ("The hurricane season, which runs June 1 to Nov. 30, has produced 29 storms.",
         "June 1", "2020-06-01"),
        ("The hurricane season, which runs June 1 to Nov. 30, has produced 29 storms.",
         "Nov. 30", "2020-11-30"),
        # one already over is a schedule for the next time round
        ("The sale runs June 1 to Nov. 5.", "June 1", "2021-06-01"),
        # one told in the past is the one gone by
        ("The exhibition ran from Oct. 1 to Nov. 5.", "Oct. 1", "2020-10-01"),
    ],
)
def test_a_range_of_days_told_in_the_present_may_be_running(text: str, span: str,
                                                            value: str) -> None:
    doc = parse_text(text, dt.date(2020, 11, 10))
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_a_repeated_time_after_an_old_date_is_on_a_day_of_that_date() -> None:
    # the same words told twice resolve by their own context, not as the first one did
    text = "The bell rang at noon. In 1912, the ship struck an iceberg at noon."
    doc = parse_text(text, dt.date(2021, 6, 1))
    assert [e.value for e in doc.expressions] == ["2021-06-01T12:00", "1912", "1912-XX-XXT12:00"]
    again = resolve_document(parse_text(text, dt.date(2020, 1, 1)), dt.date(2021, 6, 1))
    assert [e.value for e in again.expressions] == [e.value for e in doc.expressions]


def test_a_time_after_a_later_year_in_year_one_is_that_day() -> None:
    # published in year 1, nothing ends before the year before it: noon is that day's
    text = "Prices rose in the quarter of 2021, up at noon, the ministry said."
    doc = parse_text(text, dt.date(1, 1, 1))
    noon = next(e for e in doc.expressions if e.text == "noon")
    assert noon.value == "0001-01-01T12:00"
    again = resolve_document(parse_text(text, dt.date(2021, 6, 1)), dt.date(1, 1, 1))
    assert [e.value for e in again.expressions] == [e.value for e in doc.expressions]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year narrowed to a month right after it: that year's month, whatever the tense
        ("Fury said he wanted to fight Usyk next year, possibly as early as March.", "March",
         "2023-03"),
        ("Ticket sales fell last year, especially in March.", "March", "2021-03"),
        ("Attendance dropped in 2019, particularly in late May.", "late May", "2019-05"),
        # a year set off by the months it happened in: "fined twice last year, in February and
        # again in November" (each month is of that year, not the one nearest publication)
        ("The bank was fined twice last year, in February and again in November.", "February",
         "2021-02"),
        ("The regulator warned the firm twice in 2019, in May and again in October.", "May",
         "2019-05"),
        ("The shop was inspected last year, first in March and then in October.", "March",
         "2021-03"),
        # not a month in a clause of its own
        ("Exports fell last year, and in March they rose again.", "March", "2022-03"),
    ],
)
def test_a_month_narrowing_a_year_is_of_that_year(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2022, 12, 11)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a "Today in History" entry tells of the publication's month and day in its year
        (("On this date: In 1803, Spain ceded Louisiana to France; 20 days later, France "
          "handed the territory to the United States."), "20 days later", "1803-12-20"),
        (("On this date: In 1805, Nelson defeated a French-Spanish fleet at Trafalgar and died "
          "that afternoon."), "that afternoon", "1805-11-30TAF"),
        (("Five years ago: A hurricane headed for the Carolinas was downgraded the following "
          "day."), "the following day", "2021-12-01"),
        # elsewhere a year told counts as a year
        ("In 1803, Spain ceded Louisiana to France; 20 days later, France took it over.",
         "20 days later", "1803"),
    ],
)
def test_an_almanac_entry_is_on_the_day_of_publication_in_its_year(
        text: str, span: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2026, 11, 30)).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a range told in the present after an aside in the past ends after its own start
        ("The count, which began in 1900, runs from Dec. 14 to Jan. 5.", "Jan. 5", "2020-01-05"),
        ("The survey began in 1974 and runs from Dec. 20 until Jan. 10.", "Jan. 10", "2020-01-10"),
    ],
)
def test_a_range_end_follows_its_start_after_a_year_told_in_the_past(
        text: str, span: str, value: str) -> None:
    found = [e for e in parse_text(text, dt.date(2019, 12, 2)).expressions if e.text == span]
    assert found[0].value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a story opening on a dated day, told in the past: a weekday with its hour is a scene of it
    (("The outage began on April 18, a few minutes before 11 p.m. Within 20 minutes, terminals "
     "had stopped. At 3 a.m. Monday, executives were woken."), "2021-05-06", "3 a.m. Monday",
     "2021-04-19T03:00"),
    ("Polls closed at 8 p.m. on Nov. 2. He conceded on Wednesday morning in a brief call.",
     "2010-11-19", "Wednesday morning", "2010-11-03TMO"),
    # a day in an aside, or after the news of the week, is background: the weekday is recent
    ("The Camp Fire, which began Nov. 8, was 45 percent contained as of Friday morning.",
     "2018-11-16", "Friday morning", "2018-11-16TMO"),
    (("The Senate voted on Thursday to remove him. He was arrested on December 9. Quinn was "
     "sworn in as governor Thursday evening."), "2009-01-29", "Thursday evening", "2009-01-29TEV"),
    # so is one after a day dated with its year long before publication, wherever it is told
    (("The trial opened Thursday. He was abducted early on Jan. 9, 2022, he said. His captors "
      "demanded $2 million by noon Wednesday."), "2023-05-25", "noon Wednesday",
     "2022-01-12T12:00"),
    # but not weeks before: the week's news goes on ("was arrested on Dec. 9, 2008")
    (("The Senate voted on Thursday to remove him. He was arrested on Dec. 9, 2008. Quinn was "
      "sworn in as governor Thursday evening."), "2009-01-29", "Thursday evening",
     "2009-01-29TEV"),
    # the scene's weekday comes after the days the story went on to, not between them
    (("The outage began on April 18. Two days later, crews were sent. At 3 a.m. Monday, "
      "executives were woken."), "2024-05-10", "3 a.m. Monday", "2024-04-22T03:00"),
    # one that would fall before a day the story has since reached is no scene of it: recent
    (("They left Damascus on Aug. 14. They reached Kos five days later and walked north. On "
      "Monday night they reached the Hungarian border."), "2015-09-18", "Monday night",
     "2015-09-14TNI"),
    # a weekday with no hour stays the recent one: "On Monday, police said" is a report's day
    ("The bank was robbed on April 18. Police arrested two men on Monday.", "2021-05-06",
     "Monday", "2021-05-03"),
    # the weekday named before, counted from publication, named again: that same day
    (("Remains found on Sunday are those of a nurse who vanished 16 months ago, police said. "
      "She was last seen on July 22, 2011. Her car was found four days later. A hunter came "
      "upon the remains Sunday afternoon."), "2012-11-27", "Sunday afternoon", "2012-11-25TAF"),
])
def test_a_weekday_with_its_hour_after_the_day_a_story_opens_on_is_a_scene_of_it(
        text: str, pub: str, span: str, value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_a_time_on_a_feast_named_after_the_takes_its_day_and_the_story_goes_on_from_it() -> None:
    doc = parse_text("The fireworks barge caught fire at 9:41 p.m. on the Fourth of July. By "
                     "morning, 31 people had been treated.", "2015-07-23")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("9:41 p.m.", "2015-07-04T21:41"), ("Fourth of July", "2015-07-04"),
        ("morning", "2015-07-05TMO")]


def test_a_day_after_a_journeys_counted_day_counts_from_that_day() -> None:
    doc = parse_text("We cast off on Sept. 14. On the fourth day the wind came round. Two days "
                     "later we saw the ice, and that night the aurora.", "2021-11-02")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Sept. 14", "2021-09-14"), ("the fourth day", "2021-09-17"),
        ("Two days later", "2021-09-19"), ("that night", "2021-09-19TNI")]


@pytest.mark.parametrize("text", [
    "Shares fell on Jan. 4. By the third day in a row of losses, traders had fled.",
    "Talks opened on May 2. On the second day running, delegates walked out.",
])
def test_a_streak_of_days_is_not_a_day_of_a_journey(text: str) -> None:
    doc = parse_text(text, "2021-06-01")
    assert all(e.rule != "day_of_journey" for e in doc.expressions)


@pytest.mark.parametrize(("text", "expected"), [
    ("Arrivals must stay at home until midnight on the 14th day.",
     [("midnight on the 14th day", "XXXX-XX-XXT24:00")]),
    ("Contacts who test negative can leave quarantine on the fifth day.",
     [("the fifth day", "XXXX-XX-XX")]),
])
def test_a_day_of_a_rule_counted_from_an_undated_first_day_has_no_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text(text, "2021-03-04")
    assert [(e.text, e.value) for e in doc.expressions] == expected


def test_a_day_of_a_match_is_the_day_the_report_is_on_not_counted_from_it() -> None:
    doc = parse_text("Bangladesh beat England at Mirpur yesterday, bowling them out in a single "
                     "session on the third day. England were 200 for five at stumps on the "
                     "fourth day at Old Trafford today.", "2016-10-31")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("yesterday", "2016-10-30"), ("the third day", "2016-10-30"),
        ("the fourth day", "2016-10-31"), ("today", "2016-10-31")]


def test_days_after_a_count_of_weeks_count_from_the_day_the_weeks_land_on() -> None:
    doc = parse_text("The Senate passed it on Jan. 28, 2020. The House followed three weeks "
                     "later. The governor vetoed it four days later.", "2020-06-01")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Jan. 28, 2020", "2020-01-28"), ("three weeks later", "2020-W08"),
        ("four days later", "2020-02-22")]


def test_that_season_told_in_the_past_is_not_one_that_had_not_begun_by_publication() -> None:
    doc = parse_text("Harbor Foods first approached Lindqvist in early 2022, according to a "
                     "filing made public Tuesday. Talks stalled that summer over price.",
                     "2023-03-08")
    assert next(e for e in doc.expressions if e.text == "that summer").value == "2022-SU"


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a day told ahead after a coming day only, not a story set ahead: the one gone by
    (("The department will hold a news conference at 10 a.m. Thursday to release body camera "
     "footage from the June 14 shooting."), "2024-06-26", "June 14", "2024-06-14"),
    # nor after a season wrongly looked ahead to: a month after it keeps its own reading
    (("The summer may be remembered for its heat, but September broke the monthly record, "
     "scientists said Thursday."), "2023-10-02", "September", "2023-09"),
    # "It is Tuesday" with no part of the day is a date told, not a feature's scene
    (("An article on Oct. 23 misstated the deadline to request a mail ballot. It is Tuesday, a "
     "week before Election Day."), "2024-10-25", "Tuesday", "2024-10-29"),
])
def test_a_coming_day_and_a_bare_it_is_day_set_no_scene(
        text: str, pub: str, span: str, value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_an_anniversary_opened_with_years_ago_tells_of_that_day() -> None:
    # the clock times of the sentence "Ten years ago," opens, and after them, fall on the day
    # that many years before publication
    doc = parse_text("Ten years ago, at 4:31 a.m., the earthquake shook the valley. At 5 p.m., "
                     "the mayor spoke.", "2004-01-17")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Ten years ago", "1994"), ("4:31 a.m.", "1994-01-17T04:31"),
        ("5 p.m.", "1994-01-17T17:00")]
    # a day told in the past the sentence after is of that year, though nearly a year back
    doc = parse_text("A year ago, families were taping their windows. The storm came ashore on "
                     "the evening of Oct. 29, and the surge swept the coast before 11 p.m.",
                     "2013-10-28")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("A year ago", "2012"), ("the evening of Oct. 29", "2012-10-29TEV"),
        ("11 p.m.", "2012-10-29T23:00")]


def test_a_years_ago_in_passing_leaves_later_times_on_their_own_day() -> None:
    doc = parse_text("Profit rose from a year ago, the company said. At 4 p.m., shares closed "
                     "higher.", "2004-01-17")
    assert next(e for e in doc.expressions if e.text == "4 p.m.").value == "2004-01-17T16:00"


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a day long past, dated with its year, keeps its scene a sentence longer
    (("The expedition had set out from Kathmandu on March 3, 1988. The first weeks were spent "
      "ferrying loads to the glacier. On May 5, climbers from the north crossed paths at the "
      "top."), "2013-08-15", "May 5", "1988-05-05"),
    # a month earlier than the scene's, told in the past perfect, is before it in its year
    (("Amundsen's party reached the South Pole on Dec. 14, 1911. They had left their base at "
      "the Bay of Whales on Oct. 20."), "2011-12-02", "Oct. 20", "1911-10-20"),
    ("The war in Europe ended on May 8, 1945. Hitler had died on April 30.", "2020-05-08",
     "April 30", "1945-04-30"),
    # in the simple past a month earlier than the scene's is news of its own
    ("The war in Europe ended on May 8, 1945. The museum reopened on April 30.", "2020-05-08",
     "April 30", "2020-04-30"),
    # a start told after "since" in the past perfect lies before the scene, in its year
    (("King was shot in Memphis on April 4, 1968. He had come to support sanitation workers, "
      "who had been on strike since February."), "2018-04-04", "February", "1968-02"),
    # a day with no tense of its own, in the sentence of an old scene, stays in it, even in the
    # month of publication
    (("Bloody Sunday came on March 7, 1965. Two weeks later, protected by troops, the "
      "marchers set out again, arriving on March 25."), "2015-03-09", "March 25", "1965-03-25"),
])
def test_a_scene_long_past_keeps_its_year(text: str, pub: str, span: str, value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a month opening a clause in the past perfect is gone by, though nearly a year back
    (("Police found him dead. By December, the administration had begun the process of "
      "banning the devices."), "2018-10-01", "December", "2017-12"),
    # not a plan told in the past perfect, which may still have been ahead
    ("Climbers had planned to reach the summit in mid-May.", "2014-04-24", "mid-May", "2014-05"),
    # a clock time dated with its year long past keeps its scene a sentence longer too
    (("At 2:20 a.m. on April 15, 1912, the liner sank. More than 1,500 people died. The rescue "
      "ship reached New York on the night of April 18."), "2012-04-15", "the night of April 18",
     "1912-04-18TNI"),
])
def test_the_past_perfect_and_an_old_clock_time_keep_a_date_in_the_past(
        text: str, pub: str, span: str, value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # "the following April" after a "since" date in its sentence counts from that date
    (("Three Americans landed at 2:40 a.m. Thursday. One had been detained since October 2015 "
      "and sentenced the following April."), "2018-05-10", "the following April", "2016-04"),
    (("She told a court on Monday that she had lived in Leeds since 2003 and married the "
      "following year."), "2018-05-10", "the following year", "2004"),
    # not a finer unit after a coarser "since": the week after the story's day
    (("Shares fell Monday to their lowest since 2009, and analysts saw a rebound the following "
      "week."), "2018-05-10", "the following week", "2018-W20"),
])
def test_a_date_following_a_since_counts_from_it(text: str, pub: str, span: str,
                                                 value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a story that opens on a report of this week ("said on Sunday") is news: a weekday with
    # its part of the day after an earlier day is the one before publication, no scene of it
    (("The trainer said on Sunday that the colt had tested positive after the race on May 1. "
      "He said he learned of the result Saturday morning."), "2021-05-10", "Saturday morning",
     "2021-05-08TMO"),
    # a story opening on its day still tells that day's scene
    (("The outage began on May 1. At 3 a.m. Saturday, engineers were woken."), "2021-05-10",
     "3 a.m. Saturday", "2021-05-01T03:00"),
])
def test_a_weekday_after_a_report_of_this_week_is_no_scene(text: str, pub: str, span: str,
                                                           value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_a_start_opening_its_sentence_in_the_present_perfect_runs_up_to_now() -> None:
    # "Since March 3 they have lived": a state running up to publication, not one in the year
    # of an old scene told just before (which "had been ... since" would be)
    doc = parse_text("Her grandmother fled the city in the autumn of 1941. Since March 3 they "
                     "have lived in a student dormitory.", "2022-04-10")
    assert next(e for e in doc.expressions if e.text == "March 3").value == "2022-03-03"


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a day of a month named with its year a sentence or two back is in that month, though
    # another date was told between
    (("A judge fined the company for the tank fire that burned for nine days in March 2019. "
      "It pleaded guilty last fall. Managers ignored alarms before the first tank caught fire "
      "on the morning of March 17."), "2025-01-09", "the morning of March 17", "2019-03-17TMO"),
    (("The plant was shut in June 2021 after a leak. Inspectors returned in 2022. Workers "
      "said the valve failed on June 3."), "2024-02-10", "June 3", "2021-06-03"),
    # not once a day of that month has been told since, nor a month further back
    (("The plant was shut in June 2021. It reopened on June 30, 2023. Workers said the valve "
      "failed on June 3."), "2024-02-10", "June 3", "2023-06-03"),
    (("The plant was shut in June 2021. Inspectors returned in 2022. Regulators wrote in "
      "2023. The union met last fall. Workers said the valve failed on June 3."), "2024-02-10",
     "June 3", "2023-06-03"),
])
def test_a_day_of_a_month_named_with_its_year_before_is_in_it(text: str, pub: str, span: str,
                                                              value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    # a clock time whose own sentence names the day of writing ("tonight", "this morning") is
    # on that day, not on a day a sentence before told
    (("Tanks rumbled through the capital Monday. A curfew from 11 p.m. to 5 a.m. was ordered "
      "tonight."), "1991-08-20", "11 p.m.", "1991-08-20T23:00"),
    (("Tanks rumbled through the capital Monday. A curfew from 11 p.m. to 5 a.m. was ordered "
      "tonight."), "1991-08-20", "5 a.m.", "1991-08-21T05:00"),
    (("Voting ended Sunday. Polls reopened at 7 a.m. and voters queued this morning."),
     "2021-05-04", "7 a.m.", "2021-05-04T07:00"),
    # but not when that day is only the day of a report
    (("A man was shot Sunday. The shooting happened at 2 a.m., police said today."),
     "2021-05-04", "2 a.m.", "2021-05-02T02:00"),
])
def test_a_clock_time_in_a_sentence_naming_today_is_on_it(text: str, pub: str, span: str,
                                                          value: str) -> None:
    doc = parse_text(text, pub)
    assert next(e for e in doc.expressions if e.text == span).value == value


def test_a_weekday_first_set_for_a_day_keeps_its_tense() -> None:
    # a day named as a dropped plan is the nearest one, but a weekday so named keeps the
    # tense of its clause: the show called off was still to come
    doc = parse_text("The label canceled its show, originally set for Friday, after the Queen "
                     "died.", dt.date(2022, 9, 14))
    assert [(x.text, x.value) for x in doc.expressions] == [("Friday", "2022-09-16")]


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a day told in the past after a month of its year, written with it, in its sentence
        ("Officials said the count began in January 2020 in remote Alaska and ended on Oct. 15.",
         "2021-08-12", "Oct. 15", "2020-10-15"),
        ("The strike began on Jan. 4, 2020, and ended on Sept. 20.", "2021-08-12", "Sept. 20",
         "2020-09-20"),
        # told in a sentence of its own, the nearest one still
        ("The count began in January 2020. It ended on Oct. 15.", "2021-08-12", "Oct. 15",
         "2021-10-15"),
        # but a month alone in the sentence right after goes on with the story of that year
        (("She was referred to a surgeon in March 2021. She did not see the consultant until "
         "November."), "2022-09-03", "November", "2021-11"),
        (("She was referred to a surgeon in March 2021. Her GP wrote again. She did not see the "
         "consultant until November."), "2022-09-03", "November", "2022-11"),
    ],
)
def test_a_day_told_in_the_past_keeps_the_year_written_before_it(
        text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date.fromisoformat(dct))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a count as it stood on a day of a month: the one gone by, though the next is nearer
        ("The population is 308.7 million as of April 1, the bureau said.", "April 1",
         "2010-04-01"),
        ("The figures reflect the population as of April 1.", "April 1", "2010-04-01"),
        # a change to come is told ahead
        ("As of Jan. 1, the minimum wage will be $15.", "Jan. 1", "2011-01-01"),
    ],
)
def test_a_count_as_of_a_day_of_a_month_is_the_one_gone_by(text: str, span: str,
                                                            value: str) -> None:
    doc = parse_text(text, dt.date(2010, 12, 21))
    assert next(e for e in doc.expressions if e.text == span).value == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # Easter, and a feast counted from it, after a sentence's opening year falls in that year
    ("In 2019, he celebrated Easter in Rome.", "Easter", "2019-04-21"),
    ("He last missed the rites in 2023, when bronchitis kept him from the Good Friday procession.",
     "Good Friday", "2023-04-07"),
    # without a year before it, the nearest one
    ("He celebrated Easter in Rome.", "Easter", "2025-04-20"),
])
def test_easter_after_a_sentences_year_is_that_years(text: str, span: str, value: str) -> None:
    doc = parse_text(text, dt.date(2025, 6, 15))
    assert [(x.text, x.value) for x in doc.expressions if x.text == span] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a month alone ending a stay told ahead is the coming one, however far into next year
        ("The astronaut could end up staying until February, a record.", "February", "2020-02"),
        ("The crew will remain aboard until January.", "January", "2020-01"),
        # this month is still running, so it is this one
        ("The rules will apply until March.", "March", "2019-03"),
        # told in the past, the end is placed as any other month
        ("The crew stayed aboard until February.", "February", "2019-02"),
    ],
)
def test_a_month_ending_a_stay_ahead_is_the_coming_one(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2019, 3, 14)).expressions
                      if e.text == span)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a long-past day named in news of today is an aside, not the scene a weekday is in
        (("The town marked the anniversary of VE Day today with a street party. The mayor "
          "will speak at 9 p.m., the hour at which Churchill spoke on 8 May 1945. Bunting went "
          "up on Thursday night."), "Thursday night", "2020-05-07TNI"),
        (("Veterans will lay wreaths today at the hour the war ended on 8 May 1945. Flags went "
          "up on Thursday night."), "Thursday night", "2020-05-07TNI"),
        # a story opening on a long-past day keeps its scene
        (("On 8 May 1945 the war in Europe ended. Crowds filled the square on Thursday night."),
         "Thursday night", "1945-05-10TNI"),
    ],
)
def test_a_long_past_day_in_todays_news_sets_no_scene(text: str, span: str, value: str) -> None:
    expression = next(e for e in parse_text(text, dt.date(2020, 5, 8)).expressions
                      if e.text == span)
    assert expression.value == value


def test_an_austral_season_says_which_hemisphere_it_is_of() -> None:
    # a researcher checking "the austral summer" sees why its value is the calendar's winter
    doc = parse_text("The team will spend the austral summer at the station.",
                     dt.date(2019, 12, 10))
    expression = next(e for e in doc.expressions if e.text == "the austral summer")
    assert expression.value == "2019-WI"
    assert "southern hemisphere's summer" in expression.explanation


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a weekday right after "after" and a day just told comes before that day
        ("The Giro d'Italia resumes Tuesday after Monday's rest day on Lake Garda.",
         dt.date(2022, 5, 24), "2022-05-23"),
        ("The session resumes today after Wednesday's debate.", dt.date(2023, 3, 9),
         "2023-03-08"),
        # when the weekday is already before that day, the tense's reading stands
        ("The race resumes Wednesday after Tuesday's rest day.", dt.date(2022, 5, 23),
         "2022-05-24"),
    ],
)
def test_a_weekday_after_a_day_told_comes_before_it(text: str, dct: dt.date, value: str) -> None:
    expression = parse_text(text, dct).expressions[1]
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # a date printed on a pack is the one nearest to publication, whatever the tense
        ("The recalled carrots have best-if-used-by dates ranging from Sept. 11 to Nov. 12.",
         "2024-12-05", ["2024-09-11", "2024-11-12"]),
        (("The company recalled deli meats on July 30, including products with sell-by dates "
          "through Oct. 29."), "2024-08-30", ["2024-07-30", "2024-10-29"]),
        ("Officials said the tarts carry a best-before date of Sept. 11.", "2024-12-05",
         ["2024-09-11"]),
    ],
)
def test_a_date_printed_on_a_pack_is_the_nearest(text: str, published: str,
                                                 values: list[str]) -> None:
    assert [e.value for e in parse_text(text, published).expressions] == values


def test_a_span_opened_ahead_ends_after_it_not_on_the_publication_day() -> None:
    # written on a Friday: the conference opens the coming Monday, so its Friday is the next one
    doc = parse_text("The developers conference starts Monday with a keynote at 10 a.m. "
                     "Sessions run online through Friday.", dt.date(2023, 6, 2))
    values = {e.text: e.value for e in doc.expressions}
    assert values["Friday"] == "2023-06-09"
    # a span with no later opening told before it still ends on the day of publication
    doc = parse_text("The strike began Wednesday. Flights are grounded through Friday.",
                     dt.date(2023, 6, 2))
    assert {e.text: e.value for e in doc.expressions}["Friday"] == "2023-06-02"
    # a past verb ends no span opened ahead: what went on until 1 a.m. Friday is over
    doc = parse_text("The board expects to proclaim the winners by Monday. Lawmakers worked "
                     "until 1 a.m. Friday, checking the certificates.", dt.date(2016, 5, 27))
    assert {e.text: e.value for e in doc.expressions}["1 a.m. Friday"] == "2016-05-27T01:00"


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a year something still going dates back to frames its own clause only, as "since" does
        (("The ceremony as it is known today dates to 1989, when George H.W. Bush pardoned a "
         "bird. President Biden pardoned two turkeys on Nov. 21."), dt.date(2022, 12, 1),
         "Nov. 21", "2022-11-21"),
        (("The custom dates back to 1863, when Lincoln spared a turkey. This year's pardon was "
         "held on Nov. 21."), dt.date(2022, 12, 1), "Nov. 21", "2022-11-21"),
        # a sentence going on to a day of this week is told from now, not from the old scene
        (("As a senator, she voted for the fence in September 2006. The image was posted on "
         "Oct. 26 and had been shared 60,000 times as of Monday morning."),
         dt.date(2016, 10, 31), "Oct. 26", "2016-10-26"),
        # a weekday restating the day keeps the scene
        ("In the summer of 1976, the trials came to Eugene. She ran on June 26, a Saturday.",
         dt.date(2016, 8, 21), "June 26", "1976-06-26"),
    ],
)
def test_an_old_scene_gives_way_to_this_weeks_news(text: str, dct: dt.date, span: str,
                                                   value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[0].value == value


def test_a_date_told_after_a_list_named_for_the_new_year_is_the_last_one() -> None:
    # "The New Year list" of honours names no year to anchor the date on: a past date in June
    # is the December gone by
    doc = parse_text("The New Year list, published on Dec. 27, was unaffected.",
                     dt.date(2020, 6, 12))
    assert [(e.text, e.value) for e in doc.expressions] == [("Dec. 27", "2019-12-27")]


@pytest.mark.parametrize(("text", "value"), [
    # a fight card's schedule, its day told in the lede and its hours some sentences on
    (("Volkov and Hayes meet Saturday for the cruiserweight title. Volkov has been a champion "
      "since 2021. Hayes won his belt last November. He has fought once since. The main card "
      "starts at 9 p.m. ET."), "2025-09-27T21:00"),
    (("The card in Dublin this Saturday lost its co-main event Tuesday. The fighter had been "
      "out since last summer. His replacement fought three weeks ago. The event starts at "
      "1 p.m. local time."), "2025-09-27T13:00"),
    # nor after a day of the distant past told in a history aside
    (("St. Paul's celebrates its anniversary this Sunday with a service at 10:30 a.m. The "
      "congregation was founded in 1874. The church was dedicated on Easter Sunday 1921. A "
      "dinner will follow the service at noon."), "2025-09-28T12:00"),
    # not on a date a month off told in passing, nor after a day of writing told since
    (("Britain's sanctions took effect Thursday. Canada acted last week, and the EU is "
      "expected to follow on Oct. 30. The generals have been under US sanctions since 2019. "
      "Protesters march every day. The ban applies from 9 p.m."), "2025-09-25T21:00"),
    # a day gone by told since, in which the change was made, leaves a clock time still to
    # come on the event's day
    (("Saturday's derby has been moved to a noon kick-off. The league agreed to the change "
      "yesterday. The last derby, on New Year's Day, ended with 40 arrests. Extra trains will "
      "run from 9.30am."), "2025-09-27T09:30"),
    # but the day of writing told since, even in the future, does not
    (("The storm is expected to arrive late Saturday. It may last through Sunday, and grid "
      "operators will meet today. Satellites have been warned. The center will issue its next "
      "update at 3 p.m."), "2025-09-25T15:00"),
])
def test_a_clock_time_ahead_is_on_the_event_day_told_sentences_before(
        text: str, value: str) -> None:
    doc = parse_text(text, dt.date(2025, 9, 25))  # a Thursday
    assert [e.value for e in doc.expressions if e.type.value == "TIME"][-1] == value


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a clock time looked for from the past ("was expected to") after a clock time of a day
    # gone by is on that day, though it was ahead when told
    (("The quake struck at 11:24 a.m. Wednesday local time, which was 1:24 p.m. Tuesday in "
      "Hawaii. The first waves were expected to reach Hilo at 7:17 p.m., but the largest surge "
      "measured only 5 feet."), "2025-07-30", "7:17 p.m.", "2025-07-29T19:17"),
    (("The ferry left Nassau at 9 a.m. Monday. It was scheduled to dock at 6 p.m., but fog "
      "held it off the harbor."), "2019-03-13", "6 p.m.", "2019-03-11T18:00"),
    # the writer's own "will" still counts from publication
    (("The ship left Nassau at 9 a.m. Monday. It will dock at 6 p.m."), "2019-03-13", "6 p.m.",
     "2019-03-13T18:00"),
])
def test_a_clock_time_looked_for_from_the_past_is_on_the_day_told(text: str, dct: str,
                                                                   span: str, value: str) -> None:
    found = [e for e in parse_text(text, dct).expressions if e.text == span]
    assert found[-1].value == value


def test_a_month_naming_an_issue_of_a_bulletin_is_no_date_the_story_moves_to() -> None:
    doc = parse_text("The department on Friday revised the October visa bulletin it had issued "
                     "two weeks earlier.", "2015-09-29")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("Friday", "2015-09-25"), ("October", "2015-10"), ("two weeks earlier", "2015-W37")]


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    (("Bob Hope turns 100 today. The comedian, who was born in England on May 29, 1903, will "
      "spend the day at home. His daughter said he had been up since early morning."),
     "2003-05-29", "early morning", "2003-05-29TMO"),
    (("Sarah Knauss celebrated her 119th birthday last month. Born Sept. 24, 1880, in "
      "Pennsylvania, she marked the day, Sept. 24, with a small party that afternoon."),
     "1999-10-14", "Sept. 24", "1999-09-24"),
    # a birth a few days back is the story itself: the day after it is counted from it
    (("The twins were born on Jan. 3, 2021. They went home two days later."),
     "2021-01-12", "two days later", "2021-01-05"),
])
def test_a_birth_date_long_before_publication_does_not_move_the_story(
        text: str, dct: str, span: str, value: str) -> None:
    doc = parse_text(text, dct)
    assert [e.value for e in doc.expressions if e.text == span][-1] == value
    # decided in resolution: the same when the publication date is set after parsing
    redone = resolve_document(parse_text(text, None), dt.date.fromisoformat(dct))
    assert [e.value for e in redone.expressions if e.text == span][-1] == value


def test_a_count_of_days_back_is_not_counted_from_a_day_still_to_come() -> None:
    doc = parse_text("Lent began today for Western Christians and runs until April 17; Orthodox "
                     "Christians started their fast two days earlier.", "2025-03-05")
    assert [(e.text, e.value) for e in doc.expressions][-1] == ("two days earlier", "2025-03-03")


def test_a_month_that_what_lasts_runs_until_in_the_present_is_the_coming_one() -> None:
    # written in January, "runs until August" is the August ahead, not the nearer one gone by
    text = ("The union's strike mandate runs until August, and an overtime ban remains in force "
            "until July.")
    doc = parse_text(text, "2026-01-26")
    assert [(e.text, e.value) for e in doc.expressions] == [("August", "2026-08"),
                                                            ("July", "2026-07")]
    redone = resolve_document(parse_text(text, None), dt.date(2026, 1, 26))
    assert [e.value for e in redone.expressions] == ["2026-08", "2026-07"]
    # a past still looks back
    assert parse_text("The mandate ran until August.", "2026-01-26").expressions[0].value == "2025-08"


def test_the_same_day_after_a_year_counted_from_publication_is_the_reports_day() -> None:
    doc = parse_text("A Japanese newspaper reported on Tuesday that the company plans to double "
                     "production by the end of the year. Nintendo called the report speculative "
                     "the same day.", "2007-05-30")
    assert [(e.text, e.value) for e in doc.expressions][-1] == ("the same day", "2007-05-29")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a season set down as a record has come, though the clause looks ahead
        ("Hosepipe bans may follow after the driest spring in more than 50 years.", "2025-06-20",
         "2025-SP"),
        ("Reservoirs will take months to recover from the driest spring since 1893.",
         "2025-06-20", "2025-SP"),
        ("Farmers will count the cost of the wettest winter on record.", "2014-04-02",
         "2013-WI"),
        # not one said to be the record to come
        ("Forecasters say it could be the hottest summer on record.", "2025-05-10", "2025-SU"),
    ],
)
def test_a_season_set_down_as_a_record_has_come(text: str, dct: str, value: str) -> None:
    doc = parse_text(text, dct)
    season = next(e for e in doc.expressions if e.text in ("spring", "winter", "summer"))
    assert season.value == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a season something closed for is the one under way or about to begin
        ("Schools in the capital had already closed for the summer holidays earlier this month.",
         "2024-05-29", "the summer holidays", "2024-SU"),
        ("The lido closed for the winter last week.", "2024-09-10", "the winter", "2024-WI"),
    ],
)
def test_a_season_closed_for_is_the_one_at_hand(text: str, dct: str, span: str,
                                                value: str) -> None:
    doc = parse_text(text, dct)
    assert next(e.value for e in doc.expressions if e.text == span) == value


@pytest.mark.parametrize(("text", "dct", "value"), [
    # a clock time after the story has moved from an old day to a later year is not on that day
    (("A court sentenced him on Thursday for killings in a village on Oct. 4, 1994. Witnesses "
      "travelled to Switzerland last spring. The verdict was read at 9 a.m. in Bellinzona."),
     "2026-09-03", "2026-09-03T09:00"),
    # with no later year told, it still is ("... on July 11, 1995. At 4 p.m., troops entered")
    (("The killings began on July 11, 1995, when troops overran the enclave. At 4 p.m., the "
      "general walked into the town."),
     "2017-11-22", "1995-07-11T16:00"),
    # nor is a year ahead a move: the day told stays the clock time's
    (("Skywatchers will see the April 8, 2024, total eclipse, the last one visible until 2044. "
      "In Dallas, totality begins at 1:40 p.m. CDT."), "2024-03-28", "2024-04-08T13:40"),
])
def test_a_clock_time_follows_the_story_past_an_old_day(text: str, dct: str, value: str) -> None:
    doc = parse_text(text, dct)
    assert [e.value for e in doc.expressions if e.type.value == "TIME"][-1] == value


# a clock time gone by, told in the sentence right after a report's day with no day of the story
# told since, is on the day of the report; a day of the story told with the report keeps its own
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("The plant will shut in early 2014, the company said Thursday. The 340 workers were "
          "called to a meeting at 2 p.m. and handed letters."), "2012-08-31", "2 p.m.",
         "2012-08-30T14:00"),
        (("The mill will close in September, the company said Wednesday. The 450 workers were "
          "told at 3:30 p.m."), "2000-07-07", "3:30 p.m.", "2000-07-05T15:30"),
        ("A boat capsized Thursday, the agency said Friday. It sank at 2 p.m.", "2012-08-31",
         "2 p.m.", "2012-08-30T14:00"),
    ],
)
def test_a_clock_time_after_a_report_is_on_its_day(text: str, dct: str, span: str,
                                                   value: str) -> None:
    assert _value_of(text, dct, span) == value


# so is one whose own sentence tells a year long gone in passing ("first elected in 1989"), but
# not one in a sentence that opens on that year
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("Mayor Richard M. Daley said on Tuesday that he would not seek a seventh term. Mr. "
          "Daley, first elected in 1989, made the announcement at a news conference at 11 a.m."),
         "2010-09-08", "11 a.m.", "2010-09-07T11:00"),
        (("The museum said Tuesday it had bought the logbook. In 1912, the ship struck an "
          "iceberg at 11:40 p.m."), "2010-09-08", "11:40 p.m.", "1912-XX-XXT23:40"),
    ],
)
def test_a_clock_time_after_a_report_past_a_year_told_in_passing(text: str, dct: str,
                                                                 span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


# "expected" in an absolute clause after ", with" awaits the time after it, whatever the tense of
# the main clause
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("The building has been sold to a developer, with demolition expected in the spring."),
         "2014-12-31", "the spring", "2015-SP"),
        ("The law passed, with the first payments expected in the summer.", "2014-12-31",
         "the summer", "2015-SU"),
        ("Talks with the union expected in March collapsed.", "2014-12-31", "March", "2014-03"),
    ],
)
def test_expected_after_with_looks_ahead(text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("Ofcom said on Wednesday that applications close on Dec. 11, with bidding to start in "
          "January."), "2012-10-24", "January", "2013-01"),
        ("The regulator set the rules, with the auction to begin in January.", "2012-10-24",
         "January", "2013-01"),
        ("The network closed in March, with the last towers to be switched off in June.",
         "2012-10-24", "June", "2012-06"),
    ],
)
def test_with_noun_to_verb_looks_ahead_after_a_told_plan(text: str, dct: str, span: str,
                                                         value: str) -> None:
    assert _value_of(text, dct, span) == value


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # the days a calendar lists in the sentences after it are of the year it was published for
    (("The Palace on Thursday released the list of regular holidays for next year. National "
      "Heroes Day, observed on Aug. 26, is again a regular holiday."), "2023-11-10",
     "Aug. 26", "2024-08-26"),
    (("The Palace on Thursday released the list of regular holidays for next year. Good Friday "
      "falls on March 29, and Christmas Eve remains a special non-working day."), "2023-11-10",
     "Christmas Eve", "2024-12-24"),
    (("The ministry notified the list of gazetted holidays for 2019. Gandhi Jayanti, Oct. 2, "
      "is on it."), "2018-10-30", "Oct. 2", "2019-10-02"),
    # not a day told in the announcing sentence, nor after the story moves to another year
    ("The holidays for 2025 were announced on Oct. 31.", "2024-11-08", "Oct. 31", "2024-10-31"),
    (("The ministry notified the list of gazetted holidays for 2019. Last year, the list came "
      "out on Oct. 31."), "2018-11-30", "Oct. 31", "2017-10-31"),
])
def test_a_published_calendar_frames_the_days_it_lists(text: str, dct: str, span: str,
                                                       value: str) -> None:
    doc = parse_text(text, dct)
    assert next(e.value for e in doc.expressions if e.text == span) == value
    # the same when the publication date is set after parsing
    redone = resolve_document(parse_text(text, None), dt.date.fromisoformat(dct))
    assert next(e.value for e in redone.expressions if e.text == span) == value


# a bare weekday with no clear tense that the story already named as a day still ahead is that
# day, not the one gone by
@pytest.mark.parametrize(
    ("text", "dct", "index", "value"),
    [
        (("Malaysians will begin fasting on Monday. The news was broadcast at 8.30pm after "
          "officials checked 29 points. In Kuala Lumpur, imsak on Monday falls at 5.41am."),
         "2019-05-04", 1, "2019-05-06"),
        (("The museum will reopen on Tuesday. It closed at 5pm after a flood. Tickets for "
          "Tuesday at the door."), "2021-06-10", 1, "2021-06-15"),
        ("The museum reopened on Tuesday. Tickets for Tuesday at the door.", "2021-06-10", 1,
         "2021-06-08"),
    ],
)
def test_a_weekday_named_ahead_keeps_its_day(text: str, dct: str, index: int,
                                             value: str) -> None:
    weekdays = [e for e in parse_text(text, dct).expressions if e.rule == "weekday"]
    assert weekdays[index].value == value


# a year gone by between a clause's subject and its past verb frames the days written without a
# year after it, as it does opening the sentence
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The Sultan last year declared the start of Ramadan on October 15.", "2005-10-03",
         "October 15", "2004-10-15"),
        ("The company last year opened a plant on March 3.", "2005-10-03", "March 3",
         "2004-03-03"),
        ("The council last year agreed that the market will reopen on Nov. 2.", "2005-10-03",
         "Nov. 2", "2005-11-02"),
    ],
)
def test_a_past_year_before_the_verb_frames_its_sentence(text: str, dct: str, span: str,
                                                         value: str) -> None:
    assert _value_of(text, dct, span) == value


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The cooling tower was demolished last year with a blast at 9 a.m. on Sept. 17.",
         "2005-09-14", "9 a.m. on Sept. 17", "2004-09-17T09:00"),
        ("The plant closed last year on Oct. 2.", "2005-09-14", "Oct. 2", "2004-10-02"),
        # the year frames its own clause only, up to a comma or the next verb joined on
        ("He was resentenced last year, and granted parole in January.", "2017-03-31",
         "January", "2017-01"),
        ("Sales dropped last year but rose in March.", "2005-09-14", "March", "2005-03"),
        ("The plant closed last year and will reopen on Oct. 2.", "2005-09-14", "Oct. 2",
         "2005-10-02"),
    ],
)
def test_a_past_year_after_the_verb_frames_its_clause(text: str, dct: str, span: str,
                                                      value: str) -> None:
    assert _value_of(text, dct, span) == value


# a length told in the present perfect from a month dated with its year runs up to publication:
# a month told without its year after it is news, not the next one in that old year
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("The reporter, arrested in May 2020, has spent more than five years behind bars. "
         "In June, the government freed 14 prisoners."), "2025-09-03", "June", "2025-06"),
        (("The activist was detained in March 2019 and has been held for three years. "
         "In April, a court rejected his appeal."), "2022-07-11", "April", "2022-04"),
        # a sentence imposed is no time served up to publication
        (("He was arrested in May 2020 and sentenced to five years. In June, his appeal "
         "failed."), "2025-09-03", "June", "2020-06"),
    ],
)
def test_time_served_up_to_publication_opens_no_scene(text: str, dct: str, span: str,
                                                      value: str) -> None:
    assert _value_of(text, dct, span) == value


# what resumes, reopens or runs on after a day still ahead, dated with its weekday, comes
# after that day; a day gone by, a day without its weekday or a past tense leave the weekday
# counted from publication
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        (("Because Boxing Day falls on a Saturday, the bank holiday moves to Monday, Dec. 28, "
          "and trading resumes Tuesday."), "2020-12-21", "Tuesday", "2020-12-29"),
        (("The exchange will be closed on Monday, Sept. 19, the day of the funeral. Trading "
          "would resume as normal on Tuesday."), "2022-09-12", "Tuesday", "2022-09-20"),
        (("The Golden Bear will be awarded on Saturday, Feb. 24, and the public screenings "
          "continue through Sunday."), "2024-02-15", "Sunday", "2024-02-25"),
        ("Schools closed on Jan. 4 and will reopen on Monday.", "2022-01-19", "Monday",
         "2022-01-24"),
        (("Mothering Sunday is March 30. The garden centre reopens its cafe on Saturday."),
         "2025-03-07", "Saturday", "2025-03-08"),
        (("The station will reopen Saturday, Dec. 4, as a bus terminal. The clock was "
          "restarted Monday morning."), "2010-12-01", "Monday morning", "2010-11-29TMO"),
        # the same weekday named again is that day
        (("Banks will be closed Friday, June 20. Trading resumes Friday, when options "
          "expire."), "2025-06-17", "Friday", "2025-06-20"),
    ],
)
def test_what_resumes_after_a_day_ahead_comes_after_it(text: str, dct: str, span: str,
                                                       value: str) -> None:
    expression = [e for e in parse_text(text, dct).expressions if e.text == span][-1]
    assert expression.value == value
    if value == "2020-12-29":
        assert "the first Tuesday after it" in expression.explanation


# "the holidays" after a feast of the moon or of Easter are that feast's, not December's
@pytest.mark.parametrize(
    ("text", "dct", "kept"),
    [
        (("Hong Kong's stock exchange will be closed for four days over Easter. Hang Seng "
          "futures traded lower this morning ahead of the holidays."), "2026-04-01", False),
        ("Lunar New Year falls on Feb. 10. Factories shut for the holidays.", "2024-01-20",
         False),
        ("Stores expect strong sales over the holidays.", "2026-04-01", True),
        ("Hanukkah begins on Dec. 7. Shops stay open late through the holidays.", "2023-11-30",
         True),
    ],
)
def test_the_holidays_after_another_feast_are_not_december(text: str, dct: str,
                                                            kept: bool) -> None:
    values = [e.value for e in parse_text(text, dct).expressions if e.text == "the holidays"]
    assert values == ([f"{dct[:4]}-12"] if kept else [])


# a weekday just declared a holiday, in the present perfect, is still to come; the day an
# announcement was made on is not
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The federal government has announced holidays from Wednesday to Friday.",
         "2016-07-05", "Wednesday", "2016-07-06"),
        ("Muhammadiyah has already declared Friday the first day of fasting.", "2012-07-19",
         "Friday", "2012-07-20"),
        ("The ministry has announced Friday that schools will close.", "2016-07-05", "Friday",
         "2016-07-01"),
        ("The ministry has announced, Friday, a curfew.", "2016-07-05", "Friday", "2016-07-01"),
    ],
)
def test_a_day_declared_a_holiday_is_still_to_come(text: str, dct: str, span: str,
                                                   value: str) -> None:
    assert _value_of(text, dct, span) == value


# "remain", the plural, tells the present as "remains" does; after a modal or "to" the modal's
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Prices surged in 2020 and remain high today.", "2023-05-11", "today", "PRESENT_REF"),
        ("The roads will remain closed until Friday.", "2023-05-11", "Friday", "2023-05-12"),
        ("Schools are expected to remain shut through March.", "2023-05-11", "March",
         "2024-03"),
        ("Two people remain missing after Tuesday's storm.", "2023-05-11", "Tuesday",
         "2023-05-09"),
    ],
)
def test_remain_tells_the_present(text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


# in a "when" clause after a day, a participle describing the subject ("cargoes contracted last
# year are due") gives way to the clause's verb; a past verb with its object does not
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("It ended on Saturday morning, when his doctor told him to stop.", "2023-10-04",
         "Saturday morning", "2023-09-30TMO"),
        ("It was extended in November and again in March, when Moscow agreed to only 60 days.",
         "2023-07-17", "March", "2023-03"),
        ("That changed on Friday, when the publisher agreed to be acquired.", "2014-12-15",
         "Friday", "2014-12-12"),
    ],
)
def test_a_past_verb_with_its_object_keeps_a_when_clause_past(text: str, dct: str, span: str,
                                                              value: str) -> None:
    assert _value_of(text, dct, span) == value


# a day naming an attack or a disaster names what has happened, whatever the clause's tense; a
# day naming anything else keeps the tense's reading
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Investigators are examining links to the cell behind the Nov. 13 attacks in Paris.",
         "2016-03-24", "Nov. 13", "2015-11-13"),
        ("Police are examining the Friday bombing.", "2016-03-24", "Friday", "2016-03-18"),
        ("Officials will mark the anniversary of the Jan. 12 earthquake.", "2016-03-24",
         "Jan. 12", "2016-01-12"),
        ("The Nov. 13 concert is sold out.", "2016-03-24", "Nov. 13", "2016-11-13"),
    ],
)
def test_a_day_naming_an_attack_is_gone_by(text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


# an Inauguration Day falls only in a year after a leap year, however it is placed: one counted
# back from ("since", "last") is the last swearing-in, not the last 20 January; and a span pushed
# out "through" it, though told in the past, runs to the coming one
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("It was the biggest crowd since Inauguration Day.", "2023-06-01",
         "Inauguration Day", "2021-01-20"),
        ("He has served since last Inauguration Day.", "2023-06-01",
         "last Inauguration Day", "2021-01-20"),
        ("The mayor has extended the public emergency for 15 days, through Inauguration Day.",
         "2021-01-07", "Inauguration Day", "2021-01-20"),
    ],
)
def test_inauguration_day_is_placed_among_inauguration_years(text: str, dct: str, span: str,
                                                             value: str) -> None:
    assert _value_of(text, dct, span) == value


# months joined by "and" or "or" are read together: the second in the first's year, or the
# next one when it comes earlier in the calendar
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The parties chose a later date to avoid the holidays in September and October.",
         "2022-06-30", "October", "2022-10"),
        ("Sales fell in December and January.", "2022-06-30", "January", "2022-01"),
        ("The festival runs in December and January.", "2022-06-30", "January", "2023-01"),
        # a month told as what came next after a date: in its year, the order kept
        ("She missed tests on Jan. 9, 2021, then again in May and October.", "2022-07-19",
         "May", "2021-05"),
    ],
)
def test_months_joined_by_and_share_a_year(text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


# a list of days runs forward: a day earlier in the calendar than the one listed before it is
# in the next year, and so are the days after it in the list
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Taxes are due in two halves, on Oct. 15 and April 15.", "2005-03-09", "April 15",
         "2006-04-15"),
        ("Bills are payable quarterly, on July 1, Oct. 1, Jan. 1 and April 1.", "2010-01-14",
         "Jan. 1", "2011-01-01"),
        ("Bills are payable quarterly, on July 1, Oct. 1, Jan. 1 and April 1.", "2010-01-14",
         "April 1", "2011-04-01"),
        # days in calendar order, or a list far out of it, are each read on their own
        ("Hearings were held on March 3 and May 12.", "2022-07-19", "May 12", "2022-05-12"),
        ("Outages were reported on June 12 and May 3.", "2022-07-19", "May 3", "2022-05-03"),
    ],
)
def test_listed_days_run_forward(text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


# a results page heads each day's games with its weekday: games with starting times, fixtures or
# a schedule are still to be played; games with scores were played
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("Wednesday's Game, if necessary: Detroit at Minnesota, 8:25 p.m.", "1987-10-12",
         "Wednesday", "1987-10-14"),
        ("Tuesday's featured matches: Ivan Lendl vs. Tim Wilkison, noon.", "1989-08-28",
         "Tuesday", "1989-08-29"),
        ("Friday's fixtures: Durham v Yorkshire; Hampshire v Lancashire.", "2007-08-01",
         "Friday", "2007-08-03"),
        ("Sunday's Games: Buffalo 35, New England 7; Dallas 27, Detroit 10.", "1991-11-04",
         "Sunday", "1991-11-03"),
    ],
)
def test_a_results_page_heading_tells_games_ahead_by_their_times(text: str, dct: str, span: str,
                                                                 value: str) -> None:
    assert _value_of(text, dct, span) == value


# a race meeting's or a fight night's card is a fixture: its weekday follows the tense like
# "Saturday's game", while a card already fought is told in the past
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The first race on Saturday's card is at 11:30 a.m.", "2020-06-19", "Saturday",
         "2020-06-20"),
        ("Two horses were taken out of Thursday's card at Ludlow.", "2003-01-08", "Thursday",
         "2003-01-02"),
        ("Saturday's card at Aintree starts at 1.40pm.", "2019-05-29", "Saturday",
         "2019-06-01"),
    ],
)
def test_a_weekday_card_follows_the_tense_of_its_clause(text: str, dct: str, span: str,
                                                        value: str) -> None:
    assert _value_of(text, dct, span) == value


def test_a_month_that_was_expected_is_the_nearest_one_not_a_year_back() -> None:
    doc = parse_text("A partial restart was expected in late April, but investigators found "
                     "further damage last week. A restart was expected in March, but it slipped.",
                     "2007-04-16")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("late April", "2007-04"), ("last week", "2007-W15"), ("March", "2007-03")]


def test_a_weekday_ending_a_span_after_a_span_closed_before_it_is_the_nearest_one() -> None:
    # the day a sentence before closed a span of its own opens nothing the weekday ends
    doc = parse_text("Fireworks are allowed from July 22 to July 25. A red flag warning remains "
                     "in effect until 9 p.m. Wednesday.", "2025-07-02")
    assert [(e.text, e.value) for e in doc.expressions] == [
        ("July 22", "2025-07-22"), ("July 25", "2025-07-25"),
        ("9 p.m. Wednesday", "2025-07-02T21:00")]


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a league that plays through the winter: told before May, the season under way began the
    # autumn before ("the 2002-03 season" is 2002), and the next one begins this year
    ("The Hawks have lost 33 of 54 games this season, and the NBA deadline is Thursday.",
     "2003-02-19", "this season", "2002"),
    ("Portland will not take on salary beyond next season, an NBA executive said.",
     "2003-02-19", "next season", "2003"),
    ("Gretzky has not decided whether this season will be his last in the NHL.",
     "1999-03-24", "this season", "1998"),
    # told in the autumn, the season under way is the one begun this year
    ("The Rangers have won six games this season, the best start in the NHL.",
     "2021-11-02", "this season", "2021"),
    # a summer game keeps the calendar's year
    ("The Cubs have won 60 games this season.", "2019-07-29", "this season", "2019"),
])
def test_a_winter_league_s_season_began_the_autumn_before(text: str, dct: str, span: str,
                                                        value: str) -> None:
    assert _value_of(text, dct, span) == value


HISTORICAL_PRESENT = ("It is Thursday, October 24, 1929, and by noon the ticker is far behind. "
                      "The rally holds through Friday. On Monday the slide resumes. "
                      "By mid-November the market has lost half its value. "
                      "A film about the crash will air on Monday.")
SCENE_BY_MONTH = ("It is June 1812. On the 24th, the army begins crossing the Niemen. "
                  "By September 14, Napoleon is in Moscow, but the tsar will not negotiate. "
                  "By December, fewer than 100,000 men are left. A documentary will air on Monday.")
SCENE_QUOTING_WILL = ("It is 7:48 a.m. on Sunday, December 7, 1941. The next day, Roosevelt "
                      "calls December 7 \"a date which will live in infamy.\" "
                      "On Thursday, Germany declares war.")
SCENE_BY_DAYS = ("It is 9:32 a.m. on July 16, 1969, and a rocket lifts off for the moon. "
                 "On Sunday, the lunar module touches down at 4:17 p.m. "
                 "The museum shows the film tonight.")


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # a scene set in the present tense at an old date: its present is that time's
        (HISTORICAL_PRESENT, "2009-10-24", "noon", "1929-10-24T12:00"),
        (HISTORICAL_PRESENT, "2009-10-24", "Friday", "1929-10-25"),
        (HISTORICAL_PRESENT, "2009-10-24", "mid-November", "1929-11"),
        # a day with no weekday sets the week too
        (SCENE_BY_DAYS, "2019-07-16", "Sunday", "1969-07-20"),
        (SCENE_BY_DAYS, "2019-07-16", "4:17 p.m.", "1969-07-20T16:17"),
        # a date without its year is in the scene's, sentences on, past the narration's "will"
        (SCENE_BY_MONTH, "2012-06-24", "September 14", "1812-09-14"),
        (SCENE_BY_MONTH, "2012-06-24", "December", "1812-12"),
        # a "will" the narration quotes is the scene's still
        (SCENE_QUOTING_WILL, "2021-12-07", "Thursday", "1941-12-11"),
        # the writer's own future and the day of publication are the writer's time
        (SCENE_BY_MONTH, "2012-06-24", "Monday", "2012-06-25"),
        (SCENE_BY_DAYS, "2019-07-16", "tonight", "2019-07-16TNI"),
    ],
)
def test_a_scene_told_in_the_historical_present_keeps_its_time(
        text: str, dct: str, span: str, value: str) -> None:
    assert _value_of(text, dct, span) == value


def test_the_writers_future_after_a_historical_present_is_counted_from_publication() -> None:
    days = [e.value for e in parse_text(HISTORICAL_PRESENT, "2009-10-24").expressions
            if e.text == "Monday"]
    assert days == ["1929-10-28", "2009-10-26"]


def test_a_scene_set_on_a_day_that_does_not_exist_is_still_read() -> None:
    """"It is February 30, 1950" names no day: the story is still parsed, and no weekday is
    counted from a day that is not there."""
    doc = parse_text("It is February 30, 1950, and the city sleeps. On Monday the strike begins.",
                     "2020-01-01")
    assert [e.text for e in doc.expressions] == ["February 30, 1950", "Monday"]
