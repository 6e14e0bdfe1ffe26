"""From text to sentences, expressions and events; and re-resolution against a new date."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from timeline_app.core.models import (
    DateSource,
    Document,
    Event,
    Granularity,
    Interval,
    Sentence,
    Tense,
    TimeExpression,
)
from timeline_app.parsing.calendar import Period, day_period
from timeline_app.parsing.cancel import ITEM_STRIDE, Cancel, check
from timeline_app.parsing.compose import (
    with_canadian_thanksgivings,
    with_compared_todays,
    with_composed,
    with_day_first_numerics,
    with_figure_todays,
    with_kitchen_nights,
    with_lasting_todays,
    with_national_independence_days,
    with_numbered_weeks,
    with_orthodox_feasts,
    with_sentence_years,
    without_game_periods,
    without_papers,
    without_parts_of_names,
)
from timeline_app.parsing.construct import construct
from timeline_app.parsing.cues import cued
from timeline_app.parsing.events import build_events
from timeline_app.parsing.ranges import (
    EVENING_PARTS,
    in_the_evening,
    joined_as_range,
    with_banned_work_hours,
    with_carried_habits,
    with_habitual_readings,
    with_midnights_opening_days,
    with_range_days,
    with_range_ends_after_starts,
    with_range_start_hours,
    with_range_times,
    with_range_years,
    with_recurring_times,
    with_schedule_days,
    with_shared_recurrences,
    with_sign_days,
    with_weekly_hours,
    with_yearly_days,
    without_lone_range_ends,
)
from timeline_app.parsing.recognizer import Match, recognise
from timeline_app.parsing.resolver import (
    ANCHOR_SENTENCES,
    EARLY_HOURS,
    FINENESS,
    NEARBY_SENTENCES,
    STORY_GAP_YEARS,
    Anchor,
    BcDate,
    Context,
    Resolution,
    coarse_anchor,
    long_before,
    month_told_before,
    resolve,
    story_year,
    told_part_of_day,
    usable_anchor,
    weekday_after_report,
    weekday_after_told_ahead,
    weekday_before_told,
    weekday_counted_after_told,
    weekday_counted_back_to,
    weekday_ending_span,
    weekday_in_told_week,
    weekday_named_ahead,
    weekday_near_told_ahead,
    weekday_resuming_after,
)
from timeline_app.parsing.rules import default_rule_set
from timeline_app.parsing.sentences import split_sentences
from timeline_app.parsing.spec import Direction, Spec, SpecKind, Unit
from timeline_app.parsing.tense import DEAL_VERBS, Clauses, markers, tense_at
from timeline_app.sources.dateline import day_of_writing, find_dateline
from timeline_app.sources.dates import MONTHS


def _as_date(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


class _Found(NamedTuple):
    """A recognised expression before resolution: where it is, its spec and its tense."""

    id: str
    start: int
    end: int
    rule: str
    spec: Spec
    sentence_index: int
    tense: Tense


# a clock time written right after a date ("Oct. 21, 2015, at 4:29 p.m.", "Monday at noon")
# belongs to it: the tense of the clause does not send it to another day
_ATTACHED = re.compile(r",?\s+(?:at\s+)?")
# a length, a recurrence or a vague reference names no day a clock time could belong to
_NO_DAY_KINDS = frozenset((SpecKind.DURATION, SpecKind.SET, SpecKind.REF))
# units counted on from a "since" date, as fine as the granularity they need it told in at least
_SINCE_UNITS = {Unit.DAY: Granularity.DAY, Unit.WEEK: Granularity.WEEK, Unit.MONTH: Granularity.MONTH,
                Unit.YEAR: Granularity.YEAR}
# a weekday with its clock time ("Saturday, 10 a.m.-4 p.m.", "Sunday at 3 p.m.", "Monday from
# 4 p.m.") and no verb telling its tense: an event's listing, a timetable still to come
_LISTED_AT = re.compile(r",?\s+(?:(?:at|from|starting\s+at|beginning\s+at)\s+)?")
_ON_WORD = re.compile(r"\son\s", re.IGNORECASE)
# the colon or dash after a weekday's clock time that opens an entry ("Tuesday, 11:42 p.m.: A
# caller reported ..."): the entry's own verbs tell whether it is a listing or a log of the past
_ENTRY_AFTER = re.compile(r"[^\S\n]*[:\u2013\u2014-][^\S\n]")
# a word that may be a verb in the past, which makes a weekday with its clock time a report: a
# verb in -ed that no tense marker counts ("reported it overdue at 9 p.m. Friday"), one whose
# past is its present ("The quake hit at 2:46 p.m. Friday"), a common irregular past ("was due
# in Beijing at 6:30 a.m. (2230 GMT Friday)") or a report being looked into
_PAST_LOOKING = re.compile(r"\b(?:[a-z]{2,}(?<!e)(?<!hundr)ed|hit|struck|was|were|had|did|took|"
                           r"went|came|began|fell|rose|lost|left|said|told|investigat\w*)\b")
# what may follow a weekday heading a line of its own ("SATURDAY", "Sunday:") before the line ends
_HEADING_END = re.compile(r"[^\S\n]*:?[^\S\n]*(?:\n|$)")
_HEADED_REACH = 160  # how far into the entry below a heading its tense is read
# what ends a day heading a journal's entry: "Oct. 12th. \u2014 Rain again.", "Jan. 28, 1986. Watched"
_JOURNAL_HEADING_END = re.compile(r"\.(?:[ \t]*(?:[\u2013\u2014]|--))?[ \t]+(?=[A-Z])|"
                                  r"[ \t]+[\u2013\u2014][ \t]+(?=[A-Z])")


# the onset of something headed off, told in the conditional perfect, lies ahead of the day it
# was headed off on, which news reports the same day or the next: "signed the stopgap Thursday
# night, averting a shutdown that would have begun at 12:01 a.m. Saturday" (written Friday)
_AVERTED_ONSET = re.compile(r"\bwould\s+have\s+(?:begun|started|lapsed|expired|run\s+out|"
                            r"taken\s+effect|gone\s+into\s+effect|kicked\s+in)\s+"
                            r"(?:at\s+|on\s+)?$", re.IGNORECASE)
_AVERTED_REACH = 45  # characters: "would have gone into effect at "
# a birthday or an anniversary someone did not live to see, in the conditional perfect, falls
# in the month nearest the telling, gone by or still to come: "the duke, who died on Friday,
# would have turned 100 in June", "would have celebrated their 60th anniversary in May"
_MISSED_BIRTHDAY = re.compile(r"\bwould\s+have\s+(?:turned|been|celebrated|marked)\s+"
                              r"(?:\d{1,3}|(?:a\s+|one\s+)?hundred|(?:twenty|thirty|forty|"
                              r"fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
                              r"(?:his|her|their)\s+\d{1,3}(?:st|nd|rd|th)\s+"
                              r"(?:birthday|anniversary))\s+in\s+$", re.IGNORECASE)
_MISSED_BIRTHDAY_REACH = 70  # characters: "would have celebrated their 60th anniversary in "
# a day just declared a holiday, in the present perfect, is one still to come: "has declared
# Friday a paid holiday", "has announced holidays from Wednesday to Friday" (not "has
# announced Friday that ...", the day of the announcement)
_DECLARED_DAY_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+|officially\s+)?(?:announced|declared|designated"
    r"|proclaimed)\s+(?:(?:a\s+|the\s+)?(?:(?:public|national|bank|special)\s+)?holidays?"
    r"\s+(?:from|for|on)\s+)?$", re.IGNORECASE)
_DECLARED_REACH = 70  # characters: "has officially declared a national holiday from "
_DAY_OF_TELLING_AFTER = re.compile(r"\s*(?:,|that\b|to\s+(?!\w+day\b))", re.IGNORECASE)
# what a measure just passed keeps going, told by its participle, runs on to a day still ahead,
# though the passing is told in the past: "signed the package Friday night, funding about a
# third of the government through Sept. 30", "passed a stopgap keeping agencies open until Dec. 20"
_KEPT_GOING_THROUGH = re.compile(r"\b(?:funding|keeping|extending)\s[^.;:,]{0,60}"
                                 r"\b(?:through|until)\s+$", re.IGNORECASE)
_KEPT_GOING_REACH = 80  # characters: the participle, its object and "through"
# a stopgap or an extension "into" a month reaches a month ahead of the one it was weighed in,
# whatever the tense of the weighing: "said another stopgap into February was possible",
# "had wanted a shorter extension, into late January"
_STOPGAP_INTO = re.compile(r"\b(?:stopgap|extension|continuing\s+resolution)\b[^.;:]{0,20}"
                           r"\binto\s+$", re.IGNORECASE)
_STOPGAP_REACH = 50  # characters: the noun, a few words and "into"
# "the outlook for October to December", "released its winter outlook": the months or the season
# an outlook or a forecast is for are the ones ahead of it or running when it is issued, not the
# ones gone, though the issuing is told in the past
_OUTLOOK_FOR = re.compile(r"\b(?:outlooks?|forecasts?)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_OUTLOOK_FOR_REACH = 30  # characters: the noun, "for" and "the"
_OUTLOOK_AFTER = re.compile(r"\s+(?:(?:rainfall|temperature|flood|weather|climate)\s+)?"
                            r"(?:outlooks?|forecasts?)\b", re.IGNORECASE)


# the day a statement was made ("a boat capsized Thursday, the agency said Friday") dates the
# telling, not the story: a time told after it ("had left at dawn") stays on the story's day
# a clock time just written, then an opening parenthesis: what follows restates it in another zone;
# the time may be dated first ("5:46 a.m. Tuesday (", "1:15am on 24 April (", "on Jan. 1 (")
_ZONE_ASIDE_BEFORE = re.compile(
    r"(?:(?:\b|(?<=\d))(?i:[ap]\.?\s?m)\b\.?|\d\d|\btime|\b[A-Z]{2,4})(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]{2,5}day"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s+\($")
# so does a clock time after "or" that follows one: "at 7:58 a.m. Sunday local time, or 0058 GMT"
_ZONE_OR_BEFORE = re.compile(
    r"(?:(?:\b|(?<=\d))(?i:[ap]\.?\s?m)\b\.?|\d\d|\b[A-Z]{2,4})(?:,?\s+(?:on\s+)?(?:[A-Z][a-z]{2,5}day"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?(?:\s+local\s+time)?,?\s+or\s+$")
_ZONE_NAMED = re.compile(r"\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b")

# so does the day a court or an inquest heard evidence ("died at 11.40pm on 3 March, an inquest
# heard on Wednesday. He had worked a double shift that day": the day of the death), or the day a
# jury was told of it ("told the jury yesterday", "a jury was told Wednesday"); so does a
# day a family made news public ("born at 11:58 p.m. ..., the couple revealed on Wednesday"),
# and a reminder sent to its customers ("will end support on Jan. 14, the company reminded
# customers Friday. After that date ...": Jan. 14)
_REPORTED_ON = re.compile(r"\b(?<!\bbe\s)(?:said|(?:told|reminded)\s+(?:(?:the|a)\s+)?\w+|(?:was|were)\s+told|"
                          r"announced|reported|testified|heard|"
                          r"revealed|confirmed|posted)"
                          r"\s+(?:on\s+)?$")
# so does the day records of a night were made public ("the first call came in at 2:14 a.m.
# Sunday, according to dispatch records released yesterday. An engine was sent at 2:16 a.m.":
# Sunday's; "the 911 tapes, released Wednesday, show ..."): the records are named earlier in the
# sentence; "the hostages were released on Sunday" is the story's own day
_RELEASED_ON = re.compile(r"\b(?:released|published|made\s+public)"
                          r"(?:\s+by\s+[\w.'\u2019\s-]{1,40}?)?\s+(?:on\s+)?$")
_RECORDS_NAMED = re.compile(r"\b(?:records?|logs?|tapes?|recordings?|audio|transcripts?|"
                            r"timeline|review|calls)\b", re.IGNORECASE)
# "A sighting reported Tuesday in Plymouth was ruled out", "the cuts announced Monday were
# reversed": a participle naming a thing, the verb of the sentence after the day: the day is the
# event's, not a report's, and the story moves to it
_PARTICIPLE_BEFORE = re.compile(r"\b(?:announced|reported|revealed|confirmed|posted)\s+(?:on\s+)?$")
_VERB_AFTER_PARTICIPLE = re.compile(r"(?:\s+(?:in|at|near|on|off)\s+(?-i:[A-Z][\w.\x27\u2019-]*)"
                                    r"(?:\s+(?-i:[A-Z][\w.\x27\u2019-]*)){0,2})?"
                                    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\b")
# "in" or "on" just before a date, where _RECORD_SET and _CHANGED_FROM end: looked for first,
# cheaply, as those two search back from every date
_IN_OR_ON_BEFORE = re.compile(r"\b(?:in|on)\s+$", re.IGNORECASE)
# a sentence opening on "From" and a weekday names the day a change takes effect, ahead,
# unless a past verb tells it ("From Sunday, the VAT rate stays at 20 per cent"; not "From
# Monday, shops were shut")
_FRONTED_FROM = "From "
# "the banquet on Dec. 10 has been canceled", "the vote on March 3 was postponed": the verb tells
# when the event was called off, not when it was to be; the date is the one nearest publication;
# so does one after a date set off by commas ("the trial, originally set for Aug. 20, was
# delayed until October")
_CALLED_OFF_AFTER = re.compile(r",?\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:(?:now|also|officially)\s+)?"
                               r"(?:canceled|cancelled|called\s+off|scrapped|postponed|put\s+off|"
                               r"delayed|pushed\s+back|rescheduled)\b")
# "the hearing, originally set for April 14, will now be held July 7", "it was first scheduled
# for Dec. 5": a day named as the plan that was dropped is the one nearest publication, whatever
# the tense (only right after "for": see _ORIGINAL_PLAN_REACH)
_ORIGINAL_PLAN_BEFORE = re.compile(r"(?<![\w'])(?:originally|initially|first|previously)\s+"
                                   r"(?:set|scheduled|slated|planned)\s+for\s+\Z", re.IGNORECASE)
_ORIGINAL_PLAN_REACH = 32  # characters before the day in which to look for the plan
# "had hoped to complete the deal by September", "had planned to reopen the plant in May": a
# month a hope or a plan told in the pluperfect named may have gone by as well as be ahead (the
# plan is overtaken, not its month), so it is the nearest one, as a timetable told from the past
# the same for a day of a month, and in the passive: "had planned to close all qualification by
# June 29", "the Games had been due to open on July 24", written when a postponement or a
# change of plan is news, name a day that may be ahead as well as gone
_OVERTAKEN_PLAN_BEFORE = re.compile(r"(?<![\w'])had\s+(?:(?:originally|initially|once|long)\s+)?"
                                    r"(?:(?:hoped|planned|aimed|intended|expected)\s+to\s|"
                                    r"been\s+(?:due|scheduled|set|slated|expected)\s+to\s)"
                                    r"[\w'\s-]{0,60}?(?:\b(?:by|in|before|on)\s+)?\Z",
                                    re.IGNORECASE)
_OVERTAKEN_PLAN_REACH = 100  # characters before the month in which to look for the plan
# "agreed to purchase the unit for $22 million in February": a month after a deal agreed to
# may be the month of the agreeing or of the closing, so it is the nearest one (a day, "agreed
# to buy Orrin on Jan. 16", is the day of the agreeing: see tense._DEAL_AGREED)
_DEAL_MONTH_BEFORE = re.compile(r"(?<![\w'])agreed\s+to\s+" + DEAL_VERBS +
                                r"[\w'\s$,.-]{0,80}?\bin\s+(?:early\s+|mid-?|late\s+)?\Z",
                                re.IGNORECASE)
# "an earlier version of this article, published March 3", "a column posted on Jan. 12", "the
# review, which first ran on Dec. 28", "originally appeared in February", "a video shared on
# Jan. 4", "a clip uploaded in March", "a message tweeted on Oct. 2": a piece said to be
# published on a day was out before it is referred to, so the day is the last one before
# publication, however far back; not one still to come ("will be published March 3", "is
# published on Fridays", "is shared in January", "will be re-aired Friday")
_PUBLISHING_VERBS = ("published", "posted", "printed", "appeared", "ran", "aired", "shared",
                     "uploaded", "tweeted")
_PUBLISHED_ON = re.compile(r"(?<![\w'-])(?<!be\s)(?<!is\s)(?<!are\s)(?<!being\s)"
                           r"(?:(?:originally|first|initially|previously)\s+)?"
                           rf"(?:{'|'.join(_PUBLISHING_VERBS)})\s+(?:(?:on|in)\s+)?$",
                           re.IGNORECASE)
# "Chief Executive Dana Whitfield, who joined in 2016, said ...", "Hearthside, founded in 1962,
# had sales of ...": a year in an aside on how someone or something came to be there is
# background; the story does not move to it, and "the year" after it is still the story's; so
# is one in an aside naming what it is first ("Hermes, the house founded in 1837, reported ...")
# but not when its own sentence counts on from it ("who joined the band in 1985, left it a decade
# later"): the later date is that year's
_COUNTED_ON_AFTER = re.compile(r"\b(?:years?|decades?)\s+later\b", re.IGNORECASE)
_JOINED_IN = re.compile(r"(?:\b(?:who|which)\s+(?:\w+\s+){0,2}?(?:joined|founded|formed|started|"
                        r"became|took\s+over|(?:was|were)\s+(?:hired|named|appointed|founded|formed|"
                        r"established|created|incorporated))|,\s+(?:(?:the|a|an)\s+(?:[\w\x27\u2019-]+\s+){1,3}?)?"
                        r"(?:founded|formed|established|incorporated))\s+(?:[\w.\x27\u2019-]+\s+){0,4}?in\s+$")
# "Workers born in 1961 are the first to feel the rules, which came into force on Sept. 1": a
# birth year names who is meant, not when the story happens; a yearless date after it is the
# story's own
_BORN_IN = re.compile(r"\bborn\s+(?:[\w-]+\s+){0,2}?in\s+$", re.IGNORECASE)
# "The baby, born on Mother's Day, is the couple's first", written days before that feast: a
# birth told as done is on the last one, not the one a few weeks on ("to be born" is ahead)
_BORN_ON = re.compile(r"(?<!\bbe\s)\bborn\s+(?:on\s+)?$", re.IGNORECASE)
# "Born May 29, 1903, in England, he ... His daughter said he had been up since early morning":
# a birth date decades before publication names who is meant, as a birth year does; the story
# does not move to it, and a yearless date or a part of the day after it is the story's own
BIRTH_LONG_AGO = 10  # years before publication
_BORN_PLACE_ON = cued(re.compile(r"(?<!\bbe\s)\bborn\s+(?:(?:in|at|near)\s+(?:[\w.\x27\u2019-]+,?\s+){1,4}?)?"
                            r"(?:on\s+)?$", re.IGNORECASE))
# "Mansell, who won the title last season, took his fourth win of the year": a year counted from
# publication that closes a "who" or "which" aside is background too, and "the year" after it is
# still the story's
_WHO_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;.]*$")
# "Sirens sounded at 8:16 a.m., the moment the quake struck a year ago": a time recalling the
# moment of an event long gone by, kept on the day of the remembrance
_MOMENT_RECALLED = re.compile(r",\s+the\s+(?:(?:exact|very|same)\s+)?(?:moment|minute|time)\s+"
                              r"[^.;]{0,80}?\bago\b", re.IGNORECASE)
# "ahead of the Nobel Peace Prize announcement on Friday", "ahead of the vote on Tuesday": still to
# come, as "ahead of Friday's announcement" is
_AHEAD_OF_ON = re.compile(r"\bahead\s+of\s+(?:the|its|their|his|her|a|next)\s+(?:[\w\x27\u2019-]+\s+){0,5}?on\s+$",
                          re.IGNORECASE)
# "As of Wednesday, there are 412 cases", "patients are in hospital as of Monday night": a count
# or a state reported as it stood on a day, in the present tense, stands on one that has come
# (so does a day of a month, in the present or with no tense told: "the population is 308
# million as of April 1", written in December, is the April gone by)
_AS_OF_BEFORE = ("as of ", "As of ", "AS OF ")
# a future told from the past, with no "will" or present after it: "the treaty would take
# effect on Jan. 1", "was due to reach New York on April 17", "most expected the war to be
# over by Christmas"; not a plan in the present passive ("is planned for June 4"), the writer's
# own
_TOLD_FROM_PAST_BEFORE = re.compile(
    r"\b(?:would|(?:was|were)\s+(?:(?:originally|initially|then|later)\s+)?(?:due|to|set|"
    r"scheduled|expected|supposed|slated|planned|going)|"
    r"(?<!\bis\s)(?<!\bare\s)(?:expected|hoped|planned|intended|promised))\b"
    r"(?:(?!\b(?:will|shall|is|are|has|have)\b)[^.;:!?\n]){0,80}$", re.IGNORECASE)
_TOLD_FROM_PAST_REACH = 100
# a saying dated by a day near publication ("the station said yesterday that the slot would be
# shared from January 7", "confirmed on Monday that"): its "would" looks ahead from that day, so
# from the reader's, not from an old date told sentences before
_SAID_NEAR_PUBLICATION = re.compile(
    r"\b(?:said|announced|confirmed|told\s+[\w ]{1,30}?)\s+(?:on\s+)?(?:yesterday|today|"
    r"this\s+week|last\s+week|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+that\b",
    re.IGNORECASE)
# the last modal or auxiliary before a weekday, when it is the writer's own "will" ("said
# Friday that it will open on Saturday"), not a reported "would" or a past
_WRITERS_WILL_BEFORE = re.compile(
    r"(?:\b(?:will|shall)\b|\bwon't\b|\bwon\u2019t\b|'ll\b|\u2019ll\b)"
    r"(?:(?!\b(?:would|could|might|should|was|were|had|did)\b)[^.;:!?\n]){0,60}$",
    re.IGNORECASE)
_WRITERS_WILL_REACH = 80
# a reporting verb, then "would" in the clause it reports, before a weekday: "the chief said he
# would give another update Monday", "told reporters the names would be released Tuesday"
_REPORTED_WOULD_BEFORE = re.compile(
    r"\b(?:said|told\s[\w'\s-]{0,40}?|announced|added)\b[^.;:!?\n]{0,100}?\bwould\b"
    r"(?:(?!\b(?:will|shall|said|told)\b)[^;!?\n]){0,60}$", re.IGNORECASE)
_REPORTED_WOULD_REACH = 200
# a plan, a promise, a rule or a word said: what it tells of may still have been ahead ("had
# planned to reach the summit in mid-May", "had required the first dose by Dec. 6")
_PLANS = (r"expected|scheduled|due|planned|set|supposed|going|hoped|promised|intended|would|"
          r"will|required|ordered|agreed|vowed|pledged|aimed|wanted|asked|told|said|announced|"
          r"proposed|sought|demanded|given|by")
# "They had left their base on Oct. 20": the past perfect of the date's own clause (not "had to",
# nor one a conjunction closes before the date: "had left when, on Oct. 20, ...")
_HAD_BEFORE = re.compile(rf"\bhad\s+(?!to\b)(?!(?:[a-z]+\s+)?(?:been\s+)?(?:{_PLANS})\b)(?:[a-z]+\s+)?[a-z]+\b(?:(?!\b(?:and|but|when|after|"
                         rf"before|until|while|because|since|so|{_PLANS})\b)"
                         r"[^.;:!?\n\x22\u201c]){0,60}$", re.IGNORECASE)
_HAD_REACH = 80
# the date of what was done, not a target ("had pushed two hearings into March")
_HAD_ON = (" on ", " in ", " during ", " On ", " In ", " During ")
# "By December, the administration had begun ...": the past perfect of the clause a date opens
# (see ``_found``)
_OPENS_WITH_DATE = re.compile(r"\s*(?:(?:by|in|on|until|after|before)\s+)?", re.IGNORECASE)
_HAD_AFTER = re.compile(r",\s+(?:[\w\x27\u2019-]+\s+){1,5}?had\s+(?!to\b)"
                        rf"(?!(?:[a-z]+\s+)?(?:been\s+)?(?:{_PLANS})\b)"
                        r"[a-z]+\b", re.IGNORECASE)
# one look at a sentence for any of those words spares the pattern at each of its dates
_TOLD_FROM_PAST_HINT = re.compile(r"\b(?:would|was|were|expected|hoped|planned|intended|"
                                  r"promised)\b", re.IGNORECASE)
# "bonds bought between now and Oct. 31 will earn", "from now until Friday": the far end of a
# stretch that begins at publication lies ahead, whatever verb a participle before it has
# "many workers have booked Monday off", "taking Thursday and Friday off gives nine days":
# a day of leave booked or being taken is one still to come, whatever the tense of the booking
# ("took Monday off" and "had taken Monday off" tell of one gone by)
_LEAVE_BOOKED_BEFORE = cued(re.compile(
    r"\b(?:book(?:s|ing)?|tak(?:e|es|ing)|(?:have|has|\w+\x27ve)\s+(?:also\s+|already\s+)?"
    r"(?:booked|taken))\s+$", re.IGNORECASE))
_DAY_OFF_AFTER = re.compile(r"[A-Za-z ,]{0,40}?\s+off\b")
_NOW_UNTIL_BEFORE = ("between now and ", "Between now and ", "from now until ", "From now until ",
                     "from now till ", "from now to ")
# "a rehearsal for Jan. 1, less than five months away", "Christmas Day, still weeks away": a day
# set apart by how far off it still lies is one to come, whatever the tense of the verb before it
_STILL_AWAY_AFTER = re.compile(r",\s+(?:still\s+|now\s+|only\s+|just\s+|barely\s+|less\s+than\s+|"
                               r"more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?"
                               r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|a\s+few|several|\d{1,3})?\s*(?:days?|weeks?|months?)\s+"
                               r"(?:away|from\s+now)\b(?!\s+from\b)", re.IGNORECASE)
# "reversing its November forecast", "down from its October estimate": a month naming a forecast
# a new one is set against is the one that forecast was made in, gone by, whatever the tense of
# the new forecast ("said the economy would shrink")
_FORECAST_AFTER = re.compile(r"\s+(?:forecasts?|predictions?|estimates?|projections?|outlook)\b",
                             re.IGNORECASE)
_REVISED_BEFORE = re.compile(r"\b(?:revers|revis|rais|cutt|lower|upgrad|downgrad|from|than)"
                             r"\w*\s+(?:its|their|the)\s+$", re.IGNORECASE)
# "by December" is a deadline ahead (rule "month_deadline"), but told in the past, with no aim
# set in the words before it, it is a stage the story had reached: "launched in April 2012, the
# app had 3 million users by December" (not "set a goal of 100 stores by June", "was due by May")
_DEADLINE_MONTH = "month_deadline"
_AIM_BEFORE = re.compile(r"\b(?:goals?|targets?|aims?|deadlines?|plans?|pledges?|promises?|vows?|"
                         r"forecasts?|projections?|due|expected|scheduled|slated|on\s+track)\b",
                         re.IGNORECASE)
_AIM_REACH = 60  # characters before the month searched for an aim

# a date before Christ as resolved ("BC0216-08-02"), which later dates count from
# ("BC0218-FA": a season, whose year they take)
_BC_DATE = re.compile(r"BC(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?|-(?:SP|SU|FA|WI))?")
# a month a deed told in the past was done in ("he died in May", "she won the title in July"):
# the last such month however long ago, not one ahead, which the tense would yield to when
# the past one is ten months back; the verb right before "in", with nothing but its object
# between (not "announced its line-up: 120 authors over five days in late April"), and not a
# verb that tells of what is to come ("signalled another increase in July"); a product's
# version number may be part of the object ("fixed the flaw in iOS 16.5 in May", "in version
# 3.0 in May"), though not a year ("the Euro 2024") nor a share ("Chrome 65%"); so may a
# count, a rank or a record that is no year ("scored 12 goals in October", "were 11th in
# November", "went 8-1-1 in December"); and "as late as" or "as recently as" may stand for "in"
# ("were in first place as late as November"); a saying or an announcing right before "in" was
# itself done in that month ("who said in February that she would step down", written in
# January), though with an object between it may tell of what is to come ("announced a cut in
# July"); an irregular participle reducing a passive clause tells the same ("the review, begun in
# October, was closed this week", "the samples, taken in May, were lost", written in August)
_DONE_IN_MONTH = re.compile(
    r"\b(?:said|announced)\s+in\s+$|"
    r"\b(?:(?!(?:scheduled|planned|expected|slated|delayed|postponed|due|set|moved|pushed|"
    r"proposed|intended|aimed|targeted|announced|signall?ed|forecast|predicted|promised|pledged|"
    r"vowed|warned|hinted|flagged|outlined|unveiled|approved|agreed|ordered|called|urged)\b)"
    r"[a-z]{2,}ed|won|lost|died|was|were|began|came|went|left|met|made|took|gave|held|fell|rose|"
    r"sold|bought|built|wrote|led|ran|struck|shot|quit|split|broke|spent|saw|got|paid|hit|grew|"
    r"became|found|kept|sent|heard|sank|flew|fought|caught|brought|stood|drew|chose|threw|"
    r"begun|taken|undertaken|written|given|done|chosen|broken|stolen|frozen|drawn|shown|"
    r"thrown|driven|spoken|sworn|hidden|withdrawn|beaten)\b"
    r"(?:\b(?:[A-Za-z]*[A-Z][A-Za-z]*|version)\s+(?!(?:1[5-9]|20)\d\d\b)\d+(?:\.\d+)*\b(?!%)|"
    r"(?<![\d.,-])(?!(?:1[5-9]|20)\d\d\b)\d{1,3}(?:st|nd|rd|th|-\d{1,3}){0,2}\b(?![.,]\d)|"
    r"(?!\b(?:and|but|or|to|that|which|who|will|would)\b)[^,;:.!?()\u2014\n\d]){0,40}?"
    r"\b(?:in|as\s+(?:late|recently)\s+as)\s+$")
_DONE_REACH = 60  # characters before the month in which to look for the deed
# "Today, at 69, she lives alone": a subject, then a verb in the present's third person (an
# adverb such as "always" or "perhaps" is not one)
_PRESENT_AFTER = re.compile(r",?\s+(?:[^,.;:!?]{1,30},\s+)?(?:he|she|it|(?-i:[A-Z][a-z]+))\s+"
                            r"(?:(?:still|now|also|only|no\s+longer)\s+)?(?!(?:was|has|is|does|"
                            r"always|perhaps|thus|sometimes|nevertheless|afterwards|towards|"
                            r"besides|as|us|this|its|his|hers|yes|plus|series|news)\b)"
                            r"[a-z]{2,}[^\Ws']s\b", re.IGNORECASE)
# "Today, fewer than 900 people work there": a plural subject (a count, perhaps with its noun
# and a word that rounds it, "about 200 homes stand", or "they", or a plural noun before "still"
# or "now": "Today, scientists still argue"), then a verb in its plain present form (not a word
# that only joins or qualifies)
_PLURAL_PRESENT_AFTER = re.compile(r",?\s+(?:they|we|(?-i:[a-z]{3,}s)(?=\s+(?:still|now)\s)|"
                                   r"(?:(?:fewer|more|less)\s+than\s+|only\s+|nearly\s+|"
                                   r"almost\s+|about\s+|around\s+|roughly\s+|some\s+)?"
                                   r"\d[\d,]*(?:\s+[a-z]+s)?)\s+"
                                   r"(?:(?:still|now|also|only)\s+)?(?!(?:and|but|or|who|that|"
                                   r"which|with|from|for|into|the|than|were|had|did)\b)"
                                   r"[a-z]{3,}(?<!ed)(?<!s)\b", re.IGNORECASE)
# "rushed to buy ahead of an April 1 tax hike": a yearless day right after "ahead of"; or a
# timetable told in the past ("the assembly was dissolved on 14 September and elections were
# set for 28 October", written the February after: the October gone by)
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+(?:(?:the|an?|its|their)\s+)?$|\b(?:was|were)\s+"
                              r"(?:(?:originally|initially|then|later)\s+)?(?:set|scheduled|slated)"
                              r"\s+for\s+$", re.IGNORECASE)


def _told_from_past_hint(text: str, sentence: Sentence, index: int,
                         cache: dict[int, bool]) -> bool:
    """Whether the sentence has a word that may tell a future from the past ("would", "was")."""
    hint = cache.get(index)
    if hint is None:
        hint = cache[index] = _TOLD_FROM_PAST_HINT.search(
            text, sentence.start, sentence.end) is not None
    return hint


# "the brick blocks still line Front Street today": "still", then a verb in the present no list
# names (not after "was" or "had", not a past or a participle: "divers were still searching
# today", "the fire still smouldered today"), before a "today" closing its sentence
_STILL_PRESENT = re.compile(r"(?<![\w'])(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bbe\s)"
                            r"(?<!\bbeen\s)still\s+(?!(?:had|was|were|did|stood|ran|held|kept|"
                            r"went|came|lay|sat|got|made|took|left|felt|saw|knew|grew|the|a|an|"
                            r"in|on|at|to|not|more|less|there)\b)[a-z]{3,}(?<!ed)(?<!ing)\s",
                            re.IGNORECASE)


def _still_present_before(text: str, start: int, end: int) -> int | None:
    """Where "still" and a present verb after it end, before a "today" closing its sentence
    at ``end`` ("the blocks still line Front Street today"); None when none does."""
    at = text.rfind("still", start, end)
    found = _STILL_PRESENT.match(text, at) if at >= 0 else None
    return None if found is None else found.end()


def _present_after(text: str, start: int, end: int) -> int | None:
    """Where a subject, then a verb in the present no list names, ends after an expression
    opening its sentence ("Today, at 69, she lives alone", "Today, 900 people work there");
    None when none follows."""
    found = _PRESENT_AFTER.match(text, start, end) or _PLURAL_PRESENT_AFTER.match(text, start, end)
    return None if found is None else found.end()


# a relative clause opening after the present verb: its own verb's tense is not the sentence's
_RELATIVE_AFTER_VERB = re.compile(r"\b(?:that|which|who|where)\b")


def _tense_before_only(tense: Tense, found: list[tuple[int, Tense]], at: int,
                       words: str, verb_end: int) -> bool:
    """Whether no verb a list names tells the tense at ``at`` or after it: no tense at all, or
    only a past one from a clause before it or from a relative clause after the present verb
    ending at ``verb_end`` in the sentence ``words`` ("Today, about 200 homes stand in the area
    that was once evacuated"; not "Today we remember them," he said)."""
    if tense is Tense.NONE:
        return True
    later = [offset for offset, _ in found if offset >= at]
    return tense is Tense.PAST and (not later or (
        later[0] >= verb_end and
        _RELATIVE_AFTER_VERB.search(words, verb_end, later[0]) is not None))


def _past_before_ahead_of(text: str, found: list[tuple[int, Tense]], sentence_start: int,
                          start: int) -> bool:
    """Whether a day right after "ahead of", or a timetable told in the past ("were set for"),
    follows a clause told in the past ("consumers rushed to buy ahead of an April 1 tax hike",
    "the assembly was dissolved on 14 September and elections were set for 28 October"): the
    day looked ahead to may be gone by publication, so it is the one nearest publication, not
    the next one."""
    ahead = _AHEAD_OF_BEFORE.search(text, max(start - 40, sentence_start), start)
    if ahead is None:
        return False
    left = bisect.bisect_left(found, ahead.start() - sentence_start, key=lambda m: m[0])
    return left > 0 and found[left - 1][1] is Tense.PAST


# "beating the previous record set in 2011": the date of a record a later one is measured
# against, not where the story is; so is the last time a target or a level was reached ("the
# target was last met in July 2015. In September, 83.6% ..." is this September)
_RECORD_SET = re.compile(r"\b(?:(?:record|mark|best)s?\s+(?:\w+\s+)?(?:set|established)|last\s+"
                         r"(?:met|achieved|hit|reached|recorded|exceeded|matched|surpassed|higher|"
                         r"lower|(?:this|that|so|as)\s+(?:high|low|strong|weak)))\s+(?:in|on)\s+$",
                         re.IGNORECASE)


# "a year ago" stands for the period under discussion a year before ("profit rose from $5 million
# a year ago") only where a figure is set against it; an event told "a year ago" ("launched its
# service a year ago") is a year before publication, whatever month was named before
_FIGURES = re.compile(r"[$%\u20ac\u00a3\u00a5]|\b(?:from|than|compared|versus|vs|against|percent|"
                      r"cents?|million|billion|trillion|level|rate|quarter|period)\b", re.IGNORECASE)


# "valued at $35 billion, up from $22.5 billion in January", "fell from 9% in March", "has slowed
# from a peak of 25 percent in December" (written in October): the figure
# a change is measured from is an earlier one, so its date is the last one before publication,
# whatever the clause's tense and however far back; not the end of a change ("from $3 in
# January to $4 in June")
_CHANGED_FROM = re.compile(r"(?:,\s+(?:up|down)|\b(?:rose|risen|fell|fallen|climbed|dropped|"
                           r"increased|decreased|jumped|slipped|declined|eased|slowed|grew|grown))"
                           r"\s+(?:\S+\s+){0,3}?from\s+"
                           r"(?:(?!\bto\b)(?:[^.;:!?]|\.(?=\d))){1,40}?\s(?:in|on)\s+$", re.IGNORECASE)

# "sales fell 3% in July from June": the month a monthly figure is set against is a point of
# comparison; "a year earlier" after it still counts from the month reported
_MONTH_FROM_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                                r"[a-z]*\.?\s+from\s+$")

# "revised the October visa bulletin it had issued two weeks earlier": a month naming an issue of
# a periodic publication labels it; the story does not move to that month
_ISSUE_AFTER = re.compile(r"(?:\s+(?-i:[A-Za-z][\w-]*))?\s+(?:bulletins?|newsletters?|issues?|"
                          r"editions?)\b", re.IGNORECASE)

# "Profit fell in the six months to June 30. Shares fell 7% by midafternoon": the day that closes
# a reporting period only bounds the figures, as the last day of a span does: a time of day told
# after it is on the day of the report
_PERIOD_CLOSED_BY = re.compile(r"\b(?:months|quarter|half|half-year|year|weeks|period)\s+"
                               r"(?:to|ended|ending|through)\s+$", re.IGNORECASE)
_PERIOD_CLOSING_WORDS = ("to ", "ended ", "ending ", "through ")

# "added 61,000 customers in the quarter, compared with 48,000 in the fourth quarter", "provisions
# rose to $212 million from $140 million in the first quarter": a quarter a figure is set against
# is a point of comparison; the story stays on the quarter it reports, which "the quarter" and
# "a year earlier" after it still mean
_COMPARED_IN = re.compile(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.)\s+"
                          r"(?:(?!\b(?:to|in)\b)(?:[^.;:!?]|\.(?=\d))){1,40}?\bin\s+$",
                          re.IGNORECASE)

# so is one a result comes "after": "After a flat second quarter tied largely to lower newsprint
# earnings, Kimberly-Clark attributed the (third-quarter) gain to ..." (a quarter of its own
# sentence, not one after "in": "after a rise in the third quarter")
_AFTER_A_BEFORE = re.compile(r"\bafter\s+an?\s(?:(?!\bin\b)[\w\s-]){2,25}$", re.IGNORECASE)

# "will report results for the fourth quarter", written in February: results are reported on a
# quarter that has begun, so it is the latest such quarter, last year's Q4, not the coming one (so
# is "the earnings release for the April-June quarter", written in August); not
# a fiscal quarter, which runs ahead of the calendar ("its fiscal fourth quarter, which ended May 29");
# so is a statistics release on a quarter ("the fourth-quarter GDP report is due Thursday"), and a
# half whose results are awaited ("will report first-half results", written in November)
_RESULTS_BEFORE = re.compile(r"\b(?:results|earnings|figures|data)"
                             r"(?:\s+(?:release|report|announcement|statement)s?)?\s+(?:for|of)\s+"
                             r"(?:the\s+|its\s+|their\s+)?(?:fiscal\s+)?$", re.IGNORECASE)
# "will take a charge in the fourth quarter, which ended Dec. 31": a quarter said to have ended
# is over, whatever the tense of the clause it sits in; so is one "ended Dec. 31" after a comma
_ENDED_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:ended|closed|finished)\b|,\s+ended\s+(?:on\s+)?"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)
# "its fiscal third quarter, ended April 30": a fiscal quarter is in the year of the day it ended
_FISCAL_ENDED_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|closed)\s+(?:on\s+)?"
                                 r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d",
                                 re.IGNORECASE)
_RESULTS_AFTER = re.compile(r"[\s-]+(?:fiscal\s+)?(?:results|earnings|(?:GDP|gross\s+domestic\s+product|"
                            r"(?:economic\s+)?growth|jobs|employment)\s+(?:report|figures|data|numbers|"
                            r"estimates?|release))\b", re.IGNORECASE)


# "left at 10 p.m. and did not reach the top until 9 a.m.": the clock time comes after the
# one told before it, on the next day if it is earlier on the clock
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$")
# "had been working since 6 a.m.": in the past perfect the clock time begins a state that ran
# up to the time told before it (not "has been closed since 5 a.m.", up to now)
_HAD_SINCE_BEFORE = re.compile(r"\bhad\s[\w\s'-]{0,40}\bsince\s+$", re.IGNORECASE)
_HAD_SINCE_REACH = 56  # characters before the clock time in which to look for them
# an end told in the future or as a schedule ("a transition period runs until Dec. 31", "must
# leave by Oct. 31", "its fiscal year ends Jan. 31", "the offer expires on Feb. 2"): the coming
# day of that date, however far into the year it lies; so is a span's "ending" or "expiring"
# ("a transition period ending 31 December"), but not a reporting period's, which the tense
# places ("profits fell in the year ending 31 December", "revenue for the period ending 30 June
# is up"); so is a window's or a time limit's close told in the present ("the window closes
# on Aug. 14", "the limitation period runs out on 11 December", "the deadline falls on Jan. 31")
_END_BEFORE = re.compile(r"\b(?:until|till|through|by|(?:ends|expires|"
                         r"closes|lapses|runs\s+out|falls\s+on|"
                         r"(?<!year\s)(?<!years\s)(?<!quarter\s)(?<!quarters\s)(?<!half\s)"
                         r"(?<!months\s)(?<!weeks\s)(?<!month\s)(?<!week\s)(?<!the\speriod\s)"
                         r"(?<!season\s)(?:ending|expiring))(?:\s+on)?)\s+$",
                         re.IGNORECASE)
_END_REACH = 12  # characters before the date in which to look for those words
# a present that lasts up to a month alone: "the mandate runs until August", "the ban remains in
# force until May" (written in January: the coming one, as "will stay until February" is); not
# "ran until", whose past the tense tells
_LASTING_UNTIL_BEFORE = re.compile(r"\b(?:runs|lasts|continues|remains|stays|extends|"
                                   r"(?:is|are|remains?)\s+(?:valid|in\s+force|in\s+place))"
                                   r"\s+(?:until|till|to|through)\s+$", re.IGNORECASE)
_LASTING_UNTIL_REACH = 36
# the date printed on a pack ("a best-by date of Sept. 11", "use-by dates ranging from Sept. 11
# to Nov. 12", "sell-by dates through Oct. 29"): a label read in the present or in a recall told
# in the past, so the day nearest to publication, not the next one nor the last one
_LABEL_DATE_BEFORE = re.compile(r"\b(?:best[\s-]+(?:if[\s-]+used[\s-]+)?(?:by|before)|use[\s-]+by|"
                                r"sell[\s-]+by|expiration|expiry)(?:[\s-]+dates?)?\b[^;:!?]{0,36}$",
                                re.IGNORECASE)
_LABEL_DATE_REACH = 64  # characters before the date in which to look for them
# what joins the two days of "from June 1 to Nov. 30"
_RANGE_JOINS = frozenset((" to ", " through ", " until ", "-", "\u2013", " - ", " \u2013 "))
_MONTH_SPAN_JOINS = _RANGE_JOINS | {" and "}
# not a future told in the past ("said the monsoon would arrive by June 6", written on 14 June):
# that end was near the day it was told, so the date is placed as any other
# "from Oct. 1, 2009, through June 30, 2015", "between Jan. 1, 2015, and Dec. 31, 2019": the
# joins of a span whose first day is written with its year (and the comma after it)
_YEAR_SPAN_JOINS = frozenset((" to ", " through ", " and ", ", to ", ", through ", ", and "))


def _spans_years(text: str, start: Match, end: Match) -> bool:
    """Whether ``end`` closes a span from ``start``, both days written with their years, that
    runs over years: a period defined (who bought, who worked), not a scene."""
    first = start.spec
    return first.year is not None and first.day is not None and end.spec.year is not None and \
        first.year < end.spec.year and text[start.end : end.start] in _YEAR_SPAN_JOINS and \
        text.endswith(("from ", "between "), 0, start.start)


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
# nor one told with "could" or "might" after a telling in the past, the "can" and "may" of what
# was said ("were told they could appeal by the end of November", written in December)
_TOLD_COULD = re.compile(r"\b(?:said|told|warned|informed|advised)\b[^.;:!?]{0,60}\b(?:could|might)\b",
                         re.IGNORECASE)
# a modal that puts what follows ahead ("will remain", "could end up staying")
_MODAL_AHEAD = re.compile(r"\b(?:will|could|can|may|might|shall|must)\b|'ll\b", re.IGNORECASE)
# "through" or "until" right before a weekday: it ends a span
_SPAN_END_BEFORE = cued(re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE))
# "worked through the weekend", "could not fly until the weekend", "By the weekend": a story's
# weekend, the end of a stretch it tells (not "said over the weekend", the one just gone)
_WEEKEND_SPAN_END_BEFORE = re.compile(r"\b(?:until|till|through|by)\s+$", re.IGNORECASE)
# words that set a span before the day its sentence tells ("rebounded Monday after losing ground
# through Friday", "having fallen through Friday"): its end need not follow that day
_SPAN_BEFORE_DAY = re.compile(r"\b(?:after|before|having|since|following)\b", re.IGNORECASE)
# a clause of its own after the day told ("rose on Monday, and aftershocks continued through
# Sunday night"): its span is not opened by that day
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but)\b")
# the day fixed for what lies ahead, placed like an end ahead: "the final show is scheduled for
# Aug. 12", written in September, is next year's (not "was scheduled for": a past tense)
_FIXED_FOR_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                               r"\b(?:scheduled|slated|set)\s+for\s+$", re.IGNORECASE)
# so is the day an event "will take place" or "will be held": "the draw will take place Dec. 6",
# written in February, is this year's, not the last one
_HELD_ON_BEFORE = re.compile(r"(?:\bwill|'ll)\s+(?:take\s+place|be\s+(?:held|played|staged))\s+"
                             r"(?:on\s+)?$", re.IGNORECASE)
_HELD_ON_REACH = 30  # characters before the date in which that verb is looked for
# the day a raise or a law reaches back to ("retroactive to Jan. 1", "backdated to April 1",
# "back pay to April 1", written in November): the last one before publication, however far back
_BACK_TO_BEFORE = re.compile(r"\b(?:retroactive(?:ly)?|backdated|back[\s-]?pay)\s+(?:to|from)\s+$",
                             re.IGNORECASE)
# a season set down as a record ("after the driest spring in more than 50 years", "the wettest
# winter since 1910", "the hottest summer on record") has come, whatever the tense of the clause
# ("bans may follow after the driest spring in 50 years", written in June, is this spring): the
# last one begun by publication (not one said to be the record to come: "could be the hottest
# summer on record", "is on course to be the wettest winter")
_RECORD_SEASON_BEFORE = re.compile(r"(?<![\w'])(?<!\bbe\s)(?<!\bbecome\s)(?<!\bbecomes\s)"
                                   r"the\s+(?:[a-z]+est|(?:most|least)\s+[a-z]+)\s+$",
                                   re.IGNORECASE)
_RECORD_SEASON_AFTER = re.compile(r"\s+(?:on\s+record|since\s|in\s+(?:living\s+)?memory|"
                                  r"(?:in|for)\s+(?:(?:more\s+than|over|at\s+least|almost|"
                                  r"nearly|about|some)\s+)?(?:\d+|[a-z]+)\s+(?:years|decades)\b|"
                                  r"in\s+(?:years|decades)\b)", re.IGNORECASE)
# a season something closed or broke up for is the one under way or about to begin, whatever
# the tense: "schools had closed for the summer holidays", written in May, is this summer, and
# "the pool closed for the winter", written in September, the coming winter (not the last one)
_CLOSED_FOR_SEASON = re.compile(r"(?<![\w'])(?:closed|closes|closing|shut|shuts|shutting|"
                                r"broke\s+up|breaks\s+up|breaking\s+up|rose|adjourned|"
                                r"recessed)(?:\s+down)?\s+for\s+$", re.IGNORECASE)
# the day a price reached its peak or its low ("is down 20 percent from its Sept. 20 peak",
# "trades below their July 19 high", written in December): a mark already reached, so the last
# such day before publication, whatever the tense (not "the Sept. 20 record date", a day ahead)
_MARK_BEFORE = ("its ", "their ")
_MARK_AFTER = re.compile(r"\s+(?:(?:all-time|record|closing|intraday)\s+)?"
                         r"(?:peak|high|low|top|bottom|trough|close|record(?!\s+date))s?\b",
                         re.IGNORECASE)


# a day naming an attack or a disaster ("the Nov. 13 attacks", "the Friday bombing", "the Jan. 12
# earthquake") names what has happened: the last such day, whatever the tense of the clause
# ("investigators are examining links to the Nov. 13 attacks")
_INCIDENT_AFTER = re.compile(
    r"\s+(?:(?:deadly|fatal|terror|terrorist|suicide|bomb|mass|twin|coordinated|militant|"
    r"rebel|gun|knife|arson|chemical|gas|missile|rocket)\s+)?"
    r"(?:attacks?|bombings?|shootings?|massacres?|killings?|blasts?|explosions?|riots?|"
    r"assassinations?|earthquakes?|quakes?|hijackings?|stabbings?|ambush(?:es)?|coup|uprising|"
    r"atrocit(?:y|ies)|shelling|airstrikes?|air\s+strikes?)\b(?![\w-])",
    re.IGNORECASE)


def _publication_day_word(spec: Spec) -> bool:
    """Whether ``spec`` is "yesterday" or "today" as a whole day: like a weekday, when it
    follows "said" it dates the telling ("police said yesterday"), not the story."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset in (-1, 0) and spec.hour is None and spec.part_of_day is None


def _tells_day(spec: Spec) -> bool:
    """Whether ``spec`` is a day of the story told by itself: a weekday, "today" or "yesterday"."""
    return (spec.kind is SpecKind.WEEKDAY or _publication_day_word(spec)) and \
        spec.hour is None


def _day_told_before(found: list[_Found], sentence_index: int, before: int) -> bool:
    """Whether a day of the story was told in the sentence before ``before``."""
    for item in reversed(found[-6:]):
        if item.sentence_index != sentence_index:
            return False
        if item.end <= before and _tells_day(item.spec):
            return True
    return False


def _reporting_week_word(spec: Spec) -> bool:
    """Whether ``spec`` is "last week" or "this week": after "said" or "testified" it dates the
    telling ("investigators testified last week that the blaze started at 3:10 a.m."), not the
    story, whose date a later "that September" still counts from."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.WEEK and spec.anchor == "dct" \
        and spec.offset in (-1, 0) and spec.hour is None and spec.part_of_day is None


def _after_a_publishing_verb(text: str, start: int, at: int) -> bool:
    """Whether a verb of publishing ends ``text[start:at]`` ("published March 3", "first ran in
    March"); the words are compared before the pattern runs (it would run for every date)."""
    words = text[max(start, at - 16):at].rstrip().lower()
    if words.endswith((" on", " in")):
        words = words[:-3].rstrip()
    return words.endswith(_PUBLISHING_VERBS) and _PUBLISHED_ON.search(text, start, at) is not None


def _speakers_day_word(spec: Spec) -> bool:
    """Whether ``spec`` is the speaker's own day, the next or the one before ("today",
    "tonight", "this morning", "tomorrow", "yesterday"), counted from when it is said."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset in (-1, 0, 1) and spec.hour is None and spec.weekday is None


def _entry_day_word(spec: Spec) -> bool:
    """Whether ``spec`` is a day or a part of one counted from the writer's day ("today",
    "tonight", "this morning", "three this afternoon", "yesterday", "last night", "tomorrow")."""
    return spec.kind is SpecKind.RELATIVE and spec.unit is Unit.DAY and spec.anchor == "dct" \
        and spec.offset in (-1, 0, 1, 2) and spec.weekday is None


# a document's date written just before it ("a cable dated", "a letter dated on")
_DATED_BEFORE = re.compile(r"\bdated\s+(?:on\s+)?$", re.IGNORECASE)
_DATED_WORD = cued(re.compile(r"\bdated\b", re.IGNORECASE))
# a document sent on a day, told before its date in the same clause ("a cable sent from the
# embassy in Moscow at 7 a.m. on 19 August 1991", "in a Slack message posted at", "a fax sent
# on"); the words between stop at a clause's end or a quotation
_DOCUMENT_NOUN = (r"(?:cable|telegram|e-?mail|memo(?:randum)?|letter|fax|message|dispatch|"
                  r"telex|note)s?")
_DOCUMENT_SENDING = _DOCUMENT_NOUN + r",?\s+(?:sent|written|posted|wired|transmitted)\b"
_DOCUMENT_SENT = cued(re.compile(_DOCUMENT_SENDING, re.IGNORECASE))
_SENT_BEFORE = cued(re.compile(r"\b" + _DOCUMENT_SENDING + r"[^.;:\"\u201c\u201d]{0,60}?\b(?:on|at)\s+$",
                          re.IGNORECASE))


# how many sentences back, and days before publication, the day of a quoted speech is told
_SPEECH_SENTENCES = 2
_SPEECH_DAYS = 7
_ONE_DAY = dt.timedelta(days=1)


def _speakers_day(spec: Spec, dct: dt.date | None, previous: Anchor | None,
                  sentence_index: int) -> dt.date | None:
    """The day a quotation was spoken, for a "today" or "tonight" inside it: the day (or the
    part of one) told just before, when it is a recent day before publication ("told Congress
    last night ... 'Tonight I have a message'"); None when the words count from publication."""
    if not spec.quoted or dct is None or previous is None or \
            previous.sentence_index < sentence_index - _SPEECH_SENTENCES or \
            previous.period.end - previous.period.start > _ONE_DAY:
        return None
    day = previous.period.start.date()
    return day if 0 < (dct - day).days <= _SPEECH_DAYS else None


# a single quotation mark opening a quotation (after a space, a bracket or a dash, before a
# letter) and one closing it (after a letter or a stop, before a space or a stop); an
# apostrophe inside a word ("don't") is neither
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\u2014]))['\u2018](?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019](?=[\s.,;:!?)\u2014]|$)")


def _next_in_sentence(items: list[tuple[str, Spec, Tense, int]],
                      wanted: Callable[[Spec], bool]) -> list[int | None]:
    """For each item, the index of the first item after it in its sentence whose spec
    ``wanted`` picks (None when none does): found in one pass from the end, so that a sentence
    with thousands of expressions costs linear time."""
    following: list[int | None] = [None] * len(items)
    nearest: int | None = None
    for at in range(len(items) - 1, -1, -1):
        if at + 1 < len(items) and items[at + 1][3] != items[at][3]:
            nearest = None  # a sentence of its own follows
        following[at] = nearest
        if wanted(items[at][1]):
            nearest = at
    return following


class _Later:
    """The items a sentence goes on to, looked up only when asked and then for all items at
    once (see ``_next_in_sentence``)."""

    def __init__(self, items: list[tuple[str, Spec, Tense, int]]) -> None:
        self.items = items
        self.weekdays: list[int | None] | None = None
        self.reports: list[int | None] | None = None

    def weekday(self, number: int) -> int | None:
        """The first weekday of this week's reading after item ``number`` in its sentence (a
        weekday restating a day, "on June 26, a Saturday", is passed over)."""
        if self.weekdays is None:
            self.weekdays = _next_in_sentence(self.items, lambda spec: (
                spec.kind is SpecKind.WEEKDAY and not spec.restates and
                spec.direction is Direction.TENSE))
        return self.weekdays[number - 1]

    def report(self, number: int) -> int | None:
        """The first weekday reported with "said" or "told" after item ``number`` in its
        sentence."""
        if self.reports is None:
            self.reports = _next_in_sentence(self.items, lambda spec: (
                spec.kind is SpecKind.WEEKDAY and spec.background))
        return self.reports[number - 1]


def _this_week_later(items: list[tuple[str, Spec, Tense, int]], number: int,
                     dct: dt.date | None, later: _Later) -> bool:
    """Whether the sentence of item ``number`` goes on to a weekday of the week before
    publication: "As a senator, she voted for it in September 2006. The image was posted on
    Oct. 26 and had been shared 60,000 times as of Monday morning" tells of this Oct. 26, not
    of the old scene's (a weekday restating the day, "on June 26, a Saturday", does not)."""
    if dct is None:
        return False
    at = later.weekday(number)
    if at is None:
        return False
    _, spec, tense, sentence_index = items[at]
    period = resolve(spec, Context(dct=dct, tense=tense, sentence_index=sentence_index)).period
    return period is not None and 0 <= (dct - period.start.date()).days < 7


def _reported_later(items: list[tuple[str, Spec, Tense, int]], number: int,
                    dct: dt.date, later: _Later) -> dt.date | None:
    """The day a quotation was spoken when its sentence tells it after the quotation
    ("'Tonight I have a message,' he said Tuesday"): the first weekday reported with "said"
    or "told" after item ``number`` in that sentence, when it is a recent day before
    publication."""
    at = later.report(number)
    if at is None:
        return None
    _, spec, tense, sentence_index = items[at]
    period = resolve(spec, Context(dct=dct, tense=tense, sentence_index=sentence_index)).period
    if period is None:
        return None
    day = period.start.date()
    return day if 0 < (dct - day).days <= _SPEECH_DAYS else None


def _span_set_before_day(text: str, sentence: Sentence, matches: list[Match], number: int,
                         firsts: dict[tuple[re.Pattern[str], int], re.Match[str] | None]) -> bool:
    """Whether a word setting a span before the day told ("rebounded Monday after losing ground
    through Friday", "racing to complete before 1 April have until Monday") comes before the
    ``number``-th match in its sentence; not one in a phrase set off by a comma ahead of the day
    told just before ("After a year off, the fair is back, opening Tuesday and running through
    Saturday": the span opens that Tuesday). Only the gap after that day and a few words before
    it are read again, so the text is read about once over all the matches."""
    at = matches[number - 1].start
    if not _occurs_before(_SPAN_BEFORE_DAY, text, sentence, at, firsts):
        return False
    if number == 1 or matches[number - 2].end <= sentence.start:
        return True
    told = matches[number - 2]
    first = firsts[(_SPAN_BEFORE_DAY, sentence.start)]
    if first is None or first.end() > told.start or \
            _SPAN_BEFORE_DAY.search(text, told.end, at) is not None:
        return True
    comma = text.rfind(",", max(first.end(), told.start - _FRONTED_PHRASE_REACH), told.start)
    return comma < 0 or _SPAN_BEFORE_DAY.search(text, comma, told.start) is not None


_FRONTED_PHRASE_REACH = 80  # characters before the day told in which the comma is looked for


def _occurs_before(pattern: re.Pattern[str], text: str, sentence: Sentence, at: int,
                   firsts: dict[tuple[re.Pattern[str], int], re.Match[str] | None]) -> bool:
    """Whether ``pattern`` occurs in ``sentence`` before ``at``, as ``pattern.search(text,
    sentence.start, at)`` tells, with the sentence searched once for its first occurrence
    (kept in ``firsts``): a sentence a megabyte long, with thousands of expressions asking,
    stays linear."""
    key = (pattern, sentence.start)
    if key not in firsts:
        firsts[key] = pattern.search(text, sentence.start, sentence.end)
    first = firsts[key]
    if first is None or first.start() >= at:
        return False
    if first.end() <= at:
        return True
    return pattern.search(text, sentence.start, at) is not None  # the first one runs past it


class _Quotations:
    """Where the quotation marks of each sentence are, found once per sentence, so that whether
    a place lies inside a quotation opened in its sentence, in double or single quotation marks
    ("'Tonight I have a message,' he said"), costs a bisection, not a count over all of the
    sentence before it (a sentence a megabyte long, with thousands of expressions, stays
    linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: dict[int, tuple[list[int], ...]] = {}  # by sentence start

    def _of(self, start: int, end: int) -> tuple[list[int], ...]:
        marks = self.marks.get(start)
        if marks is None:
            words = self.text[start:end]
            marks = tuple([m.start() for m in re.finditer(pattern, words)] for pattern in (
                '"', "\u201c", "\u201d", "['\u2018]", _SINGLE_OPEN, _SINGLE_CLOSE))
            self.marks[start] = marks
        return marks

    def inside(self, start: int, end: int, at: int) -> bool:
        """Whether ``at`` lies inside a quotation opened in the sentence [start, end)."""
        straight, opening, closing, single, single_open, single_close = self._of(start, end)
        at -= start
        if bisect.bisect_left(straight, at) % 2 == 1 or \
                bisect.bisect_left(opening, at) > bisect.bisect_left(closing, at):
            return True
        if not single or single[0] >= at:
            return False
        # with the expression's first letter, which a mark opens
        return bisect.bisect_right(single_open, at) > bisect.bisect_right(single_close, at)


def _told_in_quotation(quotations: _Quotations, sentences: list[Sentence],
                       found: list[_Found]) -> bool:
    """Whether the expression found last lies inside a quotation: a day a speaker talks about
    ('"We signed Friday night," he said. "It was announced this morning"'), not the day the
    words were spoken."""
    if not found:
        return False
    last = found[-1]
    if last.sentence_index < len(sentences):
        sentence = sentences[last.sentence_index]
        return quotations.inside(sentence.start, sentence.end, last.start)
    return quotations.inside(0, len(quotations.text), last.start)


def _listed_with_time(text: str, matches: list[Match], number: int,
                      sentence: Sentence) -> bool:
    """A weekday with no tense of its own and a clock time with it ("7 p.m. Saturday", "noon
    Sunday", "Saturday, 10 a.m.-4 p.m.", "Tuesday at 7 p.m."): an item of a listing. Not after
    a word that may be a verb in the past: "The quake hit at 2:46 p.m. Friday" is a report; nor
    when it opens an entry whose words are in the past: "Tuesday, 11:42 p.m.: A caller
    reported ..." is a log."""
    match = matches[number - 1]
    spec = match.spec
    if spec.kind is not SpecKind.WEEKDAY or spec.direction is not Direction.TENSE or \
            spec.indefinite:
        return False
    if spec.hour is not None:  # "7 p.m. Saturday"; "from 16:00 on Friday" dates a report too
        listed = _ON_WORD.search(text, match.start, match.end) is None
    else:
        # (a time after the weekday has taken its day: "Tuesday, 11:42 p.m.")
        after = matches[number].spec if number < len(matches) else None
        listed = after is not None and (after.bare_time or (
            after.weekday == spec.weekday and after.hour is not None)) and \
            _LISTED_AT.fullmatch(text, match.end, matches[number].start) is not None
    if not listed or _PAST_LOOKING.search(
            text, max(sentence.start, match.start - 160), match.start) is not None:
        return False
    time = match if spec.hour is not None else matches[number]
    entry = _ENTRY_AFTER.match(text, time.end)
    return entry is None or _PAST_LOOKING.search(
        text, entry.end(), min(sentence.end, entry.end() + 160)) is None


def _day_heading(text: str, match: Match) -> bool:
    """A weekday with no tense of its own alone on its line ("SATURDAY\nBook sale, 9 a.m.-2
    p.m., ..."): the heading of a calendar's entries, a day to come; not when the entries under
    it are in the past ("SATURDAY\nProtesters gathered ..."): a log of days gone."""
    spec = match.spec
    if spec.kind is not SpecKind.WEEKDAY or spec.direction is not Direction.TENSE or \
            spec.indefinite or spec.hour is not None or \
            (match.start and text[match.start - 1] != "\n"):
        return False
    end = _HEADING_END.match(text, match.end)
    if end is None:
        return False
    below = text[end.end() : end.end() + _HEADED_REACH].partition("\n")[0]
    told = markers(below)  # the first entry's first verb tells
    return not told or told[0][1] is not Tense.PAST


def _journal_heading(text: str, match: Match) -> bool:
    """A day opening a line or a quotation, then a full stop or a dash and the entry's words
    ("Monday, 3 June 1940. \u2014 Troops ...", '"Oct. 12th. Rain again.'): it heads a diary's entry."""
    spec = match.spec
    return spec.kind is SpecKind.DATE and spec.day is not None and spec.month is not None and \
        spec.hour is None and (match.start == 0 or text[match.start - 1] in '\n"\u201c') and \
        _JOURNAL_HEADING_END.match(text, match.end) is not None


# what leads into the day of an old issue heading a look-back column's item: "From the Courier of
# March 14, 1974. ...", "From our files, Nov. 7, 1963: ...", "50 YEARS AGO (Oct. 6, 1960): ...",
# "Fifty years ago, Sept. 7, 1944: ...", "From the issue of 2 October 1947: ..."
_LOOKBACK_LEAD = re.compile(r"(?:\b(?:years?|century)\s+ago\s*(?:[,:(]|,\s+from)|"
                            r"\bfrom\s+(?:the\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?"
                            r"(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?|issue\s+|edition\s+)of|"
                            r"our\s+files,)|(?:^|[.:]\s+|,\s+)(?-i:From))\s*\(?\s*$",
                            re.IGNORECASE | re.MULTILINE)
# what closes such a heading before the item's words: "1974. Township", "1963: The", "1960): Vice"
_LOOKBACK_HEADING_END = re.compile(r"\)?(?:[.:]|[ \t]+[\u2013\u2014])[ \t]+(?=[A-Z])")
_LOOKBACK_REACH = 48  # how far before the day its lead-in may start


def _lookback_lead(text: str, start: int) -> bool:
    """Whether a look-back column's lead-in to an old issue or item ends at ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return _LOOKBACK_LEAD.search(text, max(line, start - _LOOKBACK_REACH), start) is not None


def _lookback_heading(text: str, match: Match) -> bool:
    """A day written in full after a look-back column's lead-in, closing its heading ("From our
    files, Nov. 7, 1963: The bypass opened last Friday"): it heads a reprinted item, whose
    "last Friday" and "next month" count from the old issue's day, like a journal's entry."""
    spec = match.spec
    return spec.kind is SpecKind.DATE and spec.day is not None and spec.month is not None and \
        spec.year is not None and spec.hour is None and \
        _LOOKBACK_HEADING_END.match(text, match.end) is not None and _lookback_lead(text, match.start)


def _entry_end(text: str, heading: Match) -> int:
    """Where the journal entry ``heading`` opens ends: at the quotation mark that closes it
    when a quotation opens with it, else at the end of its line."""
    if heading.start > 0 and text[heading.start - 1] in '"\u201c':
        ends = [end for end in (text.find('"', heading.end), text.find("\u201d", heading.end))
                if end >= 0]
        if ends:
            return min(ends)
    end = text.find("\n", heading.end)
    return len(text) if end < 0 else end


# a results page heads each day's games with the weekday ("Sunday's Games:", "Thursday's
# matches:", "Wednesday's Game, if necessary:"); the games under a heading still to be played give
# their starting times, those played their scores
_FIXTURE_HEADING = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?(?:games?|matches|match|"
                              r"(?P<ahead>fixtures?|schedule)|ties|bouts?)"
                              r"(?:\s+\([^()\n]{1,30}\))?(?:,\s+if\s+necessary)?\s*:",
                              re.IGNORECASE)
_START_TIME = re.compile(r"(?<![\w.:])\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|noon\b)|\bnoon\b",
                         re.IGNORECASE)
_SCORE = re.compile(r"[A-Za-z.)]\s+\d{1,3}(?:\s*\(\w+\))?\s*[,;]")
_FIXTURES_REACH = 160  # characters after the heading in which its first game is told


# a weekday's event that is the subject of a verb of taking place told in the future is still to
# come: "Thursday's test will be held at 11 a.m.", "Sunday's match will go ahead" (not "Wednesday's
# ruling will force a new vote": a result reported, whatever follows from it)
_TAKES_PLACE_AHEAD = re.compile(
    r"['\u2019]s\s+(?:[A-Za-z-]+\s+){1,3}?will\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:be\s+(?:held|staged|played|run|broadcast|televised|the\s+(?:first|last|final))\b"
    r"|go\s+ahead\b|take\s+place\b|(?:begin|start|kick\s+off|get\s+under\s*way)\b)",
    re.IGNORECASE)

# a weekday's game moved to another hour or day has not been played: "Saturday's game between
# Michigan and Iowa has been moved to 11:30 a.m.", "asked for Sunday's Old Firm game at Ibrox to
# be brought forward"
_MOVED_AHEAD = re.compile(
    r"['\u2019]s\s+[\w\s'\u2019-]{0,60}?\b(?:game|match|fixture|tie|race|derby|final|kick-?off)"
    r"(?:es|s)?\b[\w\s,'\u2019-]{0,60}?\b(?:(?:has|have)\s+been|to\s+be)\s+(?:moved|switched|"
    r"rescheduled|brought\s+forward|put\s+back|pushed\s+back)\b", re.IGNORECASE)

# the day a ticket is sold for is still to be played or staged: "single-day tickets for Sunday were
# still available", "day tickets for Saturday sold out last week"; not what those who hold one
# for a day gone by are told ("fans with tickets for Tuesday will be admitted free")
_TICKETS_FOR = re.compile(r"\b(?P<before>[\w-]+)\s+(?:(?:day|single-day|one-day|family|"
                          r"weekend)\s+)?tickets?\s+for\s+$", re.IGNORECASE)
_TICKETS_HELD = frozenset({"with", "holding", "hold", "holds", "held"})

# a programme made known, then what it holds in a clause of "with" and a verb in -ing: "stage times
# were released yesterday, with the Manic Street Preachers closing the main stage on Saturday"
# (a running order still to be played; not a happening told after another, "police said two men
# were arrested Friday, with a third handing himself in on Saturday": no programme is named)
_ANNOUNCED_WITH = re.compile(r"\b(?:announced|released|unveiled|confirmed|published|revealed|"
                             r"said|named)\b[^.;:!?]{0,100}?,\s+with\s+[^.;:!?,]{1,60}?"
                             r"\b[a-z]+ing\b[^.;:!?,]{0,40}?$")
# what such a programme is called
_PROGRAMME = re.compile(r"\b(?:running\s+order|line-?ups?|schedules?|timetables?|fixtures?|"
                        r"programmes?|programs?|(?:stage|set|start|kick-?off|tee)\s+times|draw|"
                        r"order\s+of\s+play|itinerar(?:y|ies)|agendas?|calendars?|bill)\b",
                        re.IGNORECASE)


def _ticket_sold_for(text: str, start: int, spec: Spec) -> bool:
    """Whether the weekday at ``start`` is the day a ticket is sold for (``_TICKETS_FOR``)."""
    if spec.part_of_day is not None or "ticket" not in text[max(start - 40, 0):start]:
        return False
    held = _TICKETS_FOR.search(text, max(start - 40, 0), start)
    return held is not None and held["before"].lower() not in _TICKETS_HELD


def _in_programme_made_known(text: str, sentence_start: int, start: int) -> bool:
    """Whether the weekday at ``start`` stands in a "with" clause of a programme made known
    (``_ANNOUNCED_WITH``, ``_PROGRAMME``)."""
    return ", with " in text[sentence_start:start] and \
        _ANNOUNCED_WITH.search(text, max(start - 240, sentence_start), start) is not None and \
        _PROGRAMME.search(text, sentence_start, start) is not None


def _fixtures_ahead(text: str, end: int) -> bool:
    """Whether the weekday ending at ``end`` heads games still to be played ("Wednesday's Game:
    Detroit at Minnesota, 8:25 p.m."): fixtures or a schedule, or a starting time before any
    score ("Sunday's Games: Buffalo 35, New England 7" were played)."""
    heading = _FIXTURE_HEADING.match(text, end)
    if heading is None:
        return False
    if heading.group("ahead") is not None:
        return True  # "Friday's fixtures:", "Tuesday's Schedule:" name games to come
    stop = text.find("\n", heading.end(), heading.end() + _FIXTURES_REACH)
    stop = heading.end() + _FIXTURES_REACH if stop < 0 else stop
    time = _START_TIME.search(text, heading.end(), stop)
    if time is None:
        return False
    return _SCORE.search(text, heading.end(), time.start()) is None


def _found(text: str, sentences: list[Sentence], matches: list[Match],
           cancel: Cancel = None) -> list[_Found]:
    """The matches with their ids, sentences and tenses."""
    starts = [s.start for s in sentences]
    marker_cache: dict[int, tuple[list[tuple[int, Tense]], Clauses]] = {}
    told_from_past_cache: dict[int, bool] = {}  # sentence index: whether it has a hint
    quotations = _Quotations(text)
    # whether a document in the text is "dated" at all: only then is a quotation looked for
    # around each relative word (one scan of the text, not one per expression)
    dated = _DATED_WORD.search(text) is not None
    sent = _DOCUMENT_SENT.search(text) is not None
    dated = dated or sent
    firsts: dict[tuple[re.Pattern[str], int], re.Match[str] | None] = {}
    found: list[_Found] = []
    entry_end = -1  # where the journal entry being read ends
    lookback = False  # whether that entry is a look-back column's item: the next item ends it
    for number, match in enumerate(matches, start=1):
        if cancel is not None and number % ITEM_STRIDE == 0:
            check(cancel)
        start, end, mspec = match.start, match.end, match.spec  # looked up once: read often
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        sentence = sentences[index] if sentences else Sentence(index=0, start=0, end=len(text))
        if index not in marker_cache:
            words = text[sentence.start : sentence.end]
            marker_cache[index] = (markers(words), Clauses(words))
        found_markers, clauses = marker_cache[index]
        tense = tense_at(found_markers, start - sentence.start,
                         end - sentence.start, clauses)
        if tense in (Tense.PRESENT, Tense.NONE) and \
                start - sentence.start == len(_FRONTED_FROM) and \
                mspec.kind is SpecKind.WEEKDAY and text.startswith(",", end) and \
                text.startswith(_FRONTED_FROM, sentence.start):
            tense = Tense.FUTURE
        if tense in (Tense.NONE, Tense.PRESENT) and mspec.kind is SpecKind.WEEKDAY and \
                mspec.direction is Direction.TENSE and text.startswith(("'s ", "\u2019s "), end) \
                and _fixtures_ahead(text, end):
            tense = Tense.FUTURE  # "Wednesday's Game: Detroit at Minnesota, 8:25 p.m."
            mspec = mspec.model_copy(update={"possessive": False})
        if mspec.possessive and tense is Tense.FUTURE and \
                _TAKES_PLACE_AHEAD.match(text, end) is not None:
            mspec = mspec.model_copy(update={"possessive": False})  # "Thursday's test will be held"
        if mspec.kind is SpecKind.WEEKDAY and mspec.direction is Direction.TENSE:
            owns = text.startswith(("'s ", "\u2019s "), end)  # "Saturday's game"
            if owns and _MOVED_AHEAD.match(text, end, sentence.end) is not None:
                tense = Tense.FUTURE
                mspec = mspec.model_copy(update={"possessive": False})
            elif not owns and (_ticket_sold_for(text, start, mspec) or tense is Tense.PAST and
                               _in_programme_made_known(text, sentence.start, start)):
                tense = Tense.FUTURE
        if mspec.kind is SpecKind.WEEKDAY and \
                "would have" in text[max(start - _AVERTED_REACH, 0) : start] and \
                _AVERTED_ONSET.search(text, max(start - _AVERTED_REACH, 0),
                                      start) is not None:
            tense = Tense.FUTURE  # "averting a shutdown that would have begun Tuesday"
        if tense is Tense.PAST and mspec.kind is SpecKind.WEEKDAY and \
                mspec.direction is Direction.TENSE and \
                _DECLARED_DAY_BEFORE.search(text, max(start - _DECLARED_REACH, sentence.start),
                                            start) is not None and \
                _DAY_OF_TELLING_AFTER.match(text, end) is None:
            tense = Tense.FUTURE  # "has declared Friday a paid holiday"
        if tense is Tense.PAST and _yearless_day(mspec) and \
                mspec.kind is SpecKind.DATE and \
                text.endswith(("through ", "until "), 0, start) and \
                _KEPT_GOING_THROUGH.search(text, max(start - _KEPT_GOING_REACH,
                                                     sentence.start), start) is not None:
            tense = Tense.FUTURE  # "signed a package Friday, funding agencies through Sept. 30"
        if tense is Tense.PAST and mspec.kind is SpecKind.DATE and \
                mspec.year is None and mspec.month is not None and \
                mspec.direction is Direction.TENSE and \
                text.endswith("into ", 0, start) and \
                _STOPGAP_INTO.search(text, max(start - _STOPGAP_REACH, sentence.start),
                                     start) is not None:
            tense = Tense.FUTURE  # "said another stopgap into February was possible"
        if tense is Tense.PAST and mspec.kind is SpecKind.DATE and mspec.year is None and \
                mspec.day is None and mspec.hour is None and \
                (mspec.month is not None or mspec.season is not None) and \
                mspec.direction is Direction.TENSE and (
                    _OUTLOOK_AFTER.match(text, end) is not None or
                    _OUTLOOK_FOR.search(text, max(start - _OUTLOOK_FOR_REACH, sentence.start),
                                        start) is not None):
            tense = Tense.NONE  # "released its winter outlook", "the outlook for October to
            # December, released on Tuesday": the nearest such months, not the ones gone
        if tense is Tense.PAST and mspec.kind is SpecKind.DATE and mspec.year is None and \
                mspec.day is None and mspec.hour is None and mspec.month is not None and \
                mspec.direction is Direction.TENSE and text.endswith("in ", 0, start) and \
                _MISSED_BIRTHDAY.search(text, max(start - _MISSED_BIRTHDAY_REACH,
                                                  sentence.start), start) is not None:
            tense = Tense.NONE  # "would have turned 100 in June": the nearest June
        if _yearless_day(mspec) and mspec.kind is SpecKind.DATE and \
                _CALLED_OFF_AFTER.match(text, end) is not None:
            tense = Tense.NONE
        if tense is not Tense.NONE and _yearless_day(mspec) and \
                mspec.kind is SpecKind.DATE and _LABEL_DATE_BEFORE.search(
                    text, max(start - _LABEL_DATE_REACH, sentence.start),
                    start) is not None:
            tense = Tense.NONE  # "carry best-by dates ranging from Sept. 11 to Nov. 12"
        if _yearless_day(mspec) and mspec.kind is SpecKind.DATE and \
                text.endswith("for ", 0, start) and \
                _ORIGINAL_PLAN_BEFORE.search(text, max(start - _ORIGINAL_PLAN_REACH,
                                                       sentence.start), start) is not None:
            tense = Tense.NONE
        if tense is Tense.FUTURE and _yearless_day(mspec) and \
                _past_before_ahead_of(text, found_markers, sentence.start, start):
            tense = Tense.NONE  # "rushed to buy ahead of an April 1 tax hike": the nearest one
        verb_end = _present_after(text, end, sentence.end) if mspec.opening else None
        if verb_end is None and mspec.opening and \
                text.startswith("today", start):  # "... still line the street today."
            verb_end = _still_present_before(text, sentence.start, start)
        if verb_end is not None and _tense_before_only(
                tense, found_markers, start - sentence.start,
                text[sentence.start : sentence.end], verb_end - sentence.start):
            tense = Tense.PRESENT  # "Today, at 69, she lives alone": a verb no list names
            # (so too after a semicolon, past a clause in the past: "In 1985 the mill had
            # 6,000 workers; today fewer than 400 work there")
        if mspec.bare_time and number > 1 and \
                _ATTACHED.fullmatch(text, matches[number - 2].end, start) and \
                matches[number - 2].spec.kind not in _NO_DAY_KINDS:
            tense = Tense.NONE  # "Oct. 21, 2015, at 4:29 p.m.": the date's, whatever the verb
            # (not a length's: "the trip took seven hours at 4 p.m." is told in the past)
        spec = mspec
        if tense is Tense.PAST and match.rule == _DEADLINE_MONTH and _AIM_BEFORE.search(
                text, max(start - _AIM_REACH, sentence.start), start) is None:
            spec = spec.model_copy(update={"direction": Direction.TENSE})
        if tense is Tense.PAST and mspec.kind is SpecKind.DATE and mspec.year is None and \
                mspec.month is not None and mspec.hour is None and \
                (mspec.direction is Direction.TENSE or match.rule == _DEADLINE_MONTH) and \
                (_OVERTAKEN_PLAN_BEFORE.search(text, max(start - _OVERTAKEN_PLAN_REACH,
                                                         sentence.start), start) is not None
                 or _DEAL_MONTH_BEFORE.search(text, max(start - _OVERTAKEN_PLAN_REACH,
                                                        sentence.start), start) is not None):
            tense = Tense.NONE  # the nearest month (see _OVERTAKEN_PLAN_BEFORE, _DEAL_MONTH_BEFORE)
            spec = spec.model_copy(update={"direction": Direction.TENSE})
        if tense is Tense.NONE and mspec.kind is SpecKind.WEEKDAY and \
                (_listed_with_time(text, matches, number, sentence) or
                 _day_heading(text, match)):
            spec = spec.model_copy(update={"direction": Direction.FUTURE})
        if spec.bare_time and _UNTIL_BEFORE.search(text, max(start - 8, 0),
                                                   start) is not None:
            spec = spec.model_copy(update={"until": True})
        elif spec.bare_time and text.endswith("since ", 0, start) and \
                _HAD_SINCE_BEFORE.search(text, max(start - _HAD_SINCE_REACH, sentence.start),
                                         start) is not None:
            spec = spec.model_copy(update={"since": True})
        if spec.kind is SpecKind.WEEKDAY and _SPAN_END_BEFORE.search(
                text, max(start - 9, 0), start) is not None and \
                not _span_set_before_day(text, sentence, matches, number, firsts) and \
                (number == 1 or _CLAUSE_BREAK.search(text, matches[number - 2].end,
                                                     start) is None):
            spec = spec.model_copy(update={"span_end": True})
        if spec.kind is SpecKind.DATE and spec.month is not None and spec.day is None and \
                spec.year is None and str(spec.mod) == "END" and _SPAN_END_BEFORE.search(
                    text, max(start - 9, 0), start) is not None:
            # "suspended the gas tax through the end of September": the end of a span
            spec = spec.model_copy(update={"span_end": True})
        if spec.kind is SpecKind.DATE and spec.day is not None and number > 1 and \
                text[matches[number - 2].end : start] in _RANGE_JOINS and \
                matches[number - 2].spec.day is not None and \
                text.endswith("from ", 0, matches[number - 2].start):
            spec = spec.model_copy(update={"range_end": True})
        if spec.kind is SpecKind.DATE and spec.month is not None and spec.day is None and \
                number > 1 and matches[number - 2].spec.kind is SpecKind.DATE and \
                matches[number - 2].spec.month is not None and \
                matches[number - 2].spec.day is None and \
                text[matches[number - 2].end : start] in _MONTH_SPAN_JOINS and \
                text.endswith(("from ", "between ", "From ", "Between "), 0,
                              matches[number - 2].start):
            # "between January and September": the last month of a span of months
            spec = spec.model_copy(update={"range_end": True})
        if spec.year is not None and spec.day is not None and number > 1 and \
                _spans_years(text, matches[number - 2], match):
            spec = spec.model_copy(update={"spans_years": True})
        if spec.unit is Unit.WEEKEND and spec.kind is SpecKind.RELATIVE and \
                _WEEKEND_SPAN_END_BEFORE.search(text, max(start - 9, 0),
                                                start) is not None:
            spec = spec.model_copy(update={"span_end": True})
        if tense in (Tense.FUTURE, Tense.PRESENT) and spec.kind is SpecKind.DATE and \
                spec.month is not None and spec.year is None and \
                spec.direction is Direction.TENSE and not spec.by_tense and \
                ((_END_BEFORE.search(text, max(start - _END_REACH, 0), start) is not None and
                  not _occurs_before(_WOULD, text, sentence, start, firsts) and
                  not _occurs_before(_TOLD_COULD, text, sentence, start, firsts) and
                  # a month alone only after a modal: "will stay until February", written in
                  # March, is next year's ("stayed until February" is not, though "until" looks
                  # ahead)
                  (spec.day is not None or tense is Tense.FUTURE and _occurs_before(
                      _MODAL_AHEAD, text, sentence, start, firsts))) or
                 _LASTING_UNTIL_BEFORE.search(text, max(start - _LASTING_UNTIL_REACH, 0),
                                              start) is not None or
                 spec.day is not None and (
                     _FIXED_FOR_BEFORE.search(text, max(start - 15, 0), start) is not None or
                     _HELD_ON_BEFORE.search(text, max(start - _HELD_ON_REACH, 0),
                                            start) is not None)):
            spec = spec.model_copy(update={"end_point": True})
        after_in_or_on = spec.kind is SpecKind.DATE and _IN_OR_ON_BEFORE.search(
            text, max(start - 8, 0), start) is not None
        if after_in_or_on and spec.year is None and \
                spec.direction is Direction.TENSE and \
                _CHANGED_FROM.search(text, max(start - 80, sentence.start),
                                     start) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) and spec.year is None and \
                spec.direction is Direction.TENSE and _after_a_publishing_verb(
                    text, max(start - 36, sentence.start), start):
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.kind is SpecKind.DATE and spec.year is None and spec.day is None and \
                spec.month is not None and spec.direction is Direction.TENSE and \
                _FORECAST_AFTER.match(text, end) is not None and _REVISED_BEFORE.search(
                    text, max(start - 40, sentence.start), start) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if tense is Tense.PAST and (after_in_or_on or text.endswith(" as ", 0, start)) and \
                spec.kind is SpecKind.DATE and \
                spec.year is None and spec.day is None and spec.month is not None and \
                spec.direction is Direction.TENSE and _DONE_IN_MONTH.search(
                    text, max(start - _DONE_REACH, sentence.start), start) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})  # "he died in May"
        if spec.kind is SpecKind.DATE and spec.year is None and \
                spec.direction is Direction.TENSE and text.endswith(("to ", "from "), 0, start) \
                and _BACK_TO_BEFORE.search(text, max(start - 24, 0), start) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.season is not None and spec.year is None and spec.direction is Direction.TENSE \
                and text.endswith(" for ", 0, start) and _CLOSED_FOR_SEASON.search(
                    text, max(start - 28, 0), start) is not None and \
                text[start:end].lower().startswith("the "):
            spec = spec.model_copy(update={"direction": Direction.THIS})  # "shut for the winter"
        if spec.season is not None and spec.year is None and spec.direction is Direction.TENSE \
                and "st " in text[max(start - 24, 0):start] and \
                _RECORD_SEASON_BEFORE.search(text, max(start - 24, 0),
                                             start) is not None and \
                _RECORD_SEASON_AFTER.match(text, end) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})  # "the driest spring"
        if spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) and spec.year is None and \
                spec.direction is Direction.TENSE and text.endswith(_MARK_BEFORE, 0, start) \
                and _MARK_AFTER.match(text, end) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.year is None and spec.direction is Direction.TENSE and \
                (spec.kind is SpecKind.WEEKDAY or spec.kind is SpecKind.DATE and
                 spec.day is not None and spec.month is not None) and \
                spec.hour is None and text.endswith(("the ", "The "), 0, start) and \
                _INCIDENT_AFTER.match(text, end) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})  # "the Nov. 13 attacks"
        if tense in (Tense.FUTURE, Tense.NONE) and \
                spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) and \
                spec.year is None and spec.unit is None and \
                _told_from_past_hint(text, sentence, index, told_from_past_cache) and \
                (told := _TOLD_FROM_PAST_BEFORE.search(
                    text, max(start - _TOLD_FROM_PAST_REACH, sentence.start),
                    start)) is not None:
            # "was due to open in April": a timetable, which may have gone by ("would", a
            # plan or a hope looks ahead of its telling)
            timetable = text.startswith(("was", "were", "Was", "Were"), told.start())
            said_near = _SAID_NEAR_PUBLICATION.search(text, sentence.start,
                                                      told.start()) is not None
            spec = spec.model_copy(update={"told_from_past": True, "timetable_told": timetable,
                                           "said_near_publication": said_near})
        if tense is Tense.FUTURE and spec.hour is not None and spec.anchor == "nearby" and \
                spec.weekday is None and spec.day is None and \
                _told_from_past_hint(text, sentence, index, told_from_past_cache) and \
                (told := _TOLD_FROM_PAST_BEFORE.search(
                    text, max(start - _TOLD_FROM_PAST_REACH, sentence.start),
                    start)) is not None and \
                text.startswith(("was", "were", "Was", "Were"), told.start()):
            # "the waves were expected to reach Hilo at 7:17 p.m.": a clock time looked for
            # from a day told in the past, which may be that day, gone by at publication
            spec = spec.model_copy(update={"told_from_past": True, "timetable_told": True})
        if tense is Tense.FUTURE and spec.kind is SpecKind.WEEKDAY and \
                spec.direction is Direction.TENSE and not spec.told_from_past and \
                _WRITERS_WILL_BEFORE.search(text, max(start - _WRITERS_WILL_REACH,
                                                      sentence.start), start) is not None:
            spec = spec.model_copy(update={"writers_will": True})
        elif tense is Tense.FUTURE and spec.kind is SpecKind.WEEKDAY and \
                spec.direction is Direction.TENSE and \
                _REPORTED_WOULD_BEFORE.search(text, max(start - _REPORTED_WOULD_REACH,
                                                        sentence.start), start) is not None:
            spec = spec.model_copy(update={"reported_would": True})
        if tense is Tense.PAST and spec.kind is SpecKind.DATE and spec.year is None and \
                spec.month is not None and text.endswith(_HAD_ON, 0, start) and \
                "had " in text[max(start - _HAD_REACH, sentence.start):start] and \
                _HAD_BEFORE.search(text, max(start - _HAD_REACH, sentence.start),
                                   start) is not None:
            spec = spec.model_copy(update={"pluperfect": True})
        elif tense is Tense.PAST and spec.kind is SpecKind.DATE and spec.year is None and \
                spec.month is not None and spec.direction is Direction.TENSE and \
                _OPENS_WITH_DATE.fullmatch(text, sentence.start, start) is not None and \
                _HAD_AFTER.match(text, end, sentence.end) is not None:
            # "By December, the administration had begun": done by then, so gone by (in the
            # scene told before it, if any: "began in November 2001. By February, it had
            # collapsed" is February 2002)
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) and spec.year is None and \
                spec.direction is Direction.TENSE and \
                (text.endswith(_NOW_UNTIL_BEFORE, max(start - 16, 0), start) or
                 _STILL_AWAY_AFTER.match(text, end, sentence.end) is not None):
            spec = spec.model_copy(update={"direction": Direction.FUTURE})
        if spec.direction is Direction.TENSE and (
                (tense is Tense.PRESENT and spec.kind is SpecKind.WEEKDAY) or (
                    tense in (Tense.PRESENT, Tense.NONE) and spec.kind is SpecKind.DATE and
                    spec.year is None and spec.day is not None and spec.month is not None)) and \
                text.endswith(_AS_OF_BEFORE, max(start - 6, 0), start):
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.kind is SpecKind.WEEKDAY and spec.direction is Direction.TENSE and \
                text.endswith("on ", 0, start) and _AHEAD_OF_ON.search(
                    text, max(start - 80, sentence.start), start) is not None:
            spec = spec.model_copy(update={"direction": Direction.FUTURE})
        if spec.kind is SpecKind.WEEKDAY and spec.direction is Direction.TENSE and \
                _LEAVE_BOOKED_BEFORE.search(text, max(start - 40, sentence.start),
                                            start) is not None and \
                _DAY_OFF_AFTER.match(text, end, sentence.end) is not None:
            spec = spec.model_copy(update={"direction": Direction.FUTURE})
        if (spec.quarter is not None or spec.half is not None) and spec.year is None \
                and spec.direction is Direction.TENSE \
                and "fiscal" not in text[start : end].lower():
            if _ENDED_AFTER.match(text, end) is not None:
                spec = spec.model_copy(update={"direction": Direction.PAST})
            elif _RESULTS_AFTER.match(text, end) is not None or _RESULTS_BEFORE.search(
                    text, max(start - 40, 0), start) is not None:
                # results told in the past are of a quarter gone by; results still to be
                # reported ("will report results for the third quarter on Aug. 7", written in
                # June) are of one just ended or still to end
                spec = spec.model_copy(update={"results_ahead": True} if tense is Tense.FUTURE
                                       else {"direction": Direction.PAST})
        if spec.quarter is not None and spec.year is None and spec.direction is Direction.TENSE \
                and "fiscal" in text[start : end].lower() \
                and (ended := _FISCAL_ENDED_AFTER.match(text, end)) is not None:
            spec = spec.model_copy(update={
                "ended_month": MONTHS[ended["month"].lower()]})
        if spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
                spec.quarter is None and not spec.background and _IN_OR_ON_BEFORE.search(
                    text, max(start - 4, 0), start) is not None and \
                _JOINED_IN.search(text, max(start - 60, sentence.start),
                                  start) is not None and \
                ("later" not in text[end : sentence.end] or
                 _COUNTED_ON_AFTER.search(text, end, sentence.end) is None):
            spec = spec.model_copy(update={"background": True})
        if spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
                spec.season is None and not spec.background and \
                text.endswith(_MATURITY_BEFORE, 0, start):
            # a debt's maturity year names the security ("paid 6 percent on bonds due in 2015,
            # up from 5.35 percent a month earlier"), and sets no scene for what follows
            spec = spec.model_copy(update={"background": True})
        if spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
                not spec.background and "born" in text[max(start - 30, 0):start] and \
                _BORN_IN.search(text, max(start - 30, 0), start) is not None:
            spec = spec.model_copy(update={"background": True})
        if spec.kind is SpecKind.DATE and spec.day is not None and spec.year is not None and \
                not spec.background and "orn" in text[max(start - 48, 0):start] and \
                _BORN_PLACE_ON.search(text, max(start - 48, 0), start) is not None \
                and not text.startswith(" (", end):  # "9 June 1672 (O.S. 30 May)"
            spec = spec.model_copy(update={"birth_date": True})  # background if long before
        if spec.kind is SpecKind.DATE and spec.year is None and \
                spec.direction is Direction.TENSE and match.rule.startswith("date_holiday") and \
                "born" in text[max(start - 12, 0):start] and \
                _BORN_ON.search(text, max(start - 12, 0), start) is not None:
            spec = spec.model_copy(update={"direction": Direction.PAST})
        if spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and spec.anchor == "dct" and \
                text.startswith(",", end) and _WHO_ASIDE.search(
                    text, max(start - 80, sentence.start), start) is not None:
            spec = spec.model_copy(update={"background": True})
        if spec.kind is SpecKind.DATE and spec.year is not None and spec.month is None and \
                spec.season is None and not spec.background and text.startswith(",", end) and \
                (aside := _WHO_ASIDE.search(text, max(start - 80, sentence.start), start)) \
                is not None and "who" in aside.group():
            # a year closing an aside about a person ("Pruitt, who graduated in 1971, wore it to
            # church the next day") tells their past: a count of days after it runs from the
            # day told before the aside, though "a decade later" still counts from the year
            spec = spec.model_copy(update={"closes_aside": True})
        if spec.kind is SpecKind.WEEKDAY and spec.hour is None and spec.part_of_day is None and \
                text.startswith(",", end) and (aside := _WHO_ASIDE.search(
                    text, max(start - 80, sentence.start), start)) is not None and \
                "who" in aside.group():  # not "The stream, which ran Friday, peaked at 9 p.m."
            spec = spec.model_copy(update={"closes_aside": True})
        elif spec.kind is SpecKind.WEEKDAY and spec.hour is None and spec.part_of_day is None \
                and found and found[-1].sentence_index == index and \
                (aside := _WHO_ASIDE.search(text, max(start - 80, sentence.start), start)) \
                is not None and "which" in aside.group() and \
                _day_told_before(found, index, aside.start()):
            # "The airport reopened today after ash from the volcano, which exploded Saturday
            # ... The first flights left shortly after noon": a weekday in a "which" clause
            # trailing a day the sentence told first is the background of what it is about; a
            # clock time after it is on the day told first
            spec = spec.model_copy(update={"closes_aside": True})
        if (spec.quarter is not None or spec.unit is Unit.QUARTER) and not spec.background and \
                (_COMPARED_IN.search(text, max(start - 60, sentence.start), start) is not None or
                 _AFTER_A_BEFORE.search(text, max(start - 35, sentence.start), start) is not None):
            spec = spec.model_copy(update={"background": True})
        if spec.day is not None and spec.hour is None and not spec.range_end and \
                text.endswith(_PERIOD_CLOSING_WORDS, 0, start) and _PERIOD_CLOSED_BY.search(
                    text, max(start - 24, sentence.start), start) is not None:
            spec = spec.model_copy(update={"range_end": True})
        if spec.month is not None and spec.day is None and spec.year is None and \
                text.endswith("from ", 0, start) and _MONTH_FROM_BEFORE.search(
                    text, max(start - 16, sentence.start), start) is not None:
            spec = spec.model_copy(update={"background": True})
        if spec.month is not None and spec.day is None and spec.year is None and \
                text.endswith("the ", 0, start) and \
                _ISSUE_AFTER.match(text, end) is not None:
            spec = spec.model_copy(update={"background": True})
        if match.rule == _NAMED_DATE and not spec.background and \
                _REMEMBRANCE_AFTER.match(text, end) is not None:
            # "the D-Day commemorations", "a D-Day veteran": the day names the occasion or the
            # people, and the story stays on its own day ("began at 11am" is today's)
            spec = spec.model_copy(update={"background": True})
        reported = (spec.weekday is not None or _publication_day_word(spec) or
                    _reporting_week_word(spec)) and \
            (_REPORTED_ON.search(text, max(start - 30, 0), start) is not None or
             _RELEASED_ON.search(text, max(start - 60, sentence.start), start) is not None and
             _RECORDS_NAMED.search(text, sentence.start, start) is not None) and \
            (_VERB_AFTER_PARTICIPLE.match(text, end) is None or
             _PARTICIPLE_BEFORE.search(text, max(start - 14, 0), start) is None)
        if spec.ago and spec.anchor == "nearby" and \
                not _occurs_before(_FIGURES, text, sentence, start, firsts):
            spec = spec.model_copy(update={"anchor": "dct"})
        if dated and spec.kind in (SpecKind.RELATIVE, SpecKind.WEEKDAY) and \
                spec.anchor == "dct" and quotations.inside(sentence.start, sentence.end, start):
            spec = spec.model_copy(update={"in_quotation": True})
        elif dated and (_DATED_BEFORE.search(text, max(start - 10, 0), start) or sent and
                        _SENT_BEFORE.search(text, max(start - 100, sentence.start), start)):
            spec = spec.model_copy(update={"document_date": True})
        if _speakers_day_word(spec) and \
                quotations.inside(sentence.start, sentence.end, start) and \
                not _told_in_quotation(quotations, sentences, found):
            spec = spec.model_copy(update={"quoted": True})
        if _journal_heading(text, match):
            spec = spec.model_copy(update={"journal_entry": True})
            entry_end = _entry_end(text, match)
            lookback = False
        elif _lookback_heading(text, match):
            spec = spec.model_copy(update={"journal_entry": True})
            entry_end = _entry_end(text, match)
            lookback = True
        elif lookback and start < entry_end and (
                (spec.kind is SpecKind.RELATIVE and spec.unit is Unit.YEAR and
                 (spec.offset or 0) < -1 and start == sentence.start) or
                (spec.year is not None and _lookback_lead(text, start))):
            entry_end = -1  # the next item of a look-back column ("25 years ago: ...") begins
        elif lookback and start < entry_end and spec.framed_years_on is not None:
            # "Fifty years ago, April 16, 1936: Spring planting is late": the year is the item's,
            # not one counted back from publication again
            spec = spec.model_copy(update={"in_entry": True, "framed_years_on": None})
        elif start < entry_end:
            spec = spec.model_copy(update={"in_entry": True})
        if spec.hour is not None and start > 0 and (text[start - 1] == "(" and
                _ZONE_ASIDE_BEFORE.search(text, max(start - 32, 0), start) is not None or
                text.endswith(" or ", 0, start) and _ZONE_NAMED.search(text, start, end) and
                _ZONE_OR_BEFORE.search(text, max(start - 48, 0), start) is not None):
            spec = spec.model_copy(update={"aside": True})
        if spec.bare_time and text.startswith(",", end) and \
                _MOMENT_RECALLED.match(text, end, sentence.end) is not None:
            spec = spec.model_copy(update={"recalls_moment": True})
        if reported or (after_in_or_on and _RECORD_SET.search(
                text, max(start - 40, 0), start) is not None):
            spec = spec.model_copy(update={"background": True})
        if spec.kind is SpecKind.WEEKDAY and text[end + 1:end + 2] == "s" and \
                _VOTE_AFTER.match(text, end) is not None:
            spec = spec.model_copy(update={"eve": True})  # its night runs on into the count
        found.append(_Found(f"t{number}", start, end, match.rule, spec, index,
                            tense))
    for reread in _REREADINGS:
        found = reread(text, found)
    return found


_THE_BEFORE = ("on the ", "for the ", "of the ", "by the ", "On the ")
# "the Friday before", "the Monday after the vote": counted from another day, not one told
_NOT_OF_DAYS_TOLD = re.compile(r"\s+(?:morning\s+|afternoon\s+|evening\s+|night\s+)?"
                               r"(?:before|after|of|following|prior|when|that)\b")


def _with_of_days_told(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a weekday told by the tense follows "on the" or "for the" ("opens next
    Friday ... a dinner is planned for the Saturday night"): one of the days told before it."""
    for index, weekday in enumerate(found):
        if weekday.spec.kind is SpecKind.WEEKDAY and index and \
                weekday.spec.direction is Direction.TENSE and \
                text.endswith(_THE_BEFORE, max(weekday.start - 8, 0), weekday.start) and \
                _NOT_OF_DAYS_TOLD.match(text, weekday.end) is None:
            found[index] = weekday._replace(
                spec=weekday.spec.model_copy(update={"of_days_told": True}))
    return found


# what resumes, reopens or runs on to the weekday right after it ("trading resumes Tuesday",
# "would resume as normal on Tuesday", "screenings continue through Sunday")
_RESUMES_BEFORE = cued(re.compile(
    r"\b(?:resum(?:e|es|ed|ing)|re-?open(?:s|ed|ing)?|restart(?:s|ed|ing)?"
    r"|(?:continu(?:e|es|ing)|run(?:s|ning)?)\s+(?:through|until|till)"
    r"|back\s+(?:open|to\s+normal))\b[^.;:!?\"\u201c\u201d]{0,24}$", re.IGNORECASE))
_RESUMES_REACH = 44  # characters before a weekday searched ("will resume as normal on ")


def _with_resuming(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a weekday told by the tense is what something resumes, reopens or runs
    on to (see _RESUMES_BEFORE), with no other expression between: ``resumes``."""
    for index, weekday in enumerate(found):
        if weekday.spec.kind is not SpecKind.WEEKDAY or \
                weekday.spec.direction is not Direction.TENSE or weekday.spec.indefinite:
            continue
        floor = max(weekday.start - _RESUMES_REACH, found[index - 1].end if index else 0)
        if floor < weekday.start and \
                _RESUMES_BEFORE.search(text, floor, weekday.start) is not None:
            found[index] = weekday._replace(
                spec=weekday.spec.model_copy(update={"resumes": True}))
    return found


def _with_after_day_told(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a weekday told by the tense follows a weekday or "today" with only
    "after" between ("resumes Tuesday after Monday's rest day"): it comes before that day."""
    for index in range(1, len(found)):
        day, weekday = found[index - 1], found[index]
        if weekday.spec.kind is SpecKind.WEEKDAY and \
                weekday.spec.direction is Direction.TENSE and \
                day.spec.kind in (SpecKind.WEEKDAY, SpecKind.RELATIVE) and \
                day.sentence_index == weekday.sentence_index and \
                text[day.end:weekday.start] == " after ":
            found[index] = weekday._replace(
                spec=weekday.spec.model_copy(update={"after_day_told": True}))
    return found


# "three days before Sunday's runoff", "with four days left before Saturday's election", "ten
# weeks before the federal election on Sept. 26": a length counted back from a day or a date;
# so is a countdown "until" one ("with 100 days until the Games on July 26", "four months to go
# until the nation's 250th birthday on July 4": an ordinal may name the occasion)
_COUNTED_BEFORE = re.compile(r"\s+(?:left\s+|to\s+go\s+|remaining\s+)?(?:before|ahead\s+of|until)\s+"
                             r"(?:(?:the|its|their)\s+)?(?:(?:[A-Za-z\x27\u2019-]+|\d+(?:st|nd|rd|th))\s+){0,3}?"
                             r"(?:on\s+|at\s+)?")
_COUNTED_DURATION = re.compile(r"P\d{1,3}[DWM]")
_COUNTED_DAYS = re.compile(r"P\d{1,3}[DW]")  # a count in whole days: days or weeks
# "days before the deadline at midnight Saturday": a length of no number counts back too, though
# only from a day its sentence told before it (see ``weekday_counted_back_to``)
_SOME_DAYS = re.compile(r"P(?:X[DW]|TXH)")
# "pumped water for four days before divers reached him on Saturday": how long something
# lasted up to the day, not a count back from it
_LASTED_FOR = re.compile(r"\bfor\s+$")


def _yearless_day(spec: Spec) -> bool:
    """A weekday or a day of a month without its year, placed by the tense."""
    return spec.year is None and spec.direction is Direction.TENSE and spec.hour is None and (
        spec.kind is SpecKind.WEEKDAY or (spec.kind is SpecKind.DATE and spec.month is not None
                                          and spec.day is not None))


def _weekday_at_hour(spec: Spec) -> bool:
    """A weekday at a time of day placed by the tense ("at midnight Saturday")."""
    return spec.kind is SpecKind.WEEKDAY and spec.direction is Direction.TENSE and \
        spec.hour is not None


def _with_counted_before(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a day right after a length counted before it ("three days before
    Sunday's runoff") carries that length: counted from publication, it tells whether the
    day is the one ahead or the one gone (see ``_counted_from_publication``)."""
    for index in range(1, len(found)):
        length, day = found[index - 1], found[index]
        value = length.spec.value or ""
        if length.spec.kind is SpecKind.DURATION and (
                _COUNTED_DURATION.fullmatch(value) or _SOME_DAYS.fullmatch(value)) \
                and (_yearless_day(day.spec) or _weekday_at_hour(day.spec)) \
                and day.start - length.end <= 60 \
                and _COUNTED_BEFORE.fullmatch(text, length.end, day.start) is not None \
                and _LASTED_FOR.search(text, max(length.start - 4, 0), length.start) is None:
            found[index] = day._replace(
                spec=day.spec.model_copy(update={"counted_before": value}))
    return found


# "will meet today, 41 days after Election Day": a length counted after a day, from the day told
_COUNTED_AFTER = re.compile(r"\s+after\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:on\s+)?")


# "three months after campuses shut in March": a month without its year after a length in
# months counted after it
_COUNTED_AFTER_MONTH = re.compile(r"\s+after\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z-]+\s+){0,3}?in\s+")


def _yearless_month(spec: Spec) -> bool:
    """A month without its year or day, placed by the tense."""
    return spec.year is None and spec.direction is Direction.TENSE and spec.hour is None and \
        spec.kind is SpecKind.DATE and spec.month is not None and spec.day is None


def _with_counted_after(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a day right after a length counted after it ("41 days after Election
    Day") carries that length: counted back from publication, it tells whether the day is the
    one gone or the one ahead (see ``_counted_from_publication``). So does a month after a
    length in months ("three months after campuses shut in March")."""
    for index in range(1, len(found)):
        length, day = found[index - 1], found[index]
        value = length.spec.value or ""
        if length.spec.kind is SpecKind.DURATION and _COUNTED_DURATION.fullmatch(value) \
                and day.start - length.end <= 60 and (
                    (_yearless_day(day.spec)
                     and _COUNTED_AFTER.fullmatch(text, length.end, day.start) is not None)
                    or (value.endswith("M") and _yearless_month(day.spec)
                        and _COUNTED_AFTER_MONTH.fullmatch(text, length.end, day.start)
                        is not None)):
            found[index] = day._replace(
                spec=day.spec.model_copy(update={"counted_after": value}))
    return found


# "ended the recount on December 12, 35 days after Election Day", "was freed Monday, two days
# after his arrest on Saturday": a date a day told before in its sentence is counted from, set
# off by a comma; the story stays on the day told, and "the next evening" is the day after it
_LENGTH_FROM = re.compile(r"\s+(?:after|before)\s+(?:(?:the|its|their|his|her)\s+)?"
                          r"(?:[\w\x27\u2019-]+\s+){0,3}?(?:(?:on|of|in)\s+)?")
_LENGTH_COUNTED = re.compile(r"P\d{1,3}[DWMY]")


def _with_length_from_aside(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a date counted from in a comma's aside after a day told in the same
    sentence ("on December 12, 35 days after Election Day") is an aside, not the story's."""
    for index in range(2, len(found)):
        told, length, date = found[index - 2], found[index - 1], found[index]
        if length.start < 2 or text[length.start - 2] != "," or \
                length.spec.kind is not SpecKind.DURATION or \
                told.sentence_index != date.sentence_index or \
                told.spec.kind not in (SpecKind.DATE, SpecKind.WEEKDAY) or \
                date.spec.kind not in (SpecKind.DATE, SpecKind.WEEKDAY) or \
                date.start - length.end > 40 or \
                _LENGTH_COUNTED.fullmatch(length.spec.value or "") is None or \
                _LENGTH_FROM.fullmatch(text, length.end, date.start) is None:
            continue
        found[index] = date._replace(spec=date.spec.model_copy(update={"aside": True}))
    return found


# "next week, on Tuesday", "the exams are next week, from Monday to Wednesday": a weekday set
# after a week as an aside names a day of that week
_WEEK_THEN_DAY = re.compile(r",\s+(?:on|from|between|starting|beginning)\s+", re.IGNORECASE)


def _with_named_week(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a weekday told right after "last week", "this week" or "next week" as its
    aside is the day of that week (as "Tuesday next week"), whatever the tense."""
    for index in range(1, len(found)):
        week, day = found[index - 1], found[index]
        if day.spec.kind is SpecKind.WEEKDAY and day.spec.in_week is None and \
                day.spec.direction is Direction.TENSE and not day.spec.indefinite and \
                week.spec.kind is SpecKind.RELATIVE and week.spec.unit is Unit.WEEK and \
                week.spec.anchor == "dct" and week.spec.offset in (-1, 0, 1) and \
                week.spec.mod is None and day.start - week.end <= 16 and \
                _WEEK_THEN_DAY.fullmatch(text, week.end, day.start) is not None:
            found[index] = day._replace(
                spec=day.spec.model_copy(update={"in_week": week.spec.offset}))
    return found


# "closed Thursday for Thanksgiving", "closed Monday for the Fourth of July": a feast named
# with "for" right after a weekday, by its day of the year or its place in the month
# "Monday's election", "Sunday's runoff": a vote's count runs on past midnight, so a small hour
# told after it ("spoke to supporters at 1:15 a.m.") is the next day's, as after a feast's eve
_VOTE_AFTER = re.compile(r"[\x27\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:elections?|votes?|voting|"
                         r"runoffs?|run-offs?|primary|primaries|caucus(?:es)?|referendum|"
                         r"plebiscite|polls?|ballot)\b", re.IGNORECASE)
_FOR_FEAST = re.compile(r"\s+for\s+(?:the\s+)?")
_FEAST_RULES = frozenset({"date_holiday", "date_holiday_nth", "date_holiday_easter",
                          "date_holiday_lunisolar"})


def _with_feast_kept(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a weekday told right before "for" and a feast is the day the feast is
    kept on (see ``_feast_kept_on``), whatever the tense."""
    for index in range(1, len(found)):
        day, feast = found[index - 1], found[index]
        if feast.rule in _FEAST_RULES and day.spec.kind is SpecKind.WEEKDAY and \
                day.spec.direction is Direction.TENSE and not day.spec.indefinite and \
                not day.spec.weeks_on and day.spec.in_week is None and \
                _FOR_FEAST.fullmatch(text, day.end, feast.start) is not None:
            found[index - 1] = day._replace(
                spec=day.spec.model_copy(update={"kept_for_feast": True}))
    return found


def _yearless_date(spec: Spec) -> bool:
    """A day or a month written without its year, or a feast, read by tense (or, closing a
    range, counted on from the date that opens it: see ``ranges.with_range_ends_after_starts``)."""
    return spec.kind is SpecKind.DATE and spec.year is None and spec.unit is None and \
        spec.hour is None and (spec.direction is Direction.TENSE or spec.anchor == "previous") \
        and (spec.month is not None or spec.easter is not None or spec.lunisolar is not None)


def _with_span_openers(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where a date written without its year that opens a span closed by another one
    ("between Thanksgiving and New Year's Day", "from Boxing Day to Jan. 2") is marked so (see
    ``_span_opened_before_end``)."""
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        if _yearless_date(first.spec) and first.spec.direction is Direction.TENSE and \
                _yearless_date(second.spec) and \
                joined_as_range(text, first.start, first.end, second.start):
            found[index - 1] = first._replace(
                spec=first.spec.model_copy(update={"opens_span": True}))
    return found


def _span_opened_before_end(items: list[tuple[str, Spec, Tense, int]], number: int,
                            result: Resolution, dct: dt.date) -> Resolution:
    """A day told ahead that opens a span ("will deliver 900 million packages between
    Thanksgiving and New Year's Day", written on 10 December) is the last one before the day
    that closes it, when the next one on or after publication would fall after that closing day,
    itself still to come: the span is under way, not a year off."""
    if number >= len(items) or result.period is None or \
            result.period.granularity is not Granularity.DAY or \
            result.period.start.date() <= dct:
        return result
    _, spec, _, sentence_index = items[number - 1]
    end_spec, end_tense = items[number][1], items[number][2]
    if end_spec.anchor == "previous":  # as told alone, not counted on from this day
        end_spec = end_spec.model_copy(update={"anchor": "dct", "direction": Direction.TENSE})
    end = resolve(end_spec, Context(dct=dct, tense=end_tense, sentence_index=sentence_index))
    if end.period is None or end.period.granularity is not Granularity.DAY or \
            end.period.start.date() < dct or end.period.start >= result.period.start:
        return result
    closing = end.period.start.date()
    opened = resolve(spec, Context(dct=closing, tense=Tense.PAST, sentence_index=sentence_index))
    if opened.period is None or opened.period.start.date() > dct:
        return result
    return dataclasses.replace(opened, explanation=f"the first day of a span under way, which "
                               f"closes on {closing}: the last one on or before that day",
                               anchor="dct")


_BARE_HOLIDAYS = ("the holidays", "the holiday season")
_HOLIDAYS_FEAST_REACH = 8  # sentences back a feast may be what "the holidays" are


def _without_other_feasts_holidays(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` without a bare "the holidays" told after a feast that moves with the moon or
    with Easter, other than Hanukkah, in its sentence or the few before ("closed over Easter
    ... futures traded lower ahead of the holidays"): those are that feast's holidays, not
    the year-end ones the words otherwise name."""
    kept: list[_Found] = []
    feast_sentence: int | None = None
    for item in found:
        spec = item.spec
        if spec.easter is not None or (spec.lunisolar is not None and
                                       spec.lunisolar != "hanukkah"):
            feast_sentence = item.sentence_index
        elif feast_sentence is not None and item.rule == "holiday_season" and \
                item.sentence_index - feast_sentence <= _HOLIDAYS_FEAST_REACH and \
                text[item.start:item.end].lower() in _BARE_HOLIDAYS:
            continue
        kept.append(item)
    return kept


_BARE_HOUR_RULE = "hour_after_clock_time"
_CLOCK_KEPT_SENTENCES = 2  # how many sentences on a clock time still makes bare hours clock times
# a bare figure among prices, scores and margins is no hour: "the shares closed at 4.50", "won by
# 9", "cut the rate by 2"
_NOT_AN_HOUR_NEAR = re.compile(
    r"[$%\u00a3\u20ac]|\b(?:shares?|stocks?|prices?|index|yields?|rates?|pence|cents?|euros?|"
    r"dollars?|pounds?|yen|percent|per\s+cent|points?|votes?|runs|goals|margin|lead|led|won|"
    r"lost|beat|trail(?:ed|ing)?|rose|fell|climbed|dropped|grew|gained|cut|raised|lowered|"
    r"increased|decreased|reduced|score[ds]?|aged?|years?\s+old)\b", re.IGNORECASE)
_NOT_AN_HOUR_BEFORE = 60  # characters before a bare figure searched for those words
_NOT_AN_HOUR_AFTER = 30  # and after it


def _without_hours_off_the_clock(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` without a bare hour ("by 9", "at 7.30": ``hour_after_clock_time``) that no
    clock time told before it, in its sentence or the two before, makes one, or that stands
    among prices, scores or margins (``_NOT_AN_HOUR_NEAR``). A kept one is the reading of its
    figure nearest that clock time: "began at 4 p.m. By 9" is 21:00, "from 9 a.m. to noon ...
    a ceremony at about 11" is 11:00."""
    if all(item.rule != _BARE_HOUR_RULE for item in found):
        return found
    kept: list[_Found] = []
    clock: _Found | None = None  # the last clock time told
    for item in found:
        if item.rule != _BARE_HOUR_RULE:
            if item.spec.hour is not None and item.spec.kind is not SpecKind.SET:
                clock = item
            kept.append(item)
            continue
        if clock is None or item.sentence_index - clock.sentence_index > _CLOCK_KEPT_SENTENCES \
                or _NOT_AN_HOUR_NEAR.search(text, max(item.start - _NOT_AN_HOUR_BEFORE, 0),
                                            item.end + _NOT_AN_HOUR_AFTER) is not None:
            continue
        kept.append(item if clock.spec.twelve_hour else
                    item._replace(spec=_nearest_reading(item.spec, clock.spec)))
        clock = kept[-1]
    return kept


def _nearest_reading(spec: Spec, clock: Spec) -> Spec:
    """A bare hour read in the half of the day that puts it nearest a clock time told before it
    (a tie goes forward, as a story does)."""
    told = (clock.hour or 0) % 24 * 60 + (clock.minute or 0)
    morning = (spec.hour or 0) % 12 * 60 + (spec.minute or 0)
    evening = morning + 12 * 60
    hour = (spec.hour or 0) % 12
    if abs(evening - told) <= abs(morning - told):
        hour += 12
    return spec.model_copy(update={"hour": hour, "twelve_hour": False})


_FEAST_KEPT_DAYS = 3  # a feast falling on a weekend is kept on the Friday before or Monday after
_FEAST_NEAR_DAYS = 14  # how near publication the feast must be to tell the weekday's week


def _feast_kept_on(items: list[tuple[str, Spec, Tense, int]], number: int, dct: dt.date,
                   ) -> Resolution | None:
    """The weekday of item ``number`` that the feast told right after it is kept on: of that
    weekday, the one nearest the feast's day (Thanksgiving on its Thursday, the Monday after a
    Fourth of July on a Sunday); None when the feast has no day."""
    if number >= len(items):
        return None
    _, spec, tense, sentence_index = items[number - 1]
    feast_spec, feast_tense = items[number][1], items[number][2]
    feast = resolve(feast_spec, Context(dct=dct, tense=feast_tense, sentence_index=sentence_index))
    if feast.period is None or feast.period.granularity is not Granularity.DAY:
        return None
    day = feast.period.start.date()
    if abs((day - dct).days) > _FEAST_NEAR_DAYS:
        return None  # a feast far from publication tells nothing of the week meant
    latest = day + dt.timedelta(days=_FEAST_KEPT_DAYS)
    kept = resolve(spec.model_copy(update={"direction": Direction.PAST, "kept_for_feast": False}),
                   Context(dct=latest, tense=tense, sentence_index=sentence_index))
    if kept.period is None:
        return None
    return dataclasses.replace(kept, explanation=f"the {kept.period.start:%A} the feast named "
                               f"after it is kept on (the feast: {feast.value})")


def _bare_month(spec: Spec) -> bool:
    return spec.kind is SpecKind.DATE and spec.month is not None and spec.year is None \
        and spec.day is None and spec.weekday is None and spec.hour is None


def _with_month_range_tenses(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` where the first month of a range written with a hyphen ("January-October",
    "the April-December period") is read with the tense of the second and, like a quarter
    named by its months, anywhere in the year that tense points to: the range is reported
    as a whole, and its first month can be more than the usual window away ("imports in
    January-October were flat", written in November, is this January; so is "from January
    through October, 1,077 people died")."""
    for index in range(len(found) - 1, 0, -1):
        first, second = found[index - 1], found[index]
        if _bare_month(first.spec) and _bare_month(second.spec) \
                and first.spec.month != second.spec.month \
                and joined_as_range(text, first.start, first.end, second.start):
            found[index - 1] = first._replace(
                tense=second.tense, spec=first.spec.model_copy(update={"by_tense": True}))
    return found


# what is found is read again in this order, each pass with what the ones before it marked
_REREADINGS: tuple[Callable[[str, list[_Found]], list[_Found]], ...] = (
    _with_month_range_tenses, _with_resuming, _with_of_days_told, _with_after_day_told,
    _with_counted_before, _with_counted_after, _with_length_from_aside, _with_named_week,
    _with_feast_kept, _with_span_openers, _without_other_feasts_holidays,
    _without_hours_off_the_clock)


def _expressions(text: str, found: list[_Found], dct: dt.date | None,
                 cancel: Cancel = None) -> list[TimeExpression]:
    """The resolved expressions of a parse, each built once."""
    resolutions = _resolutions([(f.id, f.spec, f.tense, f.sentence_index) for f in found],
                               writing_day(text, dct), cancel, dct, _almanac(text))
    # a spec (frozen) dumps alike each time; recognition hands out one object per repeated
    # expression, so keep them by identity (hashing every field costs more than the lookup)
    dumps: dict[int, dict[str, Any]] = {}
    expressions = []
    for item, (result, interval) in zip(found, resolutions, strict=True):
        spec = item.spec
        dump = dumps.get(id(spec))
        if dump is None:
            dump = dumps[id(spec)] = spec.model_dump(mode="json", exclude_defaults=True)
        expressions.append(construct(
            TimeExpression,
            id=item.id, start=item.start, end=item.end, text=text[item.start : item.end],
            type=spec.type, value=result.value,
            granularity=result.granularity if interval is None else interval.granularity,
            mod=spec.mod, anchor=result.anchor, rule=item.rule, explanation=result.explanation,
            sentence_index=item.sentence_index, tense=item.tense, spec=dict(dump),
            interval=interval))
    return expressions


MAX_ANCHORS = 8  # earlier dates kept for anaphoric expressions


def writing_day(text: str, dct: dt.date | None) -> dt.date | None:
    """The day the words "today", "yesterday", "last night" ... are told from: the publication
    date, or the date of the story's dateline when that is one to three days earlier (a story
    filed the day before the paper printed it)."""
    if dct is None:
        return None
    dateline = find_dateline(text)
    return (dateline and day_of_writing(dateline, dct)) or dct


def _told_on_dateline(result: Resolution, written: dt.date, dct: dt.date) -> Resolution:
    """Say in a resolution's reason that it counts from the dateline's day, not publication."""
    if "publication" not in result.explanation or "independent of" in result.explanation:
        return result
    days = (dct - written).days
    reason = result.explanation.replace(f"publication date {written}", f"dateline's date {written}")
    return dataclasses.replace(result, explanation=f"{reason} (the day of writing, from the "
                               f"dateline: {days} day{'s' if days > 1 else ''} before publication"
                               f" on {dct})")


# what opens a "Today in History" column, whose entries ("In 1803, ...", "Ten years ago: ...")
# each tell what happened on the publication's month and day in their year
_ALMANAC_CUES = ("this date", "This date", "in History", "On this day", "On This Day",
                 "years ago:", "year ago:")


def _almanac(text: str) -> bool:
    """Whether ``text`` is an almanac of the day's anniversaries (a few fixed substrings)."""
    return any(cue in text for cue in _ALMANAC_CUES)


def _almanac_day(period: Period, dct: dt.date | None) -> Period:
    """In an almanac, a past year an entry names stands for the publication's month and day
    in it ("On this date: In 1803, ... 20 days later" counts from Nov. 30, 1803)."""
    if dct is None or period.granularity is not Granularity.YEAR or \
            period.start.year >= dct.year:
        return period
    try:
        return day_period(dct.replace(year=period.start.year))
    except ValueError:  # Feb. 29 in a year with none
        return period


def _resolutions(items: list[tuple[str, Spec, Tense, int]], dct: dt.date | None,
                 cancel: Cancel = None, published: dt.date | None = None,
                 almanac: bool = False) -> list[tuple[Resolution, Interval | None]]:
    """Resolve (id, spec, tense, sentence index) in text order, tracking the last date
    mentioned; each resolution with its interval. ``dct`` is the day of writing (see
    ``writing_day``); ``published``, when another, the publication date; ``almanac``: the
    text is a "Today in History" column (see ``_almanac_day``)."""
    dateline = (dct, published) if dct is not None and published is not None and \
        published != dct else None
    previous: Anchor | None = None
    earlier: tuple[Anchor, ...] = ()
    before_christ: BcDate | None = None  # the story is in a year before Christ
    resolved = []
    later = _Later(items)
    # only offsets from an earlier date read the dates mentioned before; any other spec
    # resolves the same for the same tense (the publication date is fixed here): resolve once
    fixed: dict[tuple[Spec, Tense], Resolution] = {}
    # recognition hands out one spec object per repeated expression: look it up by identity
    # first (hashing a spec's 38 fields costs more than resolving some); the spec is kept in
    # the entry, so its id cannot be reused by another
    last_fixed: dict[int, tuple[Spec, Tense, Resolution]] = {}
    traits: dict[int, tuple[Spec, bool, bool]] = {}  # the same: whether context-free, an anchor
    anchored: _Anchored = {}
    in_order = _list_years(items, dct)
    # sentences naming the day of writing itself ("tonight", "this morning"), not as a report's
    today_told = {sentence_index for _, spec, _, sentence_index in items
                  if spec.anchor == "dct" and spec.unit is Unit.DAY and not spec.offset and
                  spec.kind is SpecKind.RELATIVE and not spec.background}
    order = _ListOrder(dct)
    told_day: tuple[dt.date, int] | None = None  # the day last told, and its sentence
    document: tuple[dt.date, int] | None = None  # the day a document is dated, and its sentence
    # ... when it was one day, not a span of days ("the weekend"), which a list's first weekday
    # entry may fall inside ("plans for the weekend follow. SATURDAY: ...")
    told_one_day: tuple[dt.date, int] | None = None
    reported: Anchor | None = None  # the day of a report, "said Sunday", in its sentence
    week_told: Anchor | None = None  # a day dated with its weekday, "Friday, Feb. 1"
    # the text's first date, a day by month and day ("April 18"), or a day long past
    day_dated: Anchor | None = None
    day_opened: Anchor | None = None  # the last day told by month and day, a journey's first
    # the days bare weekdays named, counted from publication ("found on Sunday"): named again
    # ("came upon the remains Sunday afternoon"), the weekday is that day, not a scene's
    weekdays_named: set[dt.date] = set()
    # the days bare weekdays told ahead of publication fell on, and the days counted from them
    # ("arrives Sunday ... a banquet on the second evening ... talks Tuesday"): a journey's steps
    days_ahead: set[dt.date] = set()
    stepped: set[dt.date] = set()  # the days a step moved a weekday to: a journey under way
    since_year: Anchor | None = None  # the date last told, if an anchor only as "since 2006"
    since_told: Anchor | None = None  # a "since" date told after the last anchor
    since_when = False  # whether that date was set off by ", when ..." telling what happened then
    # the hour of the last clock time, its sentence, and the hour the part of the day it was in ends
    clock: tuple[int, int, int] | None = None
    evening_told = -1  # the sentence of the last evening or night named, of a day or of every day
    # the day of the last clock time of an evening, told with no day of its own, and its sentence
    # (or that of a small hour told after it past midnight): "close at 10pm ... most seats
    # declare between 3am and 5am"
    night: tuple[dt.date, int] | None = None
    # the last clock time and its sentence; a night told from an evening clock time to a morning
    # one in one sentence ("between 9 p.m. and 1 a.m. Sunday"), and its sentence
    last_clock: tuple[dt.datetime, int] | None = None
    night_told: tuple[dt.datetime, dt.datetime, int] | None = None
    unknown_day: tuple[str, int] | None = None  # with no publication date: a day's value, its sentence
    entry_day: dt.date | None = None  # the day heading the journal's entry being read
    past_entry = -1  # the sentence of the last list entry opening with a day before publication
    # dates told so far, all a decade before publication (-1: one was not, the text is news);
    # two of them make a history (see ``story_year``)
    old_dates = 0 if dct is not None else -1
    recent_year = 0 if dct is None else dct.year - STORY_GAP_YEARS
    for number, (expression_id, spec, tense, sentence_index) in enumerate(items, start=1):
        reason = None
        if tense is Tense.PRESENT and sentence_index == past_entry:
            tense = Tense.PAST  # a chronology's present: "April 19 - He is found Friday evening."
        halved = False  # "10:41" after "10:20 p.m.": read in the afternoon's half of the day
        if spec.twelve_hour:
            halved_spec = _same_half_of_day(spec, clock, sentence_index)
            halved, spec = halved_spec is not spec, halved_spec
            if not halved and evening_told == sentence_index and spec.bare_time:
                spec = in_the_evening(spec)  # "Friday night at 8:30": 20:30
        if spec.birth_date and dct is not None and spec.year is not None and \
                spec.year <= dct.year - BIRTH_LONG_AGO:
            spec = spec.model_copy(update={"background": True})  # names who is meant
        if (spec.until or _first_hour_after_midnight(spec) and not spec.aside) and spec.bare_time and \
                not spec.offset and _before_the_clock(spec, clock, sentence_index):
            spec = spec.model_copy(update={"unit": Unit.DAY, "offset": 1})
        if number in in_order:
            spec = spec.model_copy(update={"framed_year": in_order[number]})
        elif spec.list_entry and dct is not None:
            order.follow(told_one_day, spec, tense, sentence_index)
            spec, reason = order.spec_for(spec)
            if reason is None and tense is not Tense.FUTURE:
                spec, reason = _after_dated_entry(spec, told_day, dct)
        if cancel is not None and number % ITEM_STRIDE == 0:
            check(cancel)
        known = traits.get(id(spec))
        if known is None or known[0] is not spec:
            known = traits[id(spec)] = (spec, _context_free(spec), _is_anchor(spec))
        _, context_free, an_anchor = known
        # without a publication date, a date without its year takes the year of the story
        # with one, a past scene keeps the distant year just named ("In 1976 ... on June 26")
        in_story = context_free and \
            (story_year(spec, previous, dct, tense, sentence_index, old_dates >= 2) is not None
             or month_told_before(spec, previous, earlier, dct, tense, sentence_index) is not None)
        # unless its sentence goes on to a day of this week: then it is this year's, as news is
        present = in_story and previous is not None and \
            previous.sentence_index < sentence_index and _this_week_later(items, number, dct, later)
        in_story = in_story and not present
        result = None
        speaker = _speakers_day(spec, dct, reported if reported is not None and  # "said Sunday"
                                reported.sentence_index == sentence_index else previous,
                                sentence_index)
        if speaker is None and spec.quoted and dct is not None:
            speaker = _reported_later(items, number, dct, later)
        if spec.in_quotation and document is not None and dct is not None and \
                sentence_index - document[1] <= _SPEECH_SENTENCES and \
                (reported is None or reported.sentence_index != sentence_index) and \
                later.report(number) is None:
            speaker = document[0]  # quoted from a document: counted from the date it carries
            # a day the document looks ahead to ("revisit tomorrow morning") is its plan, not
            # the story's: "two days later" still counts from the document's day
            an_anchor = an_anchor and not (spec.offset or 0) > 0
        kept = _feast_kept_on(items, number, dct) if spec.kept_for_feast and dct is not None \
            else None
        if kept is not None:
            result = kept
        elif speaker is None and entry_day is not None and spec.in_entry and (
                _entry_day_word(spec) or context_free or
                # a figure's "a year ago" set against one told in the entry: the entry's year
                (spec.ago and spec.anchor == "nearby" and not spec.contrast) or (
                # a clock time with no day of its own, no other day told since the entry's
                spec.bare_time and previous is not None and
                previous.period.start.date() == entry_day)):
            result = resolve(spec, Context(dct=entry_day, tense=tense, sentence_index=sentence_index))
            result = dataclasses.replace(result, explanation=f"{result.explanation}; in a "
                                         f"journal's entry: the day heading it, {entry_day}")
        elif speaker is not None:
            result = resolve(spec, Context(dct=speaker, tense=tense, sentence_index=sentence_index))
            result = dataclasses.replace(result, explanation=f"{result.explanation}; in a "
                                         f"quotation: the speaker's day, {speaker}, told before")
        elif context_free and not in_story:
            hit = last_fixed.get(id(spec))
            if hit is not None and hit[0] is spec and hit[1] is tense:
                result = hit[2]
            else:
                result = fixed.get((spec, tense))
                if result is not None:
                    last_fixed[id(spec)] = (spec, tense, result)
        if result is None:
            ctx = Context(dct=dct, tense=tense, previous=previous,
                          sentence_index=sentence_index, earlier=earlier,
                          before_christ=before_christ, history=old_dates >= 2)
            if in_story:
                result = resolve(spec, ctx)
            elif context_free:
                result = fixed[(spec, tense)] = resolve(
                    spec, ctx._replace(previous=None, earlier=()) if present else ctx)
                last_fixed[id(spec)] = (spec, tense, result)
            elif before_christ is not None:
                result = resolve(spec, ctx)  # counted from a year with no period: not reused
            else:
                if spec.from_day_dated and day_opened is None and previous is not None:
                    # "sails tomorrow ... Cologne on Day 3 and Rudesheim on Day 4": with no
                    # dated first day, the day the first count is made from stays day one
                    day_opened = previous
                if spec.from_day_dated and day_opened is not None:
                    # "set out on Feb. 20 ... The next morning ... On the third day": Feb. 22
                    ctx = ctx._replace(previous=day_opened, earlier=(previous, *earlier)
                                       if previous is not None else earlier)
                elif since_told is not None and since_told.sentence_index == sentence_index \
                        and (_follows_since(spec, tense, since_told) or
                             since_when and spec.bare_time and tense is Tense.PAST):
                    # "freed Thursday ... had been held since October 2015 and sentenced the
                    # following April": the April after the date the clause counts from; and
                    # "closed since Sunday, when a train struck a landslip at 9:42 p.m.": that
                    # Sunday's clock time
                    ctx = ctx._replace(previous=since_told, earlier=(previous, *earlier)
                                       if previous is not None else earlier)
                elif spec.bare_time and spec.anchor == "nearby" and previous is not None and \
                        previous.aside:
                    # "Cameron, who flew home on Tuesday, opened the debate at 11.35am": the
                    # clock time is on the day told before the aside, or publication's
                    ctx = ctx._replace(previous=earlier[0] if earlier else None,
                                       earlier=earlier[1:])
                elif spec.kind is SpecKind.RELATIVE and spec.anchor == "previous" and \
                        spec.unit in (Unit.DAY, Unit.WEEK) and previous is not None and \
                        previous.aside and previous.period.granularity in _COARSER_THAN_DAY:
                    # "Pruitt, who graduated in 1971, wore it to church the next day": the day
                    # after the one told before the aside, not a day of 1971
                    ctx = ctx._replace(previous=earlier[0] if earlier else None,
                                       earlier=earlier[1:])
                elif spec.anchor == "story" and reported is not None and previous is not None \
                        and reported.sentence_index == sentence_index > previous.sentence_index:
                    # "1984 ... a commander said on Friday that it could be done by the end of
                    # the year": the speaker's year, that of the day of the report
                    ctx = ctx._replace(previous=reported, earlier=(previous, *earlier))
                elif previous is None and reported is not None and (
                        spec.anchor == "previous" or (spec.anchor == "nearby" and tense is Tense.PAST and
                                                      reported.sentence_index == sentence_index)):
                    # "North Korea said Monday it had tested a bomb, and the council met the
                    # same day": with no day of the story told, the day of the report is counted
                    # from, and a time of day gone by in its sentence is on it ("officials said
                    # Friday the fire was out by noon"; not "will appear at 10 a.m.")
                    ctx = ctx._replace(previous=reported)
                elif spec.bare_time and tense is Tense.PAST and reported is not None and \
                        _clock_after_report(reported, previous, dct, sentence_index):
                    # "will close in September, the company said Wednesday. The workers were
                    # told at 3:30 p.m.": a clock time gone by, told right after a report with
                    # no day of the story told since, is on the day of the report
                    ctx = ctx._replace(previous=reported, earlier=(previous, *earlier)
                                       if previous is not None else earlier)
                elif reported is not None and previous is not None and tense is Tense.PAST \
                        and told_part_of_day(spec) and usable_anchor(spec, ctx) is None:
                    # "said Thursday it would cut jobs by the end of March ... Shares rose that
                    # afternoon": no day of the story gone by told since, the day of the report
                    ctx = ctx._replace(previous=reported, earlier=(previous, *earlier))
                elif previous is not None and previous is since_year and reported is not None \
                        and _day_from_report(spec, reported, previous):
                    # "said Wednesday it had tested a bomb, its fourth since 2006 ... met the same
                    # day": a day counted from the report's, not from the year it has been since
                    ctx = ctx._replace(previous=reported, earlier=(previous, *earlier))
                elif previous is not None and reported is not None and \
                        (not previous.dated or reported.sentence_index > previous.sentence_index) and \
                        previous.period.granularity is Granularity.YEAR and \
                        _day_from_report(spec, reported, previous):
                    # "reported on Tuesday that it plans to double production by the end of the
                    # year. Nintendo denied it the same day": the day of the report, not the
                    # year its sentence counted from publication; so too a year told in a
                    # sentence before the report ("will follow in 2018. Researchers said Tuesday
                    # they had found a flaw. Adobe issued a fix the same day")
                    ctx = ctx._replace(previous=reported, earlier=(previous, *earlier))
                elif spec.bare_time and spec.anchor == "nearby" and previous is not None and \
                        previous.sentence_index < sentence_index and sentence_index in today_told:
                    # "Tanks rolled in Monday ... A curfew from 11 p.m. to 5 a.m. was ordered
                    # tonight": a clock time whose own sentence names the day of writing is on it
                    ctx = ctx._replace(previous=None, earlier=())
                elif spec.recalls_moment and previous is not None and \
                        (latest := _latest_day_near(previous, earlier, sentence_index)) \
                        is not previous:
                    # "killed 200,000 on Dec. 26, 2004. Sirens sounded at 8:16 a.m., the moment
                    # it struck a year ago": on the latest day told, not the day it recalls
                    ctx = ctx._replace(previous=latest, earlier=(previous, *earlier))
                elif spec.contrast and reported is not None and \
                        reported.sentence_index == sentence_index and \
                        (previous is None or previous.sentence_index < sentence_index):
                    ctx = ctx._replace(previous=reported)  # "announced Friday, not Thursday"
                # set against the date right before it, which the reuse below does not key on
                result = resolve(spec, ctx) if spec.contrast else \
                    _resolve_anaphoric(spec, ctx, anchored)
        if spec.opens_span and dct is not None and tense in (Tense.FUTURE, Tense.PRESENT):
            result = _span_opened_before_end(items, number, result, dct)
        if spec.counted_before is not None and dct is not None and result.period is not None:
            result = _counted_from_publication(spec, result, dct, Context(
                dct=dct, tense=Tense.FUTURE, previous=previous, sentence_index=sentence_index,
                earlier=earlier, before_christ=before_christ))
            if previous is not None and previous.sentence_index == sentence_index:
                result = weekday_counted_back_to(spec, result, previous)
        elif spec.counted_after is not None and dct is not None and result.period is not None:
            result = _counted_from_publication(spec, result, dct, Context(
                dct=dct, tense=Tense.PAST, previous=previous, sentence_index=sentence_index,
                earlier=earlier, before_christ=before_christ))
        if tense is Tense.FUTURE and spec.by_tense:  # "rose Wednesday ahead of Thanksgiving"
            day_told = reported if reported is not None and \
                reported.sentence_index == sentence_index else previous
            if day_told is not None and day_told.sentence_index == sentence_index:
                result = _ahead_of_day_told(spec, result, day_told, dct, sentence_index) or result
        if spec.kind is SpecKind.WEEKDAY and result.period is not None and dct is not None:
            if spec.background:
                reported = Anchor(expression_id, result.period, sentence_index)
            elif reported is not None and tense is Tense.FUTURE and \
                    spec.direction is Direction.TENSE and \
                    (reported.sentence_index == sentence_index or spec.reported_would and (
                        previous is None or previous.sentence_index < sentence_index)):
                # "Police said Sunday ... The chief said he would give an update Monday": a
                # later report with no day of its own is counted from the day told for the first
                if not spec.writers_will:  # the writer's "will": still ahead of publication
                    result = weekday_after_report(spec, result, reported)
            elif spec.resumes and tense is not Tense.PAST and previous is not None and \
                    previous is week_told and \
                    _resumes_after_day_ahead(previous, result, dct, sentence_index):
                result = weekday_resuming_after(spec, result, previous)
            elif week_told is not None and _in_told_week(spec, tense, previous, week_told):
                result = weekday_in_told_week(spec, result, week_told)
            elif day_dated is not None and _scene_hour_after_day(spec, tense, previous, day_dated,
                                                                 sentence_index) and \
                    (result.period is None or result.period.start.date() not in weekdays_named):
                result = weekday_in_told_week(spec, result, day_dated, by_weekday=False)
            elif previous is not None and _planned_on_old_day(spec, tense, previous, dct,
                                                              sentence_index) and \
                    (result.period is None or result.period.start.date() not in days_ahead):
                # (not a day the story already named ahead of publication: "set to lapse at
                # 12:01 a.m. Monday ... passed weeks after the attacks of Sept. 11, 2001. He
                # said the Senate would resume debate Monday" is that same Monday)
                result = weekday_after_report(spec, result, previous)
            elif spec.counted_after is not None and previous is not None and \
                    previous.sentence_index == sentence_index and \
                _COUNTED_DAYS.fullmatch(spec.counted_after) is not None and \
                    weekday_counted_after_told(spec, result, previous) is not result:
                # "by Wednesday, four days after Saturday's election": counted back from the
                # day told before it
                result = weekday_counted_after_told(spec, result, previous)
            elif spec.span_end and previous is not None and tense is not Tense.PAST and \
                    _ends_span_opened_ahead(spec, previous, result, dct, sentence_index):
                result = weekday_ending_span(spec, result, previous)
            elif previous is not None and _after_told_ahead(spec, tense, previous, dct,
                                                            sentence_index):
                step = _next_step(spec, tense, previous, result, sentence_index, days_ahead,
                                  stepped)
                result = weekday_after_told_ahead(spec, result, previous, dct, step=step)
                if spec.span_end and _ends_span_told(spec, previous, sentence_index):
                    # still a span's end: "opens Thursday and runs through Sunday", on a Friday
                    result = weekday_ending_span(spec, result, previous)
                if step and result.period is not None:
                    stepped.add(result.period.start.date())
            elif spec.span_end and previous is not None and _ends_span_told(spec, previous,
                                                                            sentence_index):
                result = weekday_ending_span(spec, result, previous)
            elif previous is not None and _next_step(spec, tense, previous, result,
                                                     sentence_index, days_ahead, stepped):
                result = weekday_after_told_ahead(spec, result, previous, dct, step=True)
                if result.period is not None:
                    stepped.add(result.period.start.date())
            if tense is Tense.NONE and days_ahead and spec.direction is Direction.TENSE and \
                    not spec.indefinite and result.period is not None and \
                    result.period.start.date() < dct:
                # no clear tense, but the story already named this weekday ahead: the same day
                result = weekday_named_ahead(spec, result, days_ahead)
            if spec.after_day_told and previous is not None and \
                    previous.sentence_index == sentence_index:
                result = weekday_before_told(spec, result, previous)
            if spec.of_days_told and dct is not None and previous is not None and \
                    (ahead := _day_told_ahead(previous, earlier, dct, sentence_index)) is not None:
                result = weekday_near_told_ahead(spec, result, ahead, dct)
            if spec.direction is Direction.TENSE and not spec.indefinite and \
                    result.period is not None and result.period.start.date() > dct:
                days_ahead.add(result.period.start.date())
            if result.anchor == "dct" and spec.direction is Direction.TENSE and \
                    not spec.indefinite and result.period is not None:
                weekdays_named.add(result.period.start.date())
        if night is not None and _small_hours_of_night_told(spec, tense, result, night,
                                                            sentence_index, dct):
            result = _after_midnight_of(spec, result, night[0], Context(
                dct=dct, tense=tense, sentence_index=sentence_index))
        if dct is not None and night_told is not None and (window_day := _inside_night_told(
                items[number - 1][1], result, night_told, sentence_index)) is not None:
            result = _moved_into_night(spec, result, window_day, Context(
                dct=dct, tense=tense, sentence_index=sentence_index))
        if halved:
            result = dataclasses.replace(result, explanation=f"{result.explanation}; no a.m. or "
                                         "p.m.: the half of the day of the time told before")
        if reason is not None:  # a weekday's reason is the list's order alone
            result = dataclasses.replace(result, explanation=reason if reason.startswith(
                "the first") else f"{result.explanation}; {reason}")
        if dateline is not None:
            result = _told_on_dateline(result, *dateline)
        period = result.period
        if spec.document_date and period is not None and dct is not None and \
                period.end - period.start <= _ONE_DAY and period.start.date() < dct:
            document = (period.start.date(), sentence_index)
        if old_dates >= 0 and period is not None:
            old_dates = old_dates + 1 if period.end.year <= recent_year else -1
        if dct is None and period is None:
            if spec.bare_time:
                result = _on_unknown_day(result, unknown_day, sentence_index)
            elif result.value == _UNKNOWN_DATE and spec.anchor == "previous":
                result = _days_after_unknown_weekday(result, spec, unknown_day, sentence_index)
            if spec.kind in (SpecKind.WEEKDAY, SpecKind.DATE, SpecKind.RELATIVE) and \
                    not spec.bare_time and _UNKNOWN_DAY.fullmatch(result.value):
                unknown_day = (result.value, sentence_index)
        interval = None if period is None else construct(
            Interval,
            start=period.start, end=period.end, granularity=period.granularity)
        resolved.append((result, interval))
        if previous is not None and period is not None and dct is not None and \
                result.anchor == previous.expression_id and period.start.date() > dct and \
                previous.period.start.date() in days_ahead and period.end - period.start <= _ONE_DAY:
            days_ahead.add(period.start.date())  # "on Sunday ... on the second evening": a step
        if period is not None and period.granularity in _CLOCK:
            clock = (period.start.hour, sentence_index, 24)
            if last_clock is not None and last_clock[1] == sentence_index and \
                    last_clock[0].date() < period.start.date() and \
                    period.start - last_clock[0] < _ONE_DAY and \
                    last_clock[0].hour >= _EVENING_HOUR and period.start.hour < _NOON_HOUR:
                night_told = (last_clock[0], period.start, sentence_index)
            last_clock = (period.start, sentence_index)
            night = _night_told(spec, result, period, night, previous, sentence_index)
        elif period is not None and result.value[-3:] in _EVENING_HOURS:
            # "a shooting late last night ... happened at about 10:45": at 22:45, that evening
            told, until = _EVENING_HOURS[result.value[-3:]]
            clock = (told, sentence_index, until)
        elif period is not None and result.value.endswith(_MORNING):
            clock = None  # "that night ... The next morning, at 11:38": the morning's half
        if result.value[-3:] in EVENING_PARTS:
            evening_told = sentence_index
        if spec.journal_entry and period is not None and period.granularity is Granularity.DAY:
            entry_day = period.start.date()
        if spec.list_entry and period is not None and period.granularity is Granularity.DAY:
            order.day = period.start.date()
            if dct is not None and order.day < dct:
                past_entry = sentence_index
        if period is not None and (period.granularity is Granularity.DAY or
                                   period.granularity in _CLOCK):
            told_day = (period.start.date(), sentence_index)
            told_one_day = told_day if period.end - period.start <= _ONE_DAY else None
        if previous is not None and spec.anchor == "nearby" and \
                result.anchor == previous.expression_id:  # "9:40 a.m.": still on that day
            previous = previous._replace(sentence_index=sentence_index)
            if previous.ago and previous.day is not None and period is not None and \
                    previous.day.start.date() == period.start.date():
                # "Ten years ago, at 4:31 a.m., ...": the story is on that day now
                previous = previous._replace(period=previous.day, ago=False, day=None)
            if period is not None and (spec.hour is None or _clock_moves_on(
                    spec, items, number, sentence_index)) and \
                    period.start.date() > previous.period.start.date() and \
                    previous.period.granularity not in _DAYS_AND_LONGER:
                # "the evening before ... By dawn": past midnight, the story is on the next day;
                # so it is after a clock time in the small hours ("the night of Feb. 11 ... not
                # reached until 3:10 a.m. He died in hospital that morning": Feb. 12's morning),
                # but not "at 2:30 a.m. the next day", whose day is told after it
                earlier = (previous, *earlier[:MAX_ANCHORS])
                previous = Anchor(expression_id, period, sentence_index)
        elif previous is not None and _goes_on_in_scene(spec, tense, previous, sentence_index, dct):
            previous = previous._replace(sentence_index=sentence_index)
        elif previous is not None and spec.bare_time and spec.anchor == "nearby" and \
                result.anchor != "dct" and period is not None and \
                previous.period.granularity in _COARSER_THAN_DAY and \
                (back := next((a for a in earlier if a.expression_id == result.anchor), None)) \
                is not None and back.period.granularity is Granularity.DAY:
            # "on Thursday ... [a veteran's war in the 1940s] ... closed from 9am until 1pm.
            # Buses run a Sunday timetable that day": a clock time on a day told further back,
            # past a year, a decade, a season or a month told since ("decommissioned yesterday
            # ... launched in April 1953 ... The ceremony began at 2pm ... home in July"), brings
            # the story back to that day
            earlier = (previous, *earlier[:MAX_ANCHORS])
            previous = back._replace(sentence_index=sentence_index)
        if spec.reaches_now and previous is not None and dct is not None and \
                previous.sentence_index == sentence_index and previous.dated and \
                _years_up_to(result.value, previous.period, dct):
            # "arrested in May 2020, has spent more than five years behind bars": the story has
            # run on from that month to publication, so it opens no scene ("In June" is news)
            previous = previous._replace(since=True)
        if period is not None and an_anchor:
            since_told = None
        elif period is not None and spec.since:
            since_told = Anchor(expression_id, period, sentence_index, since=True)
            since_when = spec.since_when
        if period is not None and (an_anchor or (spec.since and previous is None)):
            landed = _weeks_landed_on(spec, period, previous) or _years_ago_day(spec, period, dct)
            if previous is not None:
                earlier = (previous, *earlier[:MAX_ANCHORS])
            previous = Anchor(expression_id, _almanac_day(period, dct) if almanac else period,
                              sentence_index, spec.ago and spec.anchor == "dct",
                              spec.mod == "END" or spec.eve,
                              since=not an_anchor, part=spec.mod in _PARTS or spec.opens_sentence,
                              dated=spec.year is not None,
                              ends=spec.end_point or spec.span_end, day=landed,
                              names_thing=spec.names_thing, range_end=spec.range_end,
                              spans_years=spec.spans_years, aside=spec.closes_aside)
            if spec.told_weekday is not None:  # "Monday, Aug. 29": the story is told by weekdays
                week_told = previous
            elif spec.kind is SpecKind.DATE and spec.month is not None and \
                    spec.day is not None and (not earlier and reported is None or
                                              _long_past_day(spec, period, dct) and
                                              not _aside_to_news_of_now(earlier, dct, sentence_index)):
                day_dated = previous  # the day the story opens on, or one dated with its year
                # long before publication ("He was abducted early on Jan. 9, 2022"); not a day
                # told after a report of this week ("said on Sunday that ... after the race on
                # May 1. He learned of it Saturday morning": the Saturday before publication)
            elif day_dated is not None and dct is not None and \
                    _aside_to_news_of_now((previous,), dct, sentence_index) and \
                    (dct - day_dated.period.end.date()).days >= SCENE_DAYS_PAST:
                # "marked the anniversary of VE Day today": back in the news of now, a
                # weekday is no longer a scene of that day's story
                day_dated = None
            if spec.kind is SpecKind.DATE and spec.month is not None and spec.day is not None:
                day_opened = previous
            since_year = None if an_anchor else previous
            before_christ = None
        elif period is None and an_anchor and result.value.startswith("BC"):
            bc_date = _BC_DATE.fullmatch(result.value)  # "210 BC", "2 August 216 BC"
            if bc_date is not None:
                month, day = (int(bc_date[part]) if bc_date[part] else None
                              for part in ("month", "day"))
                before_christ = BcDate(expression_id, int(bc_date["year"]), month, day)
                previous, earlier = None, ()
    return _nowadays_before_old_dates(items, resolved, dct)


_NOWADAYS = Resolution("PRESENT_REF", None, "today, opening a sentence told in the present that "
                       "goes on to a time decades before publication: nowadays, set against it")


def _nowadays_before_old_dates(items: list[tuple[str, Spec, Tense, int]],
                               resolved: list[tuple[Resolution, Interval | None]],
                               dct: dt.date | None) -> list[tuple[Resolution, Interval | None]]:
    """``resolved`` where "Today," opening a sentence told in the present sets it against a
    time a decade or more back later in that sentence ("Today, the 1955 Bandung Conference is
    remembered as a turning point", "Today he plays 150 shows a year; in the 1980s it was 250"):
    the present in general, as after such a time told before it (the resolver's ``_nowadays``);
    not against a recent one ("Today the court hears the appeal of a 2019 ruling")."""
    if dct is None:
        return resolved
    for index, (_, spec, tense, sentence_index) in enumerate(items):
        if spec.figure_now and resolved[index][0].value == dct.isoformat() and \
                _year_a_decade_away(items, resolved, index, sentence_index, dct):
            resolved[index] = (_NOW_AGAINST, None)
            continue
        if not spec.opening or tense is not Tense.PRESENT or \
                resolved[index][0].value != dct.isoformat():
            continue
        for later in range(index + 1, len(items)):
            if items[later][3] != sentence_index:
                break
            interval = resolved[later][1]
            if interval is not None and interval.end.year <= dct.year - STORY_GAP_YEARS:
                resolved[index] = (_NOWADAYS, None)
                break
    return resolved


_NOW_AGAINST = Resolution("PRESENT_REF", None, "today dating a figure that its sentence sets "
                          "against a year a decade or more away: nowadays")


def _year_a_decade_away(items: list[tuple[str, Spec, Tense, int]],
                        resolved: list[tuple[Resolution, Interval | None]], index: int,
                        sentence_index: int, dct: dt.date) -> bool:
    """Whether the sentence of ``items[index]`` names a time a decade or more before or after
    publication ("by 2050", "in 1990"), against which its figure for today is the level now."""
    for other, item in enumerate(items):
        interval = resolved[other][1]
        if other == index or item[3] != sentence_index or interval is None:
            continue
        if interval.start.year >= dct.year + STORY_GAP_YEARS or \
                interval.end.year <= dct.year - STORY_GAP_YEARS:
            return True
    return False


_AHEAD_DAYS = 7  # how recent a day told must be for a date ahead of it to count from it


def _ahead_of_day_told(spec: Spec, result: Resolution, previous: Anchor, dct: dt.date | None,
                       sentence_index: int) -> Resolution | None:
    """A yearly day told in the future tense beside a day just before publication looks ahead
    from that day: "Stocks rose Wednesday ahead of Thanksgiving", published the Friday after,
    is the Thanksgiving of that week, not next year's. None when it counts from publication."""
    period = result.period
    if dct is None or period is None or period.start.date() <= dct or spec.year is not None \
            or previous.period.granularity is not Granularity.DAY:
        return None
    day = previous.period.start.date()
    if not 0 < (dct - day).days <= _AHEAD_DAYS:
        return None
    ahead = resolve(spec, Context(dct=day, tense=Tense.FUTURE, sentence_index=sentence_index))
    if ahead.period is None or not day < ahead.period.start.date() <= dct:
        return None
    return dataclasses.replace(ahead, explanation=f"{ahead.explanation}: ahead of {day}, the "
                               "day its sentence tells", anchor=previous.expression_id)


def _goes_on_in_scene(spec: Spec, tense: Tense, previous: Anchor, sentence_index: int,
                      dct: dt.date | None) -> bool:
    """A length told in the past in the sentence after a date goes on in that date's scene:
    "On Nov. 27, 1950, the Chinese struck. For 17 days, the division fought its way south. The
    last ships sailed on Dec. 24": Dec. 24, 1950, the scene still being told. A date still to
    come is no scene told in the past: "the drills will run until Feb. 20. Ukraine launched its
    own 10-day drills the same day" is not on Feb. 20."""
    return spec.kind is SpecKind.DURATION and tense is Tense.PAST and \
        previous.sentence_index == sentence_index - 1 and \
        (dct is None or previous.period.start.date() <= dct)


_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44}
COUNTED_SLACK = 0.15  # of the length counted: "ten weeks before" Sept. 26, told on July 15


def _off_by(period: Period, target: dt.date) -> int:
    """How many days ``target`` lies from ``period``'s start, or none when it falls within a
    month or longer that ``period`` spans (a count in months lands somewhere in its month)."""
    start, end = period.start.date(), period.end.date()
    if (end - start).days > 1 and start <= target < end:
        return 0
    return abs((start - target).days)


def _counted_from_publication(spec: Spec, result: Resolution, dct: dt.date,
                              ahead: Context) -> Resolution:
    """A day read the usual way, unless the length counted before it ("three days before
    Sunday's runoff", told on a Friday) lands on the coming one and not on the one read: then
    the coming one (and a length counted after it, "today, 41 days after Election Day", on the
    one gone). Told after the event ("a poll taken three days before Sunday's vote", written
    on Monday), the count is from something else and the usual reading stands."""
    value = spec.counted_before or spec.counted_after or ""
    after = spec.counted_before is None
    if _COUNTED_DURATION.fullmatch(value) is None:
        return result  # "days before Saturday": no count to take from publication
    days = int(value[1:-1]) * _UNIT_DAYS[value[-1]]
    slack = max(1.0, days * COUNTED_SLACK)
    try:
        target = dct + dt.timedelta(days=-round(days) if after else round(days))
    except OverflowError:  # counted past the calendar's first or last day: nothing to compare
        return result
    period = result.period
    if period is None or _off_by(period, target) <= slack:
        return result
    direction = Direction.PAST if after else Direction.FUTURE
    other = resolve(spec.model_copy(update={"direction": direction, "possessive": False}),
                    ahead)
    if other.period is None or _off_by(other.period, target) > slack:
        return result
    side = "after it back" if after else "before it"
    which = "gone" if after else "coming"
    return dataclasses.replace(other, explanation=(
        f"{value} counted {side} from the publication date {dct} lands on the {which} "
        f"one: {other.explanation}"))


_CLOCK = (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND)

# the hours from which and until which an afternoon, an evening or a night is told: a clock time
# without a.m. or p.m. after one is in the afternoon's half of the day if it can fall then ("at
# 10:45" after "last night", "shortly before two o'clock" after "this afternoon", though not
# "at 9:30")
_EVENING_HOURS = {"TAF": (12, 18), "TEV": (18, 24), "TNI": (21, 24)}
_MORNING = "TMO"
_DAY_OR_FINER = (Granularity.WEEK, Granularity.DAY, Granularity.PART_OF_DAY, *_CLOCK)
_DAYS_AND_LONGER = tuple(g for g in Granularity if g not in (Granularity.PART_OF_DAY, *_CLOCK))
_PARTS = ("START", "MID", "END")  # "early 1943", "mid-1943", "late 1943": a part of the year


def _clock_moves_on(spec: Spec, items: list[tuple[str, Spec, Tense, int]], number: int,
                    sentence_index: int) -> bool:
    """Whether a bare clock time (the ``number``-th item, counted from 1) that has gone past
    midnight moves the story to the next day: not when a day counted from the one told before
    follows in its sentence ("at 2:30 a.m. the next day")."""
    if not spec.bare_time or spec.offset:
        return False
    if number < len(items):
        _, following, _, following_sentence = items[number]
        return following_sentence != sentence_index or following.anchor != "previous"
    return True


def _latest_day_near(previous: Anchor, earlier: tuple[Anchor, ...],
                     sentence_index: int) -> Anchor:
    """The latest day (or time) told within a couple of sentences, the last one told first."""
    latest = previous
    for anchor in earlier:
        if sentence_index - anchor.sentence_index > NEARBY_SENTENCES:
            break
        if anchor.period.end - anchor.period.start <= _ONE_DAY and \
                anchor.period.start > latest.period.start:
            latest = anchor
    return latest


def _day_told_ahead(previous: Anchor, earlier: tuple[Anchor, ...], dct: dt.date,
                    sentence_index: int) -> Anchor | None:
    """The last day (or time) told after publication within a couple of sentences, if any."""
    for anchor in (previous, *earlier):
        if sentence_index - anchor.sentence_index > NEARBY_SENTENCES:
            return None
        if anchor.period.end - anchor.period.start <= _ONE_DAY and \
                anchor.period.start.date() > dct:
            return anchor
    return None


def _clock_after_report(reported: Anchor, previous: Anchor | None, dct: dt.date | None,
                       sentence_index: int) -> bool:
    """Whether the day of a report, a day before publication told in the sentence just before,
    is the last day the story told: no later date, or only a coarser one in the report's
    sentence ("will shut in early 2014, the company said Thursday")."""
    return reported.sentence_index == sentence_index - 1 and dct is not None and \
        reported.period.start.date() < dct and \
        (previous is None or (previous.sentence_index <= reported.sentence_index and
                              FINENESS[previous.period.granularity] < FINENESS[Granularity.DAY])
         or _aside_year_after_report(reported, previous, sentence_index, dct))


def _aside_year_after_report(reported: Anchor, previous: Anchor, sentence_index: int,
                             dct: dt.date) -> bool:
    """Whether the only date told since the report, a sentence before, is a year or a month
    long before publication told in passing in the clock time's own sentence, not opening it:
    "Daley said Tuesday he would not run again. Mr. Daley, first elected in 1989, made the
    announcement at 11 a.m." is on the Tuesday ("In 1989, the wall fell at 11 p.m." is not)."""
    return previous.sentence_index == sentence_index and not previous.part and \
        previous.period.granularity in (Granularity.YEAR, Granularity.MONTH) and \
        long_before(previous.period, dct)


def _day_from_report(spec: Spec, reported: Anchor, previous: Anchor) -> bool:
    """Whether a day counted from the date last told ("the same day", "the next day") is
    counted from the day of a report instead, that date being no finer than a month and told
    no earlier than the report."""
    return spec.anchor == "previous" and spec.unit is Unit.DAY and spec.weekday is None and \
        previous.period.granularity not in _DAY_OR_FINER and \
        reported.sentence_index >= previous.sentence_index


def _same_half_of_day(spec: Spec, clock: tuple[int, int, int] | None,
                      sentence_index: int) -> Spec:
    """A clock time written without a.m. or p.m. a few sentences after one of the afternoon or
    evening is in that half of the day, as the story moves on: "by 10:20 p.m. ... the explosion
    came at 10:41" is at 22:41, and "at 12:38 a.m. ... arrested at 12:45" at 00:45."""
    if clock is None or spec.hour is None or sentence_index - clock[1] > ANCHOR_SENTENCES:
        return spec
    told, _, until = clock
    if spec.hour == _NOON_HOUR and told == 0:
        return spec.model_copy(update={"hour": 0, "twelve_hour": False})
    if spec.hour < _NOON_HOUR and told >= _NOON_HOUR and told <= spec.hour + _NOON_HOUR <= until:
        return spec.model_copy(update={"hour": spec.hour + _NOON_HOUR, "twelve_hour": False})
    return spec


_NOON_HOUR = 12


def _night_told(spec: Spec, result: Resolution, period: Period, night: tuple[dt.date, int] | None,
                previous: Anchor | None, sentence_index: int) -> tuple[dt.date, int] | None:
    """The day whose night a clock time keeps going, and its sentence: that of an evening time
    with no day of its own, put on the publication day or on a day told ("Polls close at 10pm",
    "tomorrow ... between 6 p.m. and 1 a.m."; not on the day of another clock time, "06:00 UTC
    Tuesday ... between 10 p.m. and 2 a.m."), or of a small hour already moved past that day's
    midnight; None after any other clock time."""
    if not spec.bare_time or result.anchor is None:
        return None
    day = period.start.date()
    if period.start.hour >= _EVENING_HOUR:
        on_day = result.anchor == "dct" or (
            previous is not None and previous.expression_id == result.anchor and
            previous.period.granularity is Granularity.DAY)
        return (day, sentence_index) if on_day else None
    if night is not None and day == night[0] + dt.timedelta(days=1) and \
            period.start.hour < EARLY_HOURS:
        return night[0], sentence_index
    return None


def _small_hours_of_night_told(spec: Spec, tense: Tense, result: Resolution,
                               night: tuple[dt.date, int] | None, sentence_index: int,
                               dct: dt.date | None) -> bool:
    """A clock time in the small hours with no day of its own, a few sentences after an evening
    time that had none either, put on that evening's day ("Polls close at 10pm ... first
    results shortly after 11pm ... most seats will declare between 3am and 5am"): the night has
    gone past midnight, as it does after an evening time told with its day. Told in the past,
    not past the publication day, nor past midnight on it (a day gone by is one the story
    tells)."""
    if dct is None or night is None or not spec.bare_time or spec.hour is None or \
            spec.hour >= EARLY_HOURS or spec.offset or result.period is None or \
            result.anchor is None or sentence_index - night[1] > ANCHOR_SENTENCES or \
            result.period.start.date() != night[0]:
        return False
    return night[0] < dct if tense is Tense.PAST else night[0] >= dct


def _inside_night_told(spec: Spec, result: Resolution,
                       night_told: tuple[dt.datetime, dt.datetime, int],
                       sentence_index: int) -> dt.date | None:
    """The day a bare clock time (as written) falls on inside a night told just before as a
    range of clock times across midnight, when on that range's last day it falls outside it:
    "Between 9 p.m. and 1 a.m. Sunday, the center took 1,340 calls ... one caller waited
    from 11:47 p.m." is Saturday's 23:47, and "between 6 p.m. Dec. 23 and 6 a.m. Dec. 24 ...
    at 9:14 p.m." is on Dec. 23."""
    start, end, told = night_told
    if not spec.bare_time or spec.offset or result.period is None or \
            result.period.granularity not in _CLOCK or \
            not 0 < sentence_index - told <= ANCHOR_SENTENCES:
        return None
    at = result.period.start
    if start <= at <= end or not start <= at - _ONE_DAY <= end:
        return None
    return (at - _ONE_DAY).date()


def _moved_into_night(spec: Spec, result: Resolution, day: dt.date, ctx: Context) -> Resolution:
    """``result`` moved to ``day``, inside the night told before."""
    if ctx.dct is None:
        return result
    moved = resolve(spec.model_copy(update={"unit": Unit.DAY, "offset": (day - ctx.dct).days,
                                            "anchor": "dct"}), ctx)
    if moved.period is None or moved.period.start.date() != day:
        return result
    return dataclasses.replace(moved, explanation=f"{result.explanation}; inside the night told "
                               f"just before, from one clock time to another: {day}",
                               anchor=result.anchor)


def _after_midnight_of(spec: Spec, result: Resolution, day: dt.date, ctx: Context) -> Resolution:
    """``result`` moved to the small hours after ``day``'s midnight."""
    if ctx.dct is None:
        return result
    offset = (day - ctx.dct).days + 1
    moved = resolve(spec.model_copy(update={"unit": Unit.DAY, "offset": offset, "anchor": "dct"}),
                    ctx)
    if moved.period is None or moved.period.start.date() != day + dt.timedelta(days=1):
        return result
    return dataclasses.replace(moved, explanation=f"{result.explanation}; after an evening time "
                               f"of that day: past its midnight, {moved.period.start.date()}",
                               anchor=result.anchor)


_EVENING_HOUR = 18


def _first_hour_after_midnight(spec: Spec) -> bool:
    """A clock time in the hour after midnight, written with its minutes ("12:39 a.m.", not
    "midnight"): told after a later time on the clock in its sentence ("took the floor at
    11:47 a.m. Wednesday and yielded at 12:39 a.m."), it has gone past that day's midnight."""
    return spec.hour == 0 and bool(spec.minute)


def _before_the_clock(spec: Spec, clock: tuple[int, int, int] | None, sentence_index: int) -> bool:
    """A clock time after "until" (or in the hour after midnight) earlier on the clock than the
    one its sentence told before ("starts at noon and runs until 2 a.m."): the small hours of
    the next day."""
    return clock is not None and clock[1] == sentence_index and clock[2] == 24 and \
        spec.hour is not None and spec.hour < min(clock[0], _NOON_HOUR)


# with no publication date a day has no period, only its value: a weekday ("XXXX-WXX-7") or a
# day of a month ("XXXX-12-03") a clock time of its sentence falls on
_UNKNOWN_DAY = re.compile(r"XXXX-(?:WXX-[1-7]|\d\d-\d\d)")
_UNKNOWN_CLOCK = "XXXX-XX-XXT"


def _on_unknown_day(result: Resolution, day: tuple[str, int] | None,
                    sentence_index: int) -> Resolution:
    """A clock time with no day, on the undated day its sentence told before it ("took effect
    Sunday at 6 p.m.", no publication date: XXXX-WXX-7T18:00), as it would fall on that day's
    date were there one."""
    if day is None or day[1] != sentence_index or not result.value.startswith(_UNKNOWN_CLOCK):
        return result
    return dataclasses.replace(result, value=day[0] + result.value[len(_UNKNOWN_CLOCK) - 1:],
                               explanation=f"{result.explanation}; on {day[0]}, told before it")


_UNKNOWN_DATE = "XXXX-XX-XX"


def _days_after_unknown_weekday(result: Resolution, spec: Spec, day: tuple[str, int] | None,
                                sentence_index: int) -> Resolution:
    """Days counted from an undated weekday told just before ("filled on Wednesday and shipped
    the following day", no publication date: XXXX-WXX-4) fall on the weekday so many on."""
    if day is None or not day[0].startswith("XXXX-WXX-") or spec.unit is not Unit.DAY or \
            not spec.offset or sentence_index - day[1] > ANCHOR_SENTENCES:
        return result
    weekday = (int(day[0][-1]) - 1 + spec.offset) % _WEEK + 1
    why = f"{result.explanation}; {spec.offset} day(s) from {day[0]}, told before it"
    return dataclasses.replace(result, value=f"XXXX-WXX-{weekday}", explanation=why)


_WEEK = 7  # days
LIST_LEAD_SENTENCES = 2  # how far before a list's first entry the day it goes on from may be told


class _ListOrder:
    """The entries of a dated list seen so far while resolving, to keep their order: a
    weekday opening an entry falls after the day of the entry above ("Monday: ...\nTuesday:
    ..." in the week ahead), and a live blog's time stamps that have run newest first and then
    rise again have passed midnight into the day before ("2:15 a.m. ... 11:35 p.m."); stamps
    that have risen and then fall ("23:45 ... 00:20") run oldest first across midnight."""

    def __init__(self, dct: dt.date | None = None) -> None:
        self.dct = dct  # the publication date
        self.day: dt.date | None = None  # the day of the entry above
        self.clock: tuple[int, int] | None = None  # the time stamp above
        self.falling = False  # the stamps have run newest first
        self.rising = False  # the stamps have run oldest first
        self.shift = 0  # days before publication the stamps have reached

    def follow(self, told: tuple[dt.date, int] | None, spec: Spec, tense: Tense,
               sentence_index: int) -> None:
        """A list's first weekday entry with no clear tense of its own ("Tuesday: A carmaker
        reports results.") goes on from the day told just before the list ("Monday: Early voting
        starts", "lawmakers return Tuesday"), as the entries after it go on from it."""
        if self.day is None and told is not None and tense is Tense.NONE and \
                spec.kind is SpecKind.WEEKDAY and sentence_index - told[1] <= LIST_LEAD_SENTENCES:
            self.day = told[0]

    def _weekday_day(self, weekday: int) -> dt.date:
        """The day a weekday entry names after the entry above: the first such day, unless the
        entry above is over a week before publication ("Nov. 13 - Hearings begin.\nWednesday -
        The House votes.", told on Dec. 19): then the last one by publication."""
        assert self.day is not None
        first = self.day + dt.timedelta(days=(weekday - self.day.isoweekday()) % 7 or 7)
        if self.dct is None or (self.dct - first).days < _WEEK:
            return first
        return self.dct - dt.timedelta(days=(self.dct.isoweekday() - weekday) % 7)

    def spec_for(self, spec: Spec) -> tuple[Spec, str | None]:
        """``spec`` placed in the list's order, and why (unchanged, None: the order says
        nothing)."""
        if spec.kind is SpecKind.WEEKDAY and spec.weekday is not None and self.day is not None:
            day = self._weekday_day(spec.weekday)
            why = (f"the {day:%A} after the list entry above ({self.day}) nearest publication: "
                   "the entries of a list run in order")
            return spec.model_copy(update={"kind": SpecKind.DATE, "weekday": None,
                                           "month": day.month, "day": day.day,
                                           "framed_year": day.year}), why
        if spec.kind is not SpecKind.RELATIVE or spec.hour is None:
            return spec, None
        clock = (spec.hour, spec.minute or 0)
        if self.clock is not None and clock < self.clock:
            self.falling = self.falling or not self.rising
        elif self.clock is not None and clock > self.clock:
            if self.falling:
                self.shift -= 1
            else:
                self.rising = True
        self.clock = clock
        if self.day is not None and self.dct is not None:  # "Jan. 6, 1 p.m. - ...\n2:15 p.m."
            return spec.model_copy(update={"offset": (self.day - self.dct).days + self.shift,
                                           "anchor": "dct"}), \
                f"a time stamp under the list entry above, on its day ({self.day})"
        if not self.shift:
            return spec, None
        return spec.model_copy(update={"offset": self.shift, "anchor": "dct"}), \
            "the live blog's time stamps run newest first and have passed midnight"


def _after_dated_entry(spec: Spec, told: tuple[dt.date, int] | None,
                       dct: dt.date) -> tuple[Spec, str | None]:
    """A chronology's yearless entry below one dated in full ("Sept. 8, 2022 - Charles becomes
    king.\nOct. 11 - The palace announces the coronation date.", told in May 2023): the last such
    day by publication, when it falls on or after the day told above; unchanged otherwise."""
    if told is None or spec.kind is not SpecKind.DATE or spec.year is not None or \
            spec.framed_year is not None or spec.month is None or spec.day is None or \
            told[0] >= dct or (spec.month, spec.day) == (2, 29):
        return spec, None
    year = dct.year if (spec.month, spec.day) <= (dct.month, dct.day) else dct.year - 1
    if dt.date(year, spec.month, spec.day) < told[0]:
        return spec, None
    return spec.model_copy(update={"framed_year": year}), \
        f"the last such day by publication, after the entry above ({told[0]})"


def _list_years(items: list[tuple[str, Spec, Tense, int]], dct: dt.date | None) -> dict[int, int]:
    """The years of the yearless days opening the entries of a dated list ("Aug 20: ...",
    ``Spec.list_entry``), by item number: the entries run in time order, so the one nearest
    the publication date takes its nearest year and the others follow from it, each on or
    after the entry above it and on or before the entry below it (a season's chronology from
    August to May read in May starts the August before)."""
    entries = [(number, spec.month, spec.day) for number, (_, spec, _, _) in enumerate(items, 1)
               if spec.list_entry and spec.framed_year is None and spec.month and spec.day]
    if dct is None or len(entries) < 2 or any((m, d) == (2, 29) for _, m, d in entries) or \
            not 1 < dct.year < 9999:  # the years around it must exist
        return {}
    nearest = [min((dt.date(y, m, d) for y in (dct.year - 1, dct.year, dct.year + 1)),
                   key=lambda day: abs(day - dct)) for _, m, d in entries]
    pivot = min(range(len(entries)), key=lambda k: abs(nearest[k] - dct))
    days = {pivot: nearest[pivot]}
    try:
        for k in range(pivot + 1, len(entries)):
            _, m, d = entries[k]
            day = dt.date(days[k - 1].year, m, d)
            days[k] = day if day >= days[k - 1] else dt.date(day.year + 1, m, d)
        for k in range(pivot - 1, -1, -1):
            _, m, d = entries[k]
            day = dt.date(days[k + 1].year, m, d)
            days[k] = day if day <= days[k + 1] else dt.date(day.year - 1, m, d)
    except ValueError:  # a list running past year 9999 (or before 1): not placed by its order
        return {}
    return {entries[k][0]: days[k].year for k in days}


_Anchored = dict[tuple[int, Tense, Period | None, tuple[Period, bool, bool] | None],
                 tuple[Spec, Resolution, str | None]]
MAX_ANCHORED = 1024  # anaphoric resolutions kept for reuse within one text


def _in_told_week(spec: Spec, tense: Tense, previous: Anchor | None, told: Anchor) -> bool:
    """Whether a bare weekday told in the past may be a day of the week a story dated with a
    weekday ("On Friday, Feb. 1 ... Just after 3 a.m. Saturday"): the story is still in it."""
    if spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            spec.in_week is not None or tense in (Tense.FUTURE, Tense.PRESENT) or previous is None:
        return False
    start, since = told.period.start.date(), previous.period.start.date()
    days = (since - start).days
    # not a day of that week before the date told since: "arrested on Friday and released
    # Saturday night" after "Saturday 13 August" has moved on past that Saturday
    day = start + dt.timedelta(days=((spec.weekday or 1) - start.isoweekday()) % 7)
    return 0 <= days < 7 and day >= since


def _years_up_to(value: str, start: Period, dct: dt.date) -> bool:
    """Whether a length of ``value`` ("P5Y") from ``start`` ends within a year of publication."""
    if not (value.startswith("P") and value.endswith("Y") and value[1:-1].isdigit()):
        return False
    return abs(start.start.year + int(value[1:-1]) - dct.year) <= 1


def _weeks_landed_on(spec: Spec, period: Period, previous: Anchor | None) -> Period | None:
    """The day "three weeks later" lands on, counted from the day told before it, when its week
    holds that day: the week is its value, the day what "four days later" counts from."""
    if spec.kind is not SpecKind.RELATIVE or spec.unit is not Unit.WEEK or not spec.offset or \
            spec.anchor not in ("previous", "related") or previous is None or \
            previous.period.granularity is not Granularity.DAY:
        return None
    try:
        day = previous.period.start + dt.timedelta(weeks=spec.offset)
    except OverflowError:  # (no such day before year 1 or after 9999)
        return None
    return day_period(day.date()) if period.start <= day < period.end else None


def _years_ago_day(spec: Spec, period: Period, dct: dt.date | None) -> Period | None:
    """The day "Ten years ago," opening its sentence falls on: the publication's month and day
    that many years back, whose clock times and days after it the sentence goes on to tell
    ("Ten years ago, at 4:31 a.m., the earthquake struck", written on its anniversary)."""
    if not (spec.ago and spec.opens_sentence) or dct is None or \
            period.granularity is not Granularity.YEAR:
        return None
    try:
        return day_period(dct.replace(year=period.start.year))
    except ValueError:  # Feb. 29 in a year with none
        return None


SCENE_DAYS_PAST = 90  # a day dated with its year this long before publication is a past scene


def _aside_to_news_of_now(earlier: tuple[Anchor, ...], dct: dt.date | None,
                          sentence_index: int) -> bool:
    """Whether a long-past day follows, in its sentence, a day or hour of publication's week
    ("The Queen will address the nation at 9 p.m., the hour at which her father spoke on 8 May
    1945. Bunting went up on Thursday night"): an aside to today's news, not the scene of a
    story the next sentences tell."""
    return bool(earlier) and dct is not None and earlier[0].sentence_index == sentence_index \
        and abs((earlier[0].period.start.date() - dct).days) < 7


def _long_past_day(spec: Spec, period: Period, dct: dt.date | None) -> bool:
    """Whether a day told with its year ended a season or more before publication ("abducted on
    Jan. 9, 2022", published in 2023): a story of its own, whatever came before it."""
    return spec.year is not None and dct is not None and \
        (dct - period.end.date()).days >= SCENE_DAYS_PAST


def _scene_hour_after_day(spec: Spec, tense: Tense, previous: Anchor | None,
                          dated: Anchor, sentence_index: int) -> bool:
    """Whether a bare weekday with its hour or part of the day, told in the past right after a
    day dated by month and day ("The outage began on April 18 ... At 3 a.m. Monday, executives
    were woken"), is a scene of that story: the first such weekday after that day, when the one
    counted from publication is a week or more past it (``weekday_in_told_week``). Not the day
    a report came ("said Monday" is background), nor a weekday with no hour: "On Monday,
    police said" is as often the week of publication. Only a story opening on that day (or
    one dated with its year long before publication, see ``_long_past_day``), and
    in a sentence after it: a day told in an aside ("The fire, which began Nov. 8, was 45
    percent contained as of Friday morning") or after the news of the week ("voted on
    Thursday ... was arrested on December 9 ... sworn in Thursday evening") is background."""
    if spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            spec.in_week is not None or tense is not Tense.PAST or previous is None or \
            (spec.hour is None and spec.part_of_day is None) or spec.background:
        return False
    start = dated.period.start.date()
    days = (previous.period.start.date() - start).days
    # the scene's day, the first such weekday on or after the day dated, never one before a
    # day the story has since reached ("left on Aug. 14 ... five days later ... On Monday night
    # they reached the border": not the Monday between, so counted from publication)
    ahead = ((spec.weekday or 1) - start.isoweekday()) % 7
    return 0 <= days <= ahead and sentence_index - previous.sentence_index <= 1 and \
        sentence_index > dated.sentence_index


def _planned_on_old_day(spec: Spec, tense: Tense, previous: Anchor, dct: dt.date,
                        sentence_index: int) -> bool:
    """Whether a bare weekday told as still to come from the past ("would", "was to") follows,
    in its sentence or the one before, a day of a year long before publication ("On April 14,
    1865, he said he would meet his cabinet on Tuesday"): the plan was made then, so the first
    such weekday after that day (the writer's own "will" counts from publication)."""
    if tense is not Tense.FUTURE or not spec.told_from_past or \
            spec.direction is not Direction.TENSE or spec.indefinite \
            or spec.weeks_on or spec.in_week is not None or \
            sentence_index - previous.sentence_index > 1:
        return False
    period = previous.period
    return period.end - period.start <= _ONE_DAY and period.start.year < dct.year - 1


def _resumes_after_day_ahead(previous: Anchor, result: Resolution, dct: dt.date,
                             sentence_index: int) -> bool:
    """Whether the day told just before (in its sentence or the one before) a weekday something
    resumes on is a day still ahead that the weekday counted from publication would come
    before ("closed on Monday, Sept. 26, and trading resumes Tuesday", written on Sept. 14);
    a day gone by says nothing ("schools closed on Jan. 4 and will reopen Monday" is the
    coming Monday)."""
    period = previous.period
    return sentence_index - previous.sentence_index <= 1 and result.period is not None and \
        period.granularity is Granularity.DAY and period.end - period.start <= _ONE_DAY and \
        period.start.date() > dct and result.period.start < period.start


def _ends_span_told(spec: Spec, previous: Anchor, sentence_index: int) -> bool:
    """Whether a bare weekday ends a span after a day its sentence told before it ("struck on
    Wednesday, grounding flights through Friday"); not after a day that itself ends one ("runs
    through Dec. 12, worked until 2 a.m. Friday": the Friday of publication)."""
    if spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            previous.ends or spec.in_week is not None or previous.sentence_index != sentence_index:
        return False
    period = previous.period  # a day, not a weekend ("until the weekend ... through Friday")
    return period.granularity is Granularity.DAY and period.end - period.start <= _ONE_DAY


def _ends_span_opened_ahead(spec: Spec, previous: Anchor, result: Resolution, dct: dt.date,
                            sentence_index: int) -> bool:
    """Whether a bare weekday naming the day of publication ends a span right after a sentence
    that opened it on a day still ahead ("The conference starts Monday with a keynote. Sessions
    run through Friday", written on a Friday): a span ends after it opens, so not today."""
    if spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            previous.ends or previous.range_end or spec.in_week is not None or \
            result.period is None or previous.sentence_index != sentence_index - 1:
        return False  # (nor one that closed a span of its own: "from July 22 to July 25")
    period = previous.period
    return result.period.start.date() == dct < period.start.date() and \
        period.end - period.start <= _ONE_DAY


_WEEKEND_LENGTH = dt.timedelta(days=2)  # the longest days told ahead: a weekend
_AHEAD_REACH_DAYS = 7  # how far after publication a day or week told ahead may start


def _after_told_ahead(spec: Spec, tense: Tense, previous: Anchor, dct: dt.date,
                      sentence_index: int) -> bool:
    """Whether a bare weekday with no verb of its own or told in the future follows, in its
    sentence or the next, a day or a week after publication ("Next week brings ... Monday:
    ISM", "votes Thursday ... a result expected early Friday"); not a possessive one, an event
    already reported ("will hold a funeral Saturday for victims of Wednesday's earthquake")."""
    if spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            spec.possessive or \
            spec.in_week is not None or tense not in (Tense.NONE, Tense.FUTURE) or \
            sentence_index - previous.sentence_index > 1:
        return False
    period = previous.period
    # a weekend still ahead is told as a day is ("marks its 250th anniversary this weekend
    # with fireworks Saturday night": the coming Saturday)
    return 0 < (period.start.date() - dct).days <= _AHEAD_REACH_DAYS and (
        period.granularity is Granularity.WEEK or period.end - period.start <= _WEEKEND_LENGTH)


_STEP_GAP_DAYS = 5  # how far before a day told ahead a weekday counted from publication may fall


def _next_step(spec: Spec, tense: Tense, previous: Anchor, result: Resolution,
               sentence_index: int, days_ahead: set[dt.date], stepped: set[dt.date]) -> bool:
    """Whether a bare weekday told ahead comes, in its sentence or the next, after a weekday told
    ahead of publication (one of ``days_ahead``) and would fall five or more days before it
    ("arrives in Brasilia on Sunday ... talks are expected Tuesday morning", written on a
    Monday), or at all before it once a step has moved on (one of ``stepped``): a journey or a
    schedule told in order, so the step after that day, not tomorrow."""
    if previous.period.start.date() not in days_ahead or spec.direction is not Direction.TENSE or spec.indefinite or spec.weeks_on or \
            spec.possessive or spec.in_week is not None or result.period is None or \
            tense not in (Tense.NONE, Tense.FUTURE, Tense.PRESENT) or \
            sentence_index - previous.sentence_index > 1:
        return False
    gap = (previous.period.start.date() - result.period.start.date()).days
    return gap >= _STEP_GAP_DAYS or (gap > 0 and previous.period.start.date() in stepped)


def _history(spec: Spec, ctx: Context) -> tuple[Period, bool, bool] | None:
    """What a time with no day of its own also depends on, besides its anchor: a date told just
    before it, long before publication ("In 1912, ... at noon" is on a day of 1912; see
    ``resolver._time_in_history``), whether it was a "since", and how near it was told."""
    previous = ctx.previous
    if spec.anchor != "nearby" or previous is None or ctx.dct is None or \
            not long_before(previous.period, ctx.dct):
        return None
    return previous.period, previous.since, ctx.sentence_index - previous.sentence_index > 1


def _resolve_anaphoric(spec: Spec, ctx: Context, anchored: _Anchored) -> Resolution:
    """Resolve an offset from an earlier date ("3 p.m.", "the next day"). It depends on the
    context only through the date it counts from (the publication date is fixed in one
    parse): one found before for the same spec, tense and anchor period is reused, naming
    this anchor. Specs are told apart by identity (recognition hands out one object per
    repeated expression, and hashing a spec costs more than resolving some); the entry keeps
    its spec, so no other spec can take its id."""
    anchor = usable_anchor(spec, ctx) or coarse_anchor(spec, ctx)
    key = (id(spec), ctx.tense, None if anchor is None else anchor.period, _history(spec, ctx))
    hit = anchored.get(key)
    if hit is None or hit[0] is not spec:
        if len(anchored) >= MAX_ANCHORED:
            anchored.clear()
        result = resolve(spec, ctx)
        anchored[key] = (spec, result, None if anchor is None else anchor.expression_id)
        return result
    _, result, named = hit
    if anchor is None or named is None or result.anchor != named:
        return result
    return result.naming(anchor.expression_id)


def _resolve_all(expressions: list[TimeExpression], dct: dt.date | None,
                 cancel: Cancel = None, text: str = "") -> list[TimeExpression]:
    """Re-resolve stored expressions of ``text`` from their specs and tenses."""
    specs = [Spec.model_validate(e.spec) for e in expressions]
    items = [(e.id, spec, e.tense, e.sentence_index)
             for e, spec in zip(expressions, specs, strict=True)]
    resolved = []
    for expression, spec, (result, interval) in zip(expressions, specs,
                                                    _resolutions(items, writing_day(text, dct),
                                                                 cancel, dct, _almanac(text)),
                                                    strict=True):
        resolved.append(expression.model_copy(update={
            "value": result.value, "interval": interval, "explanation": result.explanation,
            "granularity": result.granularity if interval is None else interval.granularity,
            "anchor": result.anchor, "mod": spec.mod}))
    return resolved


def _follows_since(spec: Spec, tense: Tense, since: Anchor) -> bool:
    """Whether a date after one told as "since ..." in its sentence counts from it: "held since
    October 2015 and sentenced the following April" (2016), "lived there since 2003 and married
    the following year"; not a finer unit after a coarser since ("its lowest since 2009 ... the
    following week" is the week after the story's day)."""
    if tense is not Tense.PAST or spec.anchor != "previous":
        return False
    if spec.kind is SpecKind.DATE:
        return spec.direction is Direction.NEXT and spec.month is not None and spec.day is None
    if spec.kind is not SpecKind.RELATIVE or not spec.offset or spec.offset < 0 or \
            spec.unit not in _SINCE_UNITS:
        return False
    return FINENESS[_SINCE_UNITS[spec.unit]] <= FINENESS[since.period.granularity]


def _context_free(spec: Spec) -> bool:
    """Whether a spec resolves alike wherever it stands (the publication date is fixed in one
    parse): anything but a date or an offset that may count from a date mentioned before."""
    return not spec.contrast and (
        spec.anchor == "dct" or spec.kind not in (SpecKind.RELATIVE, SpecKind.DATE))


# the periods a clock time's own day, told further back, outweighs as the story's scene
_COARSER_THAN_DAY = frozenset({Granularity.MILLENNIUM, Granularity.CENTURY, Granularity.DECADE,
                               Granularity.YEAR, Granularity.HALF, Granularity.QUARTER,
                               Granularity.SEASON, Granularity.MONTH})
# a day known by its own name ("D-Day") before a word for its remembrance or its people
_NAMED_DATE = "named_date"
_REMEMBRANCE_AFTER = re.compile(
    r"\s+(?:commemorations?|anniversary|anniversaries|ceremony|ceremonies|services?|"
    r"events?|memorials?|museum|celebrations?|parade|veterans?)\b", re.IGNORECASE)
# the words before a year that make it a debt's maturity: "bonds due 2030", "notes maturing in 2034"
_MATURITY_BEFORE = (" due ", " due in ", " maturing in ")


def _is_anchor(spec: Spec) -> bool:
    """Whether an expression becomes "the last date mentioned" for the ones after it.

    Vague references do not; nor do year shifts of an earlier date ("a year earlier"), which
    compare with that date rather than move the story to it.
    """
    if spec.kind in (SpecKind.REF, SpecKind.DURATION, SpecKind.SET) or spec.range_other \
            or spec.since or spec.restates or spec.background or spec.aside:
        return False  # the end of a range ("July 1-3") leaves the story on its first day;
        # "since 1990" looks back from it (and is a story's date only when it has no other)
    if spec.kind is SpecKind.DATE and spec.granularity == "quarter" and spec.anchor == "previous":
        return False  # "the 1988 period" compares with the quarter under discussion
    if spec.anchor == "related":  # "a year later" moves the story on; "a year earlier" compares
        return (spec.offset or 0) > 0
    if spec.anchor == "previous" and spec.kind is SpecKind.RELATIVE and (spec.offset or 0) < 0 \
            and spec.unit in (Unit.YEAR, Unit.QUARTER, Unit.MONTH, Unit.DECADE):
        return False  # "the previous year", "the prior quarter" look back from the story, which
        # stays where it was
    if spec.anchor == "previous" and spec.kind is SpecKind.DATE and \
            spec.direction is Direction.LAST and spec.day is None:
        return False  # so do "the previous autumn", "the March before": "reached the pass,
        # fortified the previous autumn; two days later" counts from the pass, not the autumn
    return spec.anchor not in ("comparable", "nearby")


def parse_document(doc: Document, *, cancel: Cancel = None) -> Document:
    """Split, recognise and resolve ``doc.text`` against ``doc.dct``; return a new document.

    ``cancel`` is polled at intervals while parsing (see ``parsing.cancel``); when it returns
    True, ``ParseCancelled`` is raised and nothing is returned.
    """
    with _no_cycle_collection():
        sentences = split_sentences(doc.text, cancel=cancel)
        matches = recognise(doc.text, cancel=cancel)
        matches = with_range_times(doc.text, with_range_days(doc.text, matches))
        matches = with_range_ends_after_starts(doc.text, matches)
        matches = with_range_years(doc.text, without_lone_range_ends(doc.text, matches))
        matches = without_game_periods(doc.text, without_parts_of_names(doc.text, matches))
        matches = without_papers(doc.text, matches)
        matches = with_numbered_weeks(doc.text, matches)
        matches = with_national_independence_days(
            doc.text, matches, default_rule_set().vocab("independence_nation"))
        matches = with_orthodox_feasts(doc.text, matches)
        matches = with_canadian_thanksgivings(
            doc.text, matches, default_rule_set().vocab("canada_place"))
        matches = with_day_first_numerics(doc.text, matches)
        # again after composing: "from 8am to 8pm on Friday 6 December" takes 6 December
        matches = with_range_times(doc.text, with_composed(doc.text, matches), dated_only=True)
        matches = with_midnights_opening_days(doc.text, matches)
        matches = with_sentence_years(doc.text, matches, [s.end for s in sentences])
        matches = with_lasting_todays(doc.text, [s.start for s in sentences], matches)
        matches = with_compared_todays(doc.text, [s.start for s in sentences], matches)
        matches = with_figure_todays(doc.text, matches)
        matches = with_kitchen_nights(doc.text, [s.start for s in sentences], matches)
        # after composing, so that the hour opening "2 to 5 p.m. Sunday, June 2" takes June 2
        matches = with_shared_recurrences(doc.text, with_range_start_hours(doc.text, matches))
        matches = with_schedule_days(doc.text, with_weekly_hours(doc.text, matches))
        matches = with_recurring_times(doc.text, matches)
        matches = with_habitual_readings(doc.text, [(s.start, s.end) for s in sentences], matches)
        matches = with_carried_habits(doc.text, [(s.start, s.end) for s in sentences], matches)
        matches = with_banned_work_hours(doc.text, [(s.start, s.end) for s in sentences], matches)
        matches = with_sign_days(doc.text, with_yearly_days(doc.text, matches))
        found = _found(doc.text, sentences, matches, cancel)
        dct = _as_date(doc.dct)
        found = _in_historical_present(doc.text, sentences, found, dct)
        parsed = doc.model_copy(update={
            "sentences": sentences, "events": [], "dct": dct,
            "expressions": _expressions(doc.text, found, dct, cancel)})
        return _with_events(parsed, {}, [], cancel)


# a scene set in the present tense at an old date: "It is June 5, 1944", "It's 7:48 a.m. on
# Sunday, Dec. 7, 1941"
_SCENE_SET = re.compile(r"[\"'\u201c\u2018]?(?:It\s+is|It['\u2019]s)\s")
_SCENE_WORDS = re.compile(r"It(?:\s+is|['\u2019]s)\s")  # the same words anywhere in a text
# words that bring a story told in the historical present back to the day it is published
_BACK_TO_PUBLICATION = re.compile(r"\b(?:today|tonight|now|this\s+(?:morning|"
                                  r"afternoon|evening|week(?:end)?|month|year))\b",
                                  re.IGNORECASE)


_WILL = re.compile(r"\b(?:will|won['\u2019]t)\b|['\u2019]ll\b", re.IGNORECASE)


def _in_historical_present(text: str, sentences: list[Sentence], found: list[_Found],
                           dct: dt.date | None) -> list[_Found]:
    """Read the present tense as the past in a story told in the historical present.

    A sentence that sets a scene at a date a decade or more before publication ("It is
    Thursday, October 24, 1929, and within an hour ...") starts a narration in the present
    tense of a past time: "At noon, five bankers meet ... On Monday the slide resumes" are
    that day's noon and the Monday after it, and a date without its year is in the scene's
    ("By September 14, Napoleon is in Moscow", after "It is June 1812"). The narration runs
    on until a sentence speaks of the day of publication ("Today, the city holds a
    ceremony"), from which the tense is the writer's own again; within it a verb read as a
    schedule ("the rally holds through Friday") is the narrated past too, while what is told
    with "will" stays the writer's future ("A film about the crash will air on Monday"): the
    narration's own "will" ("the tsar will not negotiate") rarely comes with a date.
    """
    if dct is None or not sentences or _SCENE_WORDS.search(text) is None:
        return found
    by_sentence: dict[int, list[_Found]] = {}
    for item in found:
        by_sentence.setdefault(item.sentence_index, []).append(item)
    narrated: set[int] = set()
    opening: dict[str, int] = {}  # the day each scene is set on: its id, its weekday
    scene = False
    for sentence in sentences:
        items = by_sentence.get(sentence.index, [])
        setting = _SCENE_SET.match(text, sentence.start)
        # the old date is what the scene is, not a time compared with ("It is the first
        # emergency declared since 1960")
        old = [item for item in items if setting is not None and item.start == setting.end()
               and item.spec.year is not None and item.spec.year <= dct.year - STORY_GAP_YEARS]
        if old:
            scene = True
            told = old[0].spec
            day = _scene_day(told)
            if day is not None and told.told_weekday is None:
                # told by its days like a story dated by weekday: "It is July 16, 1969 ...
                # On Sunday, the lunar module touches down" is the Sunday after it
                opening[old[0].id] = day.isoweekday()
        elif scene and _back_to_publication(text, sentence.start, sentence.end):
            scene = False
        if scene:
            narrated.add(sentence.index)
    if not narrated:
        return found
    return [item._replace(spec=item.spec.model_copy(update={"told_weekday": opening[item.id]}))
            if item.id in opening else item._replace(
                tense=Tense.PAST, spec=item.spec.model_copy(update={"narrated": True}))
            if item.sentence_index in narrated and not _writers_future(text, sentences, item)
            else item
            for item in found]


def _writers_future(text: str, sentences: list[Sentence], item: _Found) -> bool:
    """Whether ``item``, in a narration in the historical present, comes after a "will" of its
    sentence, outside a quotation: the writer's own future ("A film about the crash will air
    on Monday"), not the narration's ("the rally holds through Friday")."""
    return item.tense is Tense.FUTURE and _unquoted(
        _WILL, text, sentences[item.sentence_index].start, item.start)


def _back_to_publication(text: str, start: int, end: int) -> bool:
    """Whether the sentence [start, end) speaks of the day of publication outside the words it
    quotes: Roosevelt's "a date which will live in infamy" is still the narration."""
    return _unquoted(_BACK_TO_PUBLICATION, text, start, end)


def _unquoted(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` occurs in [start, end), a stretch from a sentence's start, outside a
    quotation opened in it (an even count of straight and unclosed curly quotes before it)."""
    for match in pattern.finditer(text, start, end):
        before = text[start:match.start()]
        if (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 0:
            return True
    return False


def _scene_day(spec: Spec) -> dt.date | None:
    """The day a scene is set on, when its date is a whole one ("It is Feb. 30, 1950" is none)."""
    if spec.year is None or spec.month is None or spec.day is None:
        return None
    try:
        return dt.date(spec.year, spec.month, spec.day)
    except ValueError:
        return None


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector during a parse.

    A parse allocates a few objects per expression and keeps them all, which the collector
    would scan again and again (a third of the time on text with a date in every other
    word); the parser creates no reference cycles, and memory is still freed by reference
    counting. The collector's previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def resolve_document(doc: Document, dct: dt.date | None, *, cancel: Cancel = None) -> Document:
    """Re-resolve an already parsed document against ``dct`` without re-recognising.

    Values, intervals, explanations and events are rebuilt from each expression's spec and
    tense; events whose date the user set (``DateSource.USER``) are kept as they are, and what
    the researcher added to the others (tags, notes, ...) stays on the rebuilt event.
    ``cancel`` is polled as in ``parse_document``.
    """
    dct = _as_date(dct)
    expressions = _resolve_all(list(doc.expressions), dct, cancel, doc.text)
    updated = doc.model_copy(update={"dct": dct, "expressions": expressions})
    user_events: dict[str, Event] = {e.id: e for e in doc.events
                                     if e.date_source is DateSource.USER}
    return _with_events(updated, user_events, doc.events, cancel)


def _with_events(doc: Document, user_events: dict[str, Event], old: list[Event],
                 cancel: Cancel) -> Document:
    """The document with its events rebuilt from its resolved expressions."""
    events = _keep_researcher_fields(build_events(doc, user_events, cancel=cancel), old)
    return doc.model_copy(update={"events": events})


# the event fields the parser computes; any other field is the researcher's and is kept
_PARSER_EVENT_FIELDS = frozenset({"id", "document_id", "sentence_index", "label", "expression_id",
                                  "start", "end", "granularity", "mod", "date_source",
                                  "explanation"})


def _keep_researcher_fields(events: list[Event], old: list[Event]) -> list[Event]:
    """Carry fields the parser does not compute (tags, notes, ...) over from the old events."""
    by_id = {e.id: e for e in old}
    kept = []
    for event in events:
        before = by_id.get(event.id)
        if before is None or before is event:
            kept.append(event)
            continue
        extra = {name: getattr(before, name) for name in type(event).model_fields
                 if name not in _PARSER_EVENT_FIELDS}
        kept.append(event.model_copy(update=extra) if extra else event)
    return kept


def parse_text(text: str, dct: dt.date | None = None, doc_id: str = "doc",
               title: str = "") -> Document:
    """Parse a plain text with an optional publication date."""
    return parse_document(Document(id=doc_id, title=title, text=text, dct=_as_date(dct)))
