"""A cheap reading of the tense an expression stands in.

The verb marker (future: "will", "'ll", "going to", "would"; past: "said", "was", regular
"-ed" forms and common irregular pasts; present: "is", "says", "has") closest to the expression
within its sentence decides. Good enough for news, where the question is mostly whether a bare
"Wednesday" is the one before or after publication.
"""

from __future__ import annotations

import bisect
import itertools
import re

from timeline_app.core.models import Tense
from timeline_app.parsing.cues import cued
from timeline_app.parsing.rules import trie_regex

# a poll's noun before the day it is to be held on
_POLL_FOR = ("elections for", "election for", "referendum for", "runoff for", "run-off for")
# a farewell names a meeting to come (not after "to": "it was great to see you on Friday")
_FAREWELLS = ("see you", "see u", "see ya", "c u")
# a retry named by its noun ("the next attempt Thursday"): a marker of what is still to come
_RETRY = ("next attempt", "next launch attempt", "next try", "another attempt", "another try",
          "new attempt", "new launch attempt", "new target of", "new target date of")
# a school's intake, counted or told by its verb, before "for" and the term it is for
_INTAKE_FOR = frozenset({"freshmen for", "students for", "admitted for", "accepted for",
                         "enrolled for", "admits for", "applicants for"})
# the weather a forecaster forecasts, after the verb that names it
_FORECAST_WEATHER = ("rain", "heavy rain", "more rain", "more heavy rain", "heavy rains",
                     "showers", "thunderstorms", "storms", "snow", "heavy snow", "more snow",
                     "downpours", "heavy falls", "freezing rain", "sleet", "flurries",
                     "snow showers")
_FUTURE = ("will", "won't", "'ll", "shall", "going to", "would", "plan to", "plans to",
           # a plan with its object looks ahead as "plans to" does: "has raised its dividend
           # and plans another increase in the spring" (not "the plans for May": a noun)
           "plans a", "plans an", "plans another", "plans further",
           # a term of office's timetable is ahead, a month as well as a day: "Obama leaves
           # office Friday", "the governor, who leaves office in January" (written in June)
           "leaves office", "takes office",
           # a debt still outstanding runs to its maturity, a month as well as a day: "a $300
           # million loan matures in September" (written in March: the coming September), "the
           # notes come due in January", "a coupon falls due Monday" (told after its day, it
           # "matured" or "fell due")
           "matures", "mature in", "mature on", "comes due", "come due", "falls due", "fall due",
           # a farewell names a meeting to come, verb or none: "See you all Sat night", "see u
           # Sunday!"
           *_FAREWELLS,
           # so is a campaign's, told in the progressive: "Abbott, who is seeking a third term in
           # November", "is running for re-election in November" (but "was seeking": see markers),
           # or in the present: "Orban seeks a fourth consecutive term on Sunday"
           *(f"{verb} {term}" for verb in ("seeking", "running for", "seeks")
             for term in ("re-election", "reelection", "a second term", "a third term",
                          "a fourth term", "another term", "a second consecutive term",
                          "a third consecutive term", "a fourth consecutive term")),
           "up for re-election", "up for reelection",
           # so is a handover's: "Hungary takes over the presidency on 1 July", "the
           # presidency passes to Poland on 1 January", "the new owners take over Friday"
           "takes over", "take over", "passes to", "hands over",
           # and a successor's: "a national check system takes its place Monday", "two new
           # boards take their place in January"
           "takes its place", "take its place", "take their place", "takes their place",
           "scheduled", "slated", "set for", "is set to",
           # a launch's target date: "liftoff is now targeted for Nov. 10" (not "were targeted
           # for arrest Monday": the past of what was done to someone)
           "is targeted for", "are targeted for", "now targeted for", "is now targeted for",
           # a timetable told from the past, as "was scheduled to": "the players were due to
           # land early Tuesday" (only before a verb: "was due to the rain" is a cause)
           "was due to", "were due to",
           # and with the adverb that says the timetable has since changed: "the show was
           # originally due to close this Saturday" (the Saturday still ahead)
           "was originally due to", "were originally due to", "was initially due to",
           "were initially due to",
           # and in a verbless clause, a timetable still to run: "with ministers due to arrive
           # Tuesday" (only before a verb that is seldom a noun: "due to snow" is a cause)
           "due to",
           # so is a new date for a put-off event, whatever the auxiliary: "the race has been
           # rescheduled for Friday" (not "postponed for a week": a length of time)
           "rescheduled for", "re-scheduled for", "are set to", "return to court", "is to", "are to",
           # a fixture just put off or brought forward has not been played: "Saturday's match
           # has been postponed" (not "moved": "has been moved to another jail on Monday")
           *(f"{aux} been {verb}" for aux in ("has", "have")
             for verb in ("postponed", "called off", "brought forward", "put back")),
           # held or freed until a hearing still to come: "held without bail pending a hearing
           # Wednesday", "released pending an appeal"
           "pending a", "pending an",
           # a court's timetable: "a trial date had been fixed for September 9", "the case was
           # listed for trial on 4 May", "the matter was set down for hearing in June"
           # (not "fixed for $500", "listed for sale")
           "date fixed for", "date is fixed for", "date was fixed for", "date has been fixed for",
           "date had been fixed for", "fixed for trial", "fixed for hearing", "listed for trial",
           "listed for hearing", "listed for sentence", "listed for sentencing",
           "set down for trial", "set down for hearing",
           # a court date a defendant is bound over to: "remanded in custody to appear again on
           # Wednesday", "bailed to reappear on the 14th", "the matter was listed for mention on
           # the 22nd" (not "failed to appear on Monday": only after "again" or "re-")
           "to appear again", "to reappear", "to re-appear", "to next appear", "listed for mention",
           "expect", "expects", "expected to", "set to", "until",
           # so does the progressive of "expect": "we are expecting a quiet sun for the next year
           # or so" (not "was expecting": told after)
           "are expecting", "is expecting", "am expecting",
           # an outlook for prices looks ahead as "expects" does: "analysts see more upside in the
           # second half", "traders see further gains next week" (not "saw": told after)
           *(f"{verb} {outlook}" for verb in ("see", "sees")
             for outlook in ("more upside", "further upside", "more gains", "further gains",
                             "more losses", "further losses", "further declines", "a rebound",
                             "a recovery", "higher prices", "lower prices")),
           # an event awaited: "the final episode is expected in May", "a ruling is expected
           # Friday" (not "was expected", told after the fact)
           "is expected", "are expected",
           # a return awaited is ahead, though told in the past as "was due to" is: "Gorbachev
           # was expected back in Moscow Thursday morning", "the envoy was due back Friday"
           "expected back", "due back",
           # so is one promised: "an interim report is promised by Easter" (not "was promised")
           "is promised", "are promised",
           # a forecast looks ahead: "is forecast to strike the coast on Wednesday"
           "forecast to", "predicted to", "projected to",
           # weather forecast for a day looks ahead, though told in the past ("heavy rain was
           # forecast for Monday, which would hamper relief flights")
           "was forecast for", "were forecast for",
           # and so is the weather a forecaster forecast, its verb in the past: "the department
           # forecast more heavy rain through the weekend", "predicted showers for Sunday"
           *(f"{verb} {weather}" for verb in ("forecast", "forecasted", "predicted")
             for weather in _FORECAST_WEATHER),
           # and in the present: "forecasters predict more snow Friday night", "the outlook
           # calls for snow Sunday" (with no tensed verb, a bare weekday reads as gone by)
           *(f"{verb} {weather}" for verb in ("predict", "predicts", "forecasts", "call for",
                                              "calls for")
             for weather in _FORECAST_WEATHER),
           # and so, plainly, in the present: "snow is forecast for the Highlands overnight"
           "is forecast", "are forecast",
           # the onset of something decided looks ahead, like "effective": "voted to raise rates
           # starting in July", "meetings move to Wednesdays beginning in March"
           "starting in", "beginning in",
           # so does the onset of what is told in the present: "leaders gather for a two-day
           # summit starting Thursday" (not after a past verb: "met at a summit starting Thursday")
           "starting",
           # a sale's opening told as a participle looks ahead too: "posted the tour dates, with
           # tickets going on sale Friday" ("go on sale Friday" is a timetable's present)
           "going on sale",
           # and a production's or a venue's opening: "announced its season, with a new Tosca
           # opening on Sept. 28" (not after another past verb: "attended the opening on Sept. 28")
           "opening on", "opening in",
           # "beginning" with a date is the same onset ("a new agreement beginning April 1"; not
           # the noun, "the beginning of May": see markers)
           "beginning",
           "as soon as", "effective",
           # a notice in force over a span names a span still to run, though issued in the past
           # ("has issued a warning valid from 6am to 9pm Sunday", "a permit valid until Friday")
           "valid from", "valid until", "valid till", "valid through",
           # so does a timetable or a fare in force from a day: "the new timetable, in force
           # from Sunday, adds 1,600 services" (not "was in force from": see markers)
           "in force from", "in effect from",
           "planning to", "planned to", "is due", "are due",
           # and so does getting ready to do it: "said they were preparing to stay through the
           # winter", "troops are preparing to withdraw on Friday"
           "preparing to",
           # what is being planned or prepared now is still to come: "I am already planning an
           # autumn return, perhaps in November", "the company is preparing a listing in June"
           "is planning", "are planning", "am planning", "is preparing", "are preparing",
           "am preparing",
           # a verbless clause of figures still to come looks ahead: "with actual figures due
           # Tuesday", "results due out Monday"
           "figures due", "numbers due", "results due", "data due", "due out",
           # so do offers a tender awaits: "opened its tender on Thursday, with bids due by
           # Sept. 30", "proposals due March 1"
           "bids due", "offers due", "proposals due", "submissions due", "applications due",
           "tenders due",
           # and so does an aside of what is still to come after a comma: "renewed for a third
           # season, due this fall" (only then: see _DUE_ASIDE; "a payment due Monday" keeps the
           # clause's tense)
           "due",
           # a release day in a verbless opening or aside looks ahead: "Out Friday on Sub Pop,
           # the record was cut in 11 days", "the reissue, out Thursday, restores ..." (only
           # right before the day: see _release_day)
           "out",
           # so does a listing's verbless notice of its viewing day: "Open house Sunday, 1 to 4
           # p.m.", "Open homes Saturday and Sunday" (only opening the sentence or a clause after a
           # colon, right before the day: see _open_house_notice; "an open house Sunday drew 70
           # groups" keeps the verb's tense)
           "open house", "open houses", "open home", "open homes", "open inspection",
           "open inspections",
           "is planned", "are planned", "planned for", "warning for", "warnings for",
           # a timetable named for its day looks ahead, verb or none: "the schedule for Tuesday:
           # 9:30 a.m., heats", "carriers trimmed their schedules for Friday" (only right before
           # the day: see markers)
           "schedule for", "schedules for", "timetable for", "timetables for", "order of play for",
           # so are closings named for their day: "districts announced closings for Friday",
           # "cancellations for Monday" (only right before the day, as a timetable)
           "closings for", "closures for", "cancellations for",
           # and so are the classes called off or kept for it: "canceled classes for Wednesday",
           # "closed school for Friday" (only right before the day, as a timetable)
           "classes for", "school for",
           # and so is a school's intake named for its term, told in the past or not: "admitted
           # 97,000 freshmen for the fall", "enrolled 900 students for the spring semester" (only
           # right before the term: see _INTAKE_TERM)
           *_INTAKE_FOR,
           # and so is a show or a screening added for its day, told in the past: "a second
           # screening was added for 10 p.m. Friday", "an extra date has been added for Sunday"
           # (only right before the day, or its clock time: see markers)
           "added for",
           # so is a poll named for its day, whoever called it: "called parliamentary elections
           # for Dec. 12", "set a referendum for April 25" (only right before the day: see markers)
           *_POLL_FOR,
           # so is a forecaster's risk or watch ("placed the area under a moderate risk
           # for Thursday"; not an advisory, often issued for a thing: "an advisory for a megaquake")
           "risk for", "watch for",
           # a product's shelf-life date lies ahead of its recall ("packs with best-before dates
           # between 11 July and 7 October", "a use-by date of 17 July")
           "best before", "best-before", "use by", "use-by", "best by", "best-by",
           # so is the day a sentence allows a prisoner's parole, named by its noun, though the
           # sentence is told in the past: "was jailed for nine months, with parole eligibility on
           # March 1" (not "became eligible for parole in March": a verb tells its own tense)
           "parole eligibility on", "parole eligibility in", "parole eligibility from",
           "parole eligibility date of", "eligibility for parole on", "eligibility for parole in",
           "eligibility for parole from",
           # a retry named for its day is still to come, though the attempt before it is told in
           # the past: "scrubbed the launch Tuesday, with the next attempt Thursday", "another
           # attempt possible Friday", "stood down, with a new target of Friday" (not as the
           # subject of a past verb: see _RETRY_TOLD)
           *_RETRY,
           # a hope of doing is of what may still come, though raised or dashed in the past
           # ("ending hopes of docking with the station Saturday"; only before a verb in -ing:
           # see _HOPE_DOING; a verb after it tells its own tense: "hopes of finding survivors
           # faded Sunday")
           "hopes of", "hope of",
           "could", "might", "may", "should", "ahead of", "ahead to", "hopes to",
           "hoped to", "hope to", "aims to", "aimed to", "likely to", "unlikely to",
           # what is (un)likely before a date is awaited by it, though told in the past ("said
           # a vote was unlikely before the autumn", "a deal was likely before Christmas")
           "unlikely before", "unlikely until", "likely before",
           # so is a move (un)likely in a month, or a meeting that is the next one ("said another
           # increase was likely in July", "signaled no cut at its next meeting in March")
           "likely in", "next meeting in",
           # and so is weather or a step (un)likely on or by a day, though told in the past: "said
           # more rain was likely on Friday", "a decision was unlikely by the weekend"
           "likely on", "unlikely on", "likely by", "unlikely by",
           # a forecast's chance of weather is of what is still to come: "6 to 10 inches of snow
           # are possible overnight", "showers are likely tonight"
           "is possible", "are possible", "is likely", "are likely",
           # a wish or an intent to act looks ahead as "hopes to" does: "a bill the president
           # wants to sign Friday", "intends to file on Monday" (not "wanted to": told after);
           # an intent told in the past is a plan, as "planned to" is: "said she intended to
           # finish the hearings by Christmas" (not "had intended to": see _OVERTAKEN_PLAN)
           "wants to", "want to", "intends to", "intend to", "intended to",
           # and so does a wish for a vote or a decision still to be taken: "McConnell wants a
           # final vote by the end of September", "wants the nominee confirmed by Friday" (not
           # "wanted"; nor any object: "wants the truth about what happened on Sunday" looks back)
           *(f"wants {thing}" for thing in ("a vote", "a final vote", "a floor vote",
                                            "a decision", "a deal", "the vote", "the bill",
                                            "the nominee", "the nomination")),
           "to be held", "to take place", "to follow", "can", "cannot", "can't", "must",
           # a payment or a step still to be made: "a dividend, to be paid in May and November",
           # "a new plant, to be completed in 2012"
           "to be paid", "to be completed", "to be published", "to be released",
           "to be announced", "to be delivered", "to be launched", "to be finished",
           # government money and schemes: "a relief package, to be disbursed till June 30",
           # "a scheme to be implemented from April", "exams to be conducted in May"
           "to be disbursed", "to be implemented", "to be conducted", "to be rolled out",
           # posts, votes and plans still to be settled: "the appointments to be filled before
           # Jan. 20", "a runoff to be decided Dec. 6" (not "to be named": "the first woman to be
           # named to the court in 1981" looks back)
           "to be filled", "to be decided", "to be voted on", "to be unveiled",
           # a show or a film still to reach its audience: "a miniseries to be broadcast in the
           # fall", "a play to be staged in March"
           "to be broadcast", "to be aired", "to be televised", "to be screened", "to be staged",
           # a holiday still to come: "a proclamation of the day, to be observed on Monday",
           # "a new feast, to be celebrated on Friday"
           "to be observed", "to be celebrated", "to be commemorated",
           # readying for an event looks ahead to it, though told in the past ("said it was ready
           # for Wednesday's election", "were gearing up for Sunday's final", "crews braced for
           # gusts Thursday night and Friday")
           "ready for", "preparing for", "prepares for", "gearing up for",
           # so does aiming at an event or a comeback, though told in the past ("said she was
           # aiming for the indoor championships in March", "was eyeing a return in April";
           # not "aimed for": a past try)
           "aiming for", "aims for", "aim for", "eyeing a return", "targeting a return",
           "braced for", "bracing for", "brace for", "braces for",
           # a warning is of what may come, though given in the past (see _WARNED, which also
           # gives bracing its own tense)
           "warned of", "warns of",
           # set to happen: "Republicans appear poised to gain control of the House in Tuesday's
           # elections"
           "poised to",
           # so is a goal on course to be met, though told in the past: "was on track for every
           # adult to have a first shot by Canada Day", "said it was on track to finish by Easter"
           "on track to", "on track for",
           # a step that opens the way to an event looks ahead to it, though the step is told in
           # the past: "the government fell, setting the stage for a winter election", "a ruling
           # paving the way for Monday's vote"
           "setting the stage for", "paving the way for", "clearing the way for",
           # a commitment looks ahead to what was committed to: "agreed to resume talks in
           # September", "pledged to cut tariffs by 2030" (with a noun object, "agreed to the
           # deal on Friday", the verb is a past: see _COMMITTED)
           "agreed to", "pledged to", "promised to", "vowed to",
           # and so does a threat: "threatened to kill a hostage at 6 a.m. Saturday"
           "threatened to",
           # and so does a mandate, whose clause is in the subjunctive: "the court ordered that
           # the boy spend two weeks in January with his father" (see _MANDATED)
           "ordered that", "directed that", "decreed that", "stipulated that", "mandated that",
           # so does a commitment told in the participle or the present, which has no past of its
           # own: "became prime minister, promising to leave the EU by Oct. 31", "vows to finish
           # the work by March 1"
           "promising to", "pledging to", "vowing to", "promises to", "pledges to", "vows to",
           # and so does the noun: "took control with a promise to cut spending by the end of
           # September", "ran on a pledge to end the war by spring"
           "promise to", "pledge to", "vow to",
           # a successor is named for a post still to be taken up: "named Fraser to succeed him
           # as chief executive Jan. 1", "picked to replace her in March"
           "to succeed him", "to succeed her", "to replace him", "to replace her",
           # so does an accord or a plan to act, though announced in the past: "announced an
           # agreement to acquire the bank in January" (the acquisition is to come); so does a
           # proposal put to a vote: "shareholders backed a proposal to switch to quarterly
           # dividends starting in the third quarter"
           "agreement to", "deal to", "plan to", "proposal to",
           # a bookmaker's price is on an event still to be run, though the price moved in the
           # past: "was cut to 4-1 favourite for Saturday's Grand National", "firmed into
           # favourites for Saturday's grand final"; so is one tipped or backed to win it ("were
           # 11-8 favourites to win on Saturday", "was backed to win Saturday's Derby")
           "favourite for", "favourites for", "favorite for", "favorites for",
           "favourite to win", "favourites to win", "favorite to win", "favorites to win",
           "backed to win", "tipped to win")
# a modal with a plain verb looks ahead ("could reach 39C on Thursday"); with "have" it looks
# back ("could have won on Sunday"); "could not", "could no longer" and "could be" are as often
# a past ("could not stop", "by the spring she could no longer walk", "could be located
# Wednesday"); "May" with a capital is the month
# "can" with a plain verb looks ahead too ("residents can ask questions Thursday"); so does
# "must" ("children must turn 5 by Sept. 1"), but not after a past verb, where it reports a
# ruling ("had ruled that he must be returned ... Friday")
_MODALS = frozenset({"could", "might", "may", "should", "can", "cannot", "can't", "must"})
# "MAY" in capitals, as weather bulletins write it, is the modal after its subject ("RIVERS MAY
# CREST SUNDAY"), the month after a word that takes a time ("IN MAY", "EARLY MAY") or opening a
# sentence; the same words before a capitalised month tell it is no name ("in May", not "Theresa May")
_WORD_BEFORE_CAPITAL_MAY = re.compile(r"(?<![\w'.\u2019-])(?P<word>[A-Za-z]+)\s+$")
WORDS_BEFORE_A_TIME = frozenset({
    "in", "by", "since", "until", "till", "from", "early", "late", "mid", "next", "last", "this",
    "each", "every", "through", "during", "before", "after", "of", "on", "for", "between", "and",
    "or", "but", "the", "then", "also", "that", "to", "at", "as", "when", "around", "about",
    "circa", "throughout", "into", "across", "beginning", "end", "start", "middle", "come",
    "following", "previous", "same", "whole", "all", "so", "only"})


def capital_may_is_month(text: str, at: int) -> bool:
    """Whether "MAY" at ``at`` is the month: after a word that takes a time, or opening."""
    before = _WORD_BEFORE_CAPITAL_MAY.search(text, max(0, at - 16), at)
    return before is None or before["word"].lower() in WORDS_BEFORE_A_TIME


# a plain "said" (or "told", "warned") right before the clause reports what someone says must
# still be done: "said an interim report must be submitted by Friday" (the modal decides, as
# "would" does); a ruling told in the pluperfect ("had ruled that he must") keeps its past
_SAID_MUST = re.compile(r"(?<!\bhad\s)\b(?:said|says|told\s\w+|warned|warns)\s[^,;:.]{0,72}$",
                        re.IGNORECASE)
# a relative pronoun as the subject of "must" opens a clause of its own, whose modal looks ahead
# whatever the verb before it: "recommended closing bases, a plan that must be approved by
# Sept. 8" (not "ruled that he must", where "that" introduces the ruling)
_RELATIVE_MUST = re.compile(r"(?<![\w'])(?:that|which|who)\s+$", re.IGNORECASE)
# so does a clause joined on after a comma, with a subject of its own: "accepted the bid in
# April, and the deal must close by Friday" (not "ruled that he must go, and that she must"),
# or on "when" after a day: "headed for a recount by Saturday, when counties must report"
_JOINED_MUST = re.compile(r",\s+(?:and|but|when)\s+(?!that\b)[^,;:.]{0,40}$", re.IGNORECASE)
_SAID_MUST_REACH = 48  # characters before "must" in which to look for that verb
# the reported clause's subject may be long: "said depositions of the district's top
# administrators must be completed by May 31"
_SAID_SUBJECT_REACH = 80
# so does a second verb of the same subject joined on by "and": "the inquiry has been hearing
# evidence since December and must publish its report by November" (not a ruling's clause:
# "ruled that he was liable and must pay by Friday")
_ANDED_MUST = re.compile(r"(?<![\w'])and\s+$", re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"(?<![\w'])that\s", re.IGNORECASE)
# a modal reported in the pluperfect ("had warned it might not close the deal by Jan. 1")
# looked ahead from a time already past: the report's past tells the tense, as with "must"
_HAD_SAID_MODAL = re.compile(r"\bhad\s(?:said|warned|told\s\w+|cautioned|predicted)\s"
                             r"[^,;:.]{0,40}$", re.IGNORECASE)
# but a "have" with an object of its own is the plain verb, looking ahead as the modal does:
# "could have a ruling by Friday", "should have service restored by Friday evening"; so is one
# with an amount or a duty ("may have less time before May 1", "could have to wait until June")
_MODAL_PERFECT = re.compile(r"\s+(?:not\s+)?(?:have|'ve)\b(?!\s+(?:(?:the|a|an|its|their|his|her|"
                            r"our|your|my|them|everyone|everything|less|more|fewer|no|some|any|"
                            r"enough|much|many|until|to)\b|"
                            # a supply to be had again, no perfect: "should have power back by
                            # Saturday", "could have service back on by Friday"
                            r"(?:power|electricity|service|heat|water|gas|lights|internet)\s+"
                            r"back\b|(?!(?:also|never|already|"
                            r"just|still|ever|even|not|been|[a-z]+ly)\b)[a-z]+\s+[a-z]+(?:ed|en)\b))",
                            re.IGNORECASE)
# but "could be given as early as Monday", "could be approved as soon as March": the earliest
# the thing may happen, still ahead, as is the latest ("could be revised as late as Wednesday");
# so is a state still to be reached: "said a deal could be ready by the summer", "could be in
# place by March"; and so is a deadline's edge of a period: "could be introduced by the end of
# August"; so is a deadline named after "by": "could be brought out by Christmas", "could be
# finished by Friday" or "by May", "could be distributed by spring" (a season with or without
# "the", but not "by summer visitors"; not the agent in "could be seen by residents"), or
# "before" it: "hoped children could be vaccinated before Christmas", "could be hired before
# Thanksgiving"; so is a forecast with a comparison or a noun for what is to come: "warned
# Saturday could be worse",
# "said Sunday could be the busiest day" (not a participle: "could be located Wednesday"); so is a sighting
# forecast: "the northern lights could be visible Tuesday night"; so is a day named as the earliest
# something may happen: "said it could be Thursday before rescuers reach the men";
# so is a day a rule takes effect "from": "cars could be banned from 6 a.m. Wednesday"
_COULD_PAST = re.compile(r"\s+(?:not|no\s+longer|be(?!\s+(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                         r"(?:before|at\s+the\s+earliest)|ready|available|visible|in\s+place|worse|better|"
                         r"busier|the\s+(?:busiest|worst|best|biggest|heaviest|hottest|coldest|wettest|"
                         r"peak|last|first)|even\s+(?:worse|busier))\b)"
                         r"(?![^,;.]{0,60}?\b(?:by|before|beyond)\s+(?:next|Christmas|Easter|Thanksgiving|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary|\.)|"
                         r"Feb(?:ruary|\.)|March|April|(?-i:May)|June|July|Aug(?:ust|\.)|Sept?(?:ember|\.)|"
                         r"Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)|\d{4}|"
                         r"the\s+(?:weekend|summer|spring|fall|autumn|winter)|"
                         r"(?:summer|spring|fall|autumn|winter)(?!\s+[a-z]))(?!\w)))\b"
                         r"(?![^,;.]{0,60}?\b(?:as\s+(?:early|soon|late)\s+as|"
                         r"by\s+the\s+(?:end|start|beginning|middle)\s+of)\b)"
                         r"(?![^,;.]{0,60}?\bfrom\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s+"
                         r"(?:on\s+)?)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
                         re.IGNORECASE)
# but a reported "could not" with a season, a month or a year after "before" sets the earliest
# the thing may happen, still ahead, as "until" does: "a new trial could not begin before the
# summer, the judge said" (not "could not reach the house before midnight": an evening gone by)
_COULD_NOT_BEFORE = re.compile(r"\s+not\s+[a-z][a-z ]{0,40}?\sbefore\s+(?:(?:the\s+)?(?:summer|"
                               r"spring|fall|autumn|winter|end\s+of)\b|next\b|(?:January|"
                               r"February|March|April|June|July|August|September|October|November|"
                               r"December)\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|\d{4}\b)")


def _reported_earliest(sentence: str, after_could: int) -> bool:
    """Whether a reported "could not ... before" a season, month or year looks ahead."""
    return _COULD_NOT_BEFORE.match(sentence, after_could) is not None and \
        _REPORTING.search(sentence) is not None


# a subject denied ("Neither party could claim a majority", "nobody could say Sunday") makes
# "could" the past of "can", as "could not" is
_NEGATED_SUBJECT = re.compile(r"(?<![\w'])(?:neither|nor|nobody|no\s+one|none)\b[^,;:.]{0,40}$",
                              re.IGNORECASE)
_PAST = (
    "said", "told", "was", "were", "had", "did", "went", "came", "took", "made", "gave", "met",
    "held", "began", "left", "won", "lost", "fell", "rose", "paid", "sold", "bought", "thought",
    "brought", "found", "saw", "knew", "got", "became", "led", "ran", "sent", "spent", "struck",
    "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "kept", "felt", "heard",
    "meant", "stood", "understood", "fought", "caught", "taught", "sought", "built", "sat",
    "slept", "swore", "threw", "wore", "woke", "ate", "forgot", "shot", "hung", "fled", "sank",
    "withdrew", "overthrew", "undertook", "shrank", "slid", "swung", "sprang", "drew", "shook",
    "froze", "stole", "bore", "forbade", "foresaw", "overtook", "underwent", "withstood",
    "blew", "arose", "flung", "stung", "strode", "shone", "knelt", "leapt",
    # "ground on" is the past of grinding on, not the noun: "the offensive ground on until
    # mid-November", "talks ground on into the night"
    "ground on until", "ground on into", "ground on through", "ground on for",
    # a ruling or a hold told in the past: "a judge Monday upheld the plan", "tenants withheld
    # rent since August"
    "upheld", "withheld", "oversaw", "overrode", "overcame", "mistook", "misled", "dealt",
    "swept", "stuck", "rang", "sang", "rode", "tore", "wept", "forgave", "hid", "lent", "crept",
    "dug", "clung", "rebuilt", "rewrote", "overheard", "overran", "strove", "spun", "bled",
    # plans and eggs alike: "executives on Wednesday laid out how they plan to cope" (after "be"
    # the auxiliary tells: "workers will be laid off Friday")
    "laid",
    # "lay" with how one was found is the past of "lie" ("thousands lay dead in the streets by
    # morning"; the present would be "lie dead"), not the verb of laying wreaths
    "lay dead", "lay dying", "lay injured", "lay wounded", "lay in ruins",
    "died", "tied", "lied", "eyed", "teed", "used", "sued",  # regular pasts too short for the
    # "-ed" pattern below
    # an irregular participle reducing a passive clause dates what was done: "a poll taken
    # Saturday through Monday" (after "be" the auxiliary tells: "will be taken Friday")
    "taken",
    # so does "begun", the participle of "began": "an internal review begun in June is expected
    # to end by October" (after "be" or "have" the auxiliary tells, as for "taken")
    "begun",
    # and "seen", whoever was sighted: "police are looking for a man seen near the bank Friday"
    "seen",
    # and "born", whoever came into the world: "twins born in February are expected home soon"
    "born",
    # and "sown", whatever went into the ground: "cosmos sown in March can be pinched out now"
    "sown",
    # and "withdrawn" and "written", a product pulled or a loan made: "lenders may reintroduce
    # deals withdrawn during the autumn", "loans written in the spring will reset next year"
    "withdrawn", "written",
    "ago", "since", "has been", "have been", "had been",
    # "sales hit a record low in February": "hit" with its object is a past in news
    "hit a", "hit an", "hit the", "hit record", "hit its", "hit their",
    "hit on", "set on", "hit in", "set in",  # "the record high set on Sept. 20", "the schedule
    # it set in December" (not "will hit on Friday", "expected to hit in August": below)
    # so is "set" with its object: "the sprinter who set the world record on Sunday"
    "set a", "set an", "set the", "set its", "set their", "set record",
    # and "set fire", what was burnt: "inmates set fire to mattresses at 9 p.m. Saturday",
    # "rioters set fires in two cell blocks Sunday" (not "threatened to set fire to": below)
    "set fire", "set fires",
    # the source a report is "according to" came out before it: "the notes could be extended,
    # according to a filing late Wednesday" (written on Thursday: the day before)
    "according to",
    # and "set aside" with what was put by: "the bank set aside $2 billion for bad loans in the
    # fourth quarter" (not "will set aside", "plans to set aside": below)
    "set aside",
    # and "set off" or "set out", as a boat or a field leaves: "the trimaran set off from Ushant
    # at 10:42 p.m. Sunday" (not "will set off", "is due to set off": below)
    "set off", "set out",
    # so is "spread" with where it reached: "the worm spread to 150 countries over the weekend",
    # "the ransomware spread across 150 countries starting Friday" (not "could spread to", "is
    # expected to spread into": below)
    "spread to", "spread into", "spread across", "spread through", "spread throughout",
    # and "cut" with what was reduced: "the agency cut service in April", "the bank cut rates on
    # Tuesday" (not "will cut service in January", "plans to cut its fares by June": below)
    "cut service", "cut its", "cut their", "cut the", "cut rates", "cut interest",
    # and both with what a business makes or sells: "shortages that hit output in April", "the
    # airline cut jobs in March" (not "will cut jobs in May", "could hit sales in the autumn")
    "hit output", "hit production", "hit sales", "hit demand", "hit profits", "hit earnings",
    "cut output", "cut production", "cut jobs", "cut costs", "cut prices", "cut spending",
    # and "shut down", what stopped: "the subway shut down at 7 p.m. Sunday" (not "will shut
    # down on Friday", "plans to temporarily shut down in May": below)
    "shut down",
    # and "shut" with what was closed: "the chain shut its last stores Friday" (not "will shut
    # its stores on Sunday", "plans to shut the plant in May": below)
    "shut its", "shut their", "shut the", "shut all",
    # or a pronoun for it: "the pandemic shut it in March" (not "will shut it in May": below)
    "shut it", "shut them",
    # and "quit" with the post or the place left: "the mayor quit the party in June", "she quit
    # as chair in April" (not "plans to quit the board in May": below)
    "quit the", "quit its", "quit his", "quit her", "quit their", "quit as",
    # and "put" with whom a poll placed: "a poll over the weekend put the Conservatives 11 points
    # ahead" (not "will put the party ahead", "could put them in the lead": below)
    "put the", "put its", "put their", "put them",
    # any of these after "last", the time it was done before: "bars, which the state last shut
    # in March", "the bank last cut rates in 2019"
    "last shut", "last cut", "last hit", "last set", "last put", "last quit",
    # a forecast made by a singular subject is one already made, as the present adds "-s": "two
    # years later than it forecast in March", "the growth he forecast in January"
    "it forecast", "he forecast", "she forecast",
    # and one in the past perfect was overtaken by what came: "forecasters had predicted rain on
    # Saturday, but the sun shone" (not "forecast more rain through the weekend": see _FUTURE)
    "had forecast", "had forecasted", "had predicted",
    # sales judged good or bad, given as the reason for what follows, have been counted: "will
    # close 68 stores after weak sales in November and December"
    "after weak sales", "after poor sales", "after slow sales", "after soft sales",
    "after disappointing sales", "after sluggish sales", "after lackluster sales",
    "after strong sales", "after weak holiday sales", "after poor holiday sales",
    "after disappointing holiday sales", "after strong holiday sales",
    "after slow holiday sales", "after soft holiday sales",
    # a mishap given as the reason for what follows has happened: no one schedules an injury
    # ("will miss Saturday's match after failing a concussion test on Sunday")
    "after suffering", "after sustaining", "after failing", "after injuring", "after hurting",
    "after tearing", "after spraining", "after straining", "after fracturing",
    "after rupturing", "after being injured", "after being hurt", "after being sent off",
    # so is a punishment handed down: "will miss three games after being banned on Monday"
    "after being banned", "after being suspended", "after being cited", "after being fined",
    # a bone or a joint given way: "will be out four to six weeks after breaking his hand Thursday"
    "after breaking", "after dislocating", "after separating", "after aggravating",
    "after bruising", "after twisting", "after reinjuring", "after being ejected",
    # a result given as what came before has been played: "plays again on Thursday after
    # beating Bogomolov on Monday", "host Leeds on Saturday after losing to Derby on Tuesday"
    "after beating", "after defeating", "after losing to", "after drawing with",
    # and so is a contest won or an office gained: "will be sworn in this week after winning the
    # leadership race Sunday night", "takes office in May after being elected on Thursday"
    "after winning", "after being elected",
    # so is a figure's move given as what came before: "expects sales to be flat this year,
    # after falling 3 percent in the fourth quarter"
    "after falling", "after rising", "after dropping", "after declining", "after climbing",
    "after slipping", "after sliding", "after plunging", "after jumping", "after surging",
    # so is a death given as the cause: "matches have been postponed following the death of
    # the Queen on Thursday" (the fixture is ahead, the death is not)
    "following the death of", "after the death of",
    # and so is an attack, a crash or a find given as the cause of a rule: "passengers are asked
    # to arrive early, following the discovery of a bomb in April" (the rule is now, the find is
    # not: nobody schedules a bombing)
    "following the discovery of", "after the discovery of", "following the bombing",
    "after the bombing", "following the bombings", "after the bombings", "following the crash",
    "after the crash", "following the attack", "after the attack", "following the attacks",
    "after the attacks", "following the explosion", "after the explosion",
    # a share's closing price is one already struck: "a premium of 63% over the closing price on
    # Friday" (the offer is ahead, the price it beats is not)
    "closing price", "closing prices",
)
# the verbs of a day that brings an anniversary or a term's round figure (see _MARKS_WHAT)
_MARKING = ("marks", "completes")
_PRESENT = ("is", "are", "am", "has", "have", "remains", "continues", "seems",
            # the plural: "surged in 2020 and remain high today" (not after a modal or "to":
            # see _REMAIN_INFINITIVE)
            "remain",
            # what a firm is now, in verbs that are rarely a noun: "today it employs 40,000"
            "employs", "operates", "owns", "manages", "controls",
            # what a place draws now: "today it receives two million visitors a year"
            "receives", "attracts",
            # what an order does while it stands: "an injunction that keeps the landlord from
            # evicting tenants during the winter" (written in November: the coming winter)
            "keeps",
            # what is left of a building now: "the mill, built in 1889, still stands today"
            "still stands", "still stand", "survives",
            # the time a plan or an appeal is for ("the appeal, launched on Monday, covers the
            # period from July to December"; "covers" alone is as often a noun)
            "covers the period", "cover the period", "covers the months", "cover the months",
            # an anniversary the day brings: "Tuesday marks the centenary of the revolution",
            # "Tuesday marks 113 years since" (with its object, see _MARKS_WHAT: "1.84 marks
            # Wednesday" is money, "check marks on Saturday" a sign); and a term in office that
            # comes to a round figure: "the mayor marks his 100th day in office on Thursday",
            # "Hurd completes his first year as chief executive on Saturday" (with the same object)
            *_MARKING)
# the present of a scheduled event ("Arafat and Netanyahu meet Monday", "the session opens
# Tuesday"): a timetable, read like the present tense. Base forms only where they are rarely
# a noun or an adjective, and not as an infinitive ("agreed to meet Monday": see below).
_SCHEDULE = ("meet", "meets", "begin", "begins", "start", "starts", "opens", "resume", "resumes",
             "convene", "convenes", "reconvene", "reconvenes", "arrive", "arrives", "departs", "expires", "travels",
             # a chamber's next sitting: "Parliament sits again on Monday", "the Dail sits next
             # on Tuesday" (not "sits" alone: "the bill sits on his desk")
             "sits again", "sit again", "sits next",
             # an itinerary: "flies to Strasbourg on Friday", "leaves for Beijing Sunday"
             "flies", "fly", "leaves for",
             # a departure or a gathering on the timetable: "the secretary leaves Washington on
             # Wednesday for Asia", "NATO leaders gather in Washington on Friday"
             "leaves", "gather", "gathers",
             # a departure's day told before where to: "lawmakers leave Thursday for the recess"
             # (a verb only after a plural subject, as "start": "took maternity leave in March")
             "leave",
             # a tour's or a race's itinerary: "the tour moves to Akron on Thursday", "the race
             # crosses into France on Tuesday", "Woods tees off at 8:40 a.m. Thursday"; a horse
             # race's post time: "the Arc goes off at 4.05pm on Sunday"
             "moves to", "moves on to", "crosses into", "enters the", "tees off", "tee off",
             "goes off",
             # a visit's: "the Queen goes on to Montreal Wednesday", "he spends Sunday in Tokyo"
             "goes on to", "spends",
             # a wedding's day on the order of the day: "the couple marry at Westminster Abbey on
             # Friday", "the Crown Prince marries at 4pm on Saturday" (not "wed": as often a past)
             "marry", "marries",
             # an engagement diary's or a court circular's day: "on Wednesday the Minister
             # attends the committee", "the President presides over the ceremony at 11 a.m.",
             # "the Queen unveils a plaque Friday", "he lays a wreath at noon", "the Governor
             # delivers a briefing at 2 p.m."
             "attends", "presides over", "unveils", "inaugurates", "lays a wreath",
             "delivers a", "delivers his", "delivers her",
             # a series' next venue: "the series shifts to Denver for Game 3 on Friday"
             "shifts to", "switches to",
             "host", "hosts", "face", "faces", "play", "plays", "visit", "visits", "heads",
             # a game's or a season's first whistle: "the Bruins drop the puck on their season
             # Wednesday night", "the Lakers tip off Tuesday", "the rivals square off Saturday"
             "drop the puck", "drops the puck", "tip off", "tips off", "square off", "squares off",
             # a champion's banner night before its opener: "the Celtics raise their banner Tuesday night"
             "raise their banner", "raises its banner", "raise the banner", "raises the banner",
             "kick off", "kicks off", "kicks into gear", "kick into gear", "vote", "votes", "go to the polls", "goes to the polls", "goes to",
             # a turn on a calendar and a fixed speech: "voters head to the polls Tuesday", "the
             # Bank of England follows on Thursday", "Bush delivers the State of the Union Tuesday"
             "head to the polls", "follow on", "follows on", "delivers the", "addresses the",
             # a briefing on the day's calendar: "the press secretary briefs reporters at 1:30
             # p.m.", "officials brief reporters Tuesday" (not "legal briefs": the noun has no object)
             "briefs reporters", "brief reporters", "briefs the press", "brief the press",
             # the caucuses' turn on the calendar: "Iowans go to the caucuses Monday"
             "go to the caucuses", "goes to the caucuses", "head to the caucuses",
             "heads to the caucuses",
             # a company's results on the calendar: "Apple reports earnings Wednesday", "Nvidia
             # reports results after the bell" (not "reports that sales rose": the verb of saying)
             "reports earnings", "report earnings", "reports results", "report results",
             # a release's day on the calendar: "the jobs report lands Friday"
             "lands",
             # a race's day off: "the peloton rests on Tuesday before the Pyrenees"
             "rests",
             # a league's own calendar and a home side's fixture: "the league pauses after
             # Sunday's games", "the season restarts on Friday", "Roma entertain Lazio on Sunday"
             "pauses", "restarts", "entertain", "entertains",
             # a programme's next part after a plural subject: "the celebrations continue on
             # Thursday with a reunion" ("continues" is the present, above)
             "continue",
             "reports its results", "reports quarterly", "report quarterly",
             "reports its earnings", "report their earnings", "report their results",
             # a stock's turn on the dividend calendar: "the shares go ex-dividend Thursday"
             "go ex-dividend", "goes ex-dividend", "trade ex-dividend", "trades ex-dividend",
             # a window's or a poll's closing time, also as "shuts": "the transfer window shuts at
             # 11pm on Thursday" ("shut" alone is a past as often)
             "shuts",
             "open", "close", "closes", "travel", "take on", "takes on", "welcome", "welcomes",
             "takes place", "take place", "reopens", "reopen", "return", "returns",
             "break up", "breaks up", "break for", "breaks for", "announce", "go on sale", "goes on sale",
             # an auction's or a listing's day: "the terrace goes under the hammer Saturday",
             # "the house goes on the market Friday", "the portrait goes on display Sunday"
             "goes under the hammer", "go under the hammer", "goes on the market",
             "go on the market", "goes on display", "go on display",
             "goes on show", "go on show",
             # a trial's day on a court's calendar: "the former curator goes on trial in
             # November", "the two men stand trial in March"
             "goes on trial", "go on trial", "stands trial", "stand trial",
             # a debt sale's day: "two-year notes go on the block Monday", "the 30-year bond
             # comes to market Thursday"
             "go on the block", "goes on the block", "come to market", "comes to market",
             # a sky event's almanac: "the Perseid meteor shower peaks overnight Thursday", "the
             # Geminids peak Thursday night" ("peak" a verb only after a plural subject, as "start")
             "peaks", "peak",
             # a planet's or the moon's almanac: "Saturn reaches opposition on Wednesday", "the
             # moon passes within 2 degrees of Venus on Friday"
             "reaches opposition", "reach opposition", "reaches conjunction", "passes within",
             # and with a plural subject, or a planet's farthest reach from the sun: "Mars and
             # Uranus pass within 2 degrees Wednesday", "Venus reaches its greatest elongation Sunday"
             "pass within", "reaches its greatest", "reaches greatest",
             # a plan with its object after a plural subject, as "plans a" after a singular one:
             # "the couple plan an Oct. 10 wedding" (not "the peace plan a court struck down")
             "plan a", "plan an",
             # decisions or letters sent on a school's or an office's timetable: "final decisions
             # come in mid-March", "offers go out in February", "the letter goes out Friday"
             "come in", "comes in", "go out", "goes out",
             # a river's forecast crest: "homes could flood when the river crests on Thursday"
             # (the noun is "the crest", "a crest"; "crested" is a past)
             "crests",
             # a front's or a storm's forecast track: "drier air moves in Wednesday", "a cold
             # front moves through Thursday night", "the storm moves into the area Friday"
             "moves in", "move in", "moves through", "move through", "moves into", "move into",
             # the clock change's timetable: "clocks go back an hour at 2am on Sunday", "clocks
             # spring forward at 2 a.m. Sunday", "pupils go back on Wednesday 14 August",
             # "students head back to class Wednesday" ("heads" is above)
             "go back", "goes back", "head back", "fall back", "falls back", "spring forward",
             "springs forward", "go forward", "goes forward",
             # a fixture or a sitting kept on the timetable: "the second paper goes ahead on
             # Wednesday afternoon", "the strike goes ahead Thursday", "the talks go ahead Monday"
             "goes ahead", "go ahead",
             "runs through", "runs until", "run through", "run until", "ends",
             # a show's or a fair's own days: "the festival runs Friday through Sunday" (not the
             # plural noun, "won by 43 runs on Sunday", "two home runs Sunday": see below)
             "runs",
             # a forecast for a day: "Saturday looks breezy and cooler"
             "looks",
             # "the sales end on Friday" (not "the end", "in the end": no finite verb there)
             "end on",
             # and with a plural subject right before it: "the novendiales end Sunday", "the
             # talks end Friday" (not "in the end", "at the end": see _NOUN_TOO)
             "end",
             # "won by 43 runs on Sunday"
             # how an event's timetable ends: "the carnival concludes with Stakes Day on Saturday"
             "concludes", "finishes",
             # so after a plural subject, with what ends: "the Lions end their tour on Saturday",
             # "the champions finish their season at home on Sunday"
             "end their", "finish their",
             # a concert's or a show's calendar: "the orchestra performs Friday", "the program
             # repeats tonight and Friday afternoon"
             "performs", "repeats",
             # a procession's or a show's timetable: "the parade sets off at 2pm on Saturday",
             # "the fair comes to the hall from Friday"
             "sets off", "comes to", "gets under way", "gets underway",
             # a law's or a rule's own timetable: "the ban takes effect Monday", "the state
             # becomes the 23rd to legalize marijuana Tuesday" ("become" is the participle too)
             "becomes", "takes effect", "take effect", "goes into effect", "go into effect",
             "comes into force", "come into force", "comes into effect", "come into effect",
             "enters into force", "enter into force", "kicks in", "kick in", "lapses",
             # a market's change on its timetable: "Canada and Mexico make the switch to T+1 on
             # Monday", "the exchange makes the move Tuesday", "the two markets move to T+1 Monday"
             "make the switch", "makes the switch", "make the move", "makes the move", "move to",
             # and its end: "the credit sunsets Sept. 30", "the tax cuts expire Dec. 31", "the
             # subsidy phases out Jan. 1"
             "sunsets", "expire", "phases out",
             # a training camp's reporting days: "rookies report Sunday", "veterans report to
             # camp on July 27" (a verb only after a plural subject, as "start": "a report
             # Friday said", "news reports Friday" are the noun)
             "report",
             # and what is about to run out: "with the contract expiring Wednesday"
             "expiring",
             # money or a deadline running out: "its funding runs out at midnight Friday"
             "runs out", "run out",
             "releases", "premieres", "debuts", "airs", "drops", "hits theaters", "hits theatres",
             "hits stores", "hits shelves", "turns", "falls on",
             # a book's day on the publisher's calendar: "the novel reaches bookshops on
             # Thursday", "the memoir hits bookstores Tuesday"
             "reaches bookshops", "reach bookshops", "reaches bookstores", "reach bookstores",
             "hits bookshops", "hits bookstores", "reaches shelves", "reaches the shelves",
             # a film's run on its timetable: "the film screens Wednesday", "the series streams
             # from Friday", "the sequel bows Friday", "it goes wide Friday", "the film expands to
             # 2,000 theaters Friday", "it expands nationwide Friday", "the festival unveils its
             # lineup Tuesday", "Cruise brings the film to Cannes on Wednesday"
             "screens", "streams", "bows", "goes wide",
             # and its start told by the participle, the verb left out: "Streaming from Friday
             # on iPlayer, the drama...", "available from Monday"
             "streaming from", "available from",
             # a bill's top act with its object: "the band headlines the main stage Saturday"
             # (not the noun: "made headlines the next day", see below)
             "headlines the", "headlines a", "headline the", "headline a", "expands to", "expands nationwide",
             "expand nationwide", "expands wide", "goes nationwide", "unveils", "brings",
             # a birthday's or an anniversary's day, as "turns 30 on Sunday": "who celebrates
             # his birthday on Sunday", "the club celebrates its centenary on Saturday"
             "celebrates",
             # a religious leader's visit on its timetable: "he prays at the Basilica of
             # Guadalupe Saturday", "the pope canonizes Junipero Serra Wednesday", "he beatifies
             # Cardinal Newman on Sunday"
             "prays", "canonizes", "canonises", "beatifies",
             # a court's ceremonial timetable: "Naruhito ascends the throne on Wednesday", "the
             # queen abdicates on Tuesday", "the prince marries on Saturday", "the King addresses
             # the nation at 6pm", "the coffin lies in state from Wednesday" ("wed" is its own
             # past; a base form is as often one a modal governs: "will return and address the
             # nation that evening")
             "ascends", "abdicates", "marries", "weds", "addresses the nation", "lies in state",
             # and a guest's speech to a chamber: "the president addresses Parliament Wednesday"
             "addresses parliament", "addresses congress", "addresses lawmakers",
             "addresses a joint",
             # a leader's published schedule: "on Wednesday he speaks at the summit", "he
             # campaigns in Florida on Friday", "on Tuesday he appears with the senator", "he
             # chairs the cabinet Wednesday", "he gives the address on Thursday" (with what
             # follows, as "campaigns" and "chairs" alone are as often plural nouns)
             "speaks at", "speaks to", "speaks in", "speaks before",
             "campaigns in", "campaigns with", "campaigns for", "campaigns across",
             "appears with", "appears on", "appears at", "appears before",
             "chairs a", "chairs the", "gives a", "gives his", "gives her", "gives the",
             # a decision still to be taken, told in the present: "Wisconsin voters decide Tuesday
             # whether to recall the governor", "the board decides Friday on the merger"
             "decide", "decides",
             # a debut's or a return's day: "Hamilton makes his Ferrari debut on Sunday", "the
             # colt makes his first start Saturday" (the present of a fixture, as "debuts")
             "makes his", "makes her", "makes its", "make their",
             # a football calendar: "Tuchel names his squad on Friday", "the league takes its
             # winter break after Wednesday's matches"
             "names his squad", "names her squad", "names their squad", "name their squad",
             "takes its winter break", "take their winter break",
             # a broadcaster's timetable: "the series wraps Thursday", "CBS broadcasts the game
             # Sunday", "the show goes live this weekend", "the service launches Monday"
             "wraps", "wraps up", "wrap up", "broadcasts", "telecasts", "simulcasts", "goes live",
             "go live", "launches",
             # and a presenter's last or first day on it: "the anchor signs off Friday after 32
             # years", "her deputy takes charge on Monday" ("signed off" is the past)
             "signs off", "sign off", "takes charge", "take charge",
             # a product's release and a price's change: "the game comes out Friday", "prices go
             # up on Monday", "fees rise on Tuesday", "tolls rise from Monday", "the new tariffs
             # apply from 1 April", "the wage rises to $7 on Thursday", "fares increase by 5% on
             # Monday", "stamps cost more from Monday" (not "ships": as often the noun)
             "comes out", "come out", "goes up", "go up", "rise on", "rises on", "rise from",
             "rises from", "apply from", "applies from", "rise to", "rises to", "rise by",
             "rises by", "increase to", "increases to", "increase by", "increases by",
             "climb to", "climbs to", "climb by", "climbs by", "cost more from",
             "costs more from",
             # and a cut as a rise: "VAT falls from 17.5 per cent to 15 per cent on Monday", "the
             # rate drops to 5% on 1 July", "the levy falls by half from April"
             "fall to", "falls to", "fall from", "falls from", "fall by", "falls by", "drop to",
             "drops to", "drop from", "drops from", "decrease to", "decreases to", "decrease by",
             "decreases by",
             # a legislature's recess: "the Commons rises for Christmas on 19 December", "the
             # Senate adjourns Friday for two weeks" (not "the index rises for a fourth day")
             "rises for the summer", "rise for the summer", "rises for the recess",
             "rise for the recess", "rises for christmas", "rise for christmas",
             "rises for easter", "rise for easter", "adjourns",
             # a journal's or a court's timetable: "the paper appears in Thursday's issue of
             # Nature", "he appears in court Friday"
             "appears in", "appear in", "appears online",
             # an election's timetable: "eleven states hold primaries Tuesday"
             "hold", "holds",
             # a court's or a legislature's docket: "the Supreme Court hears arguments Friday",
             # "the House takes up the bill Tuesday", "the Senate weighs the nominee Monday"
             "hears", "hear arguments", "takes up", "take up", "considers", "weighs",
             # a career's or a deployment's timetable: "the general retires Friday after 30
             # years", "the brigade deploys Monday", "the carrier sets sail on Tuesday", "the
             # frigate sails Thursday for the Gulf", "the battalion ships out Monday"
             "retires", "steps down", "deploys", "deploy", "redeploys", "sets sail", "set sail",
             "sails", "ships out", "ship out",
             # and a display team's show, as "performs": "the Red Arrows perform on Saturday"
             "perform",
             # and a witness's turn before it: "the FBI director testifies Tuesday before the
             # Senate" ("agreed to testify Monday" is an infinitive: see below)
             "testifies", "testify",
             # a debt's or a report's timetable, a clause without its verb: "failed to refinance
             # loans due in June", "bonds due in March" (the month nearest publication, not one
             # a past verb further off would pick; "a payment due Monday" keeps the clause's tense)
             "due in",
             # and a debt's maturity told the same way: "sold its holdings of bills maturing in
             # late October" (the month nearest publication, not the one the past verb picks)
             "maturing in")
_NOT_PAST = frozenset({"need", "needed", "speed", "feed", "seed", "indeed", "proceed", "exceed",
                       "succeed", "united", "limited", "based", "red", "bed", "hundred",
                       "embed", "breed", "creed", "greed", "weed", "bleed", "steed", "shed",
                       "alleged", "detailed", "related", "advanced", "expected", "scheduled",
                       "slated", "planned",
                       "supposed", "concerned", "interested", "reported", "estimated",
                       "unexpected", "unprecedented", "armed",
                       # a unit's kind, not a deed: "a new armored brigade", "armoured troops"
                       "armored", "armoured",
                       # "un-" adjectives that no verb stands behind ("undrafted rookies", "an
                       # undisclosed fee"): a state, never a finite past
                       "undrafted", "undefeated", "unnamed", "unidentified", "undisclosed",
                       "unspecified", "unranked", "unseeded", "unvaccinated", "unopposed",
                       "unannounced", "unauthorized", "unauthorised", "undocumented",
                       "unrestricted", "unemployed", "untested", "unscheduled", "unsigned",
                       # adjectives of a noun, not of a verb ("skilled migrants", "gifted
                       # pupils"): a quality, never a finite past
                       "skilled", "unskilled", "talented", "gifted", "renowned",
                       # "checks dated Dec. 30", "a letter dated March 3": the date written on a
                       # document, not a past event; the clause's own verb tells the tense
                       "dated"})
# a period still running, as "ended" closes one: "the fiscal year ending March 31", "the
# quarter ending on June 30" (a noun before it, so no schedule verb)
_RUNNING_PERIOD = ("year ending", "years ending", "quarter ending", "quarters ending",
                   "half ending", "months ending", "period ending", "weeks ending")
# "retroactive to January 1": the date a law reaches back to, before publication, whatever the
# tense of the verb ("would be retroactive to", "is backdated to", "will get back pay to")
_BACK_TO = ("retroactive to", "retroactively to", "backdated to", "retroactive from",
            "retroactively from", "backdated from", "back pay to", "back pay from",
            "backpay to", "backpay from")
_TENSE_OF: dict[str, Tense] = {
    **{w: Tense.PRESENT for w in _PRESENT + _SCHEDULE + _RUNNING_PERIOD},
    **{w: Tense.PAST for w in _BACK_TO},
    **{w: Tense.PAST for w in _PAST},
    **{w: Tense.FUTURE for w in _FUTURE},
}
# one pass: a marker word, or any word ending in -ed (a regular past form), or "cut" before a
# figure, what was reduced by how much: "the first, in October, cut 10% of staff", "cut 200
# jobs in March" is a past as "cut jobs" is (not "will cut 10% of staff in May": the modal)
_MARKERS_TEXT = (r"(?<![\w'])(?:(?P<word>" + trie_regex(_TENSE_OF) + r")|[a-z]{3,}ed"
                 r"|(?P<cut>cut(?=\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d)))(?![\w'])"
                 r"|(?P<ll>'ll)\b")
_MARKERS = re.compile(_MARKERS_TEXT, re.IGNORECASE)
# and, in a sentence with one, "they're", "I'm": the present of "be" written short, as "are"
# and "am" are (a pattern of its own, as most sentences have none)
_MARKERS_SHORT_BE = re.compile(_MARKERS_TEXT + r"|(?<=[a-z])(?P<be>['\u2019](?:re|m))(?![\w'\u2019-])",
                               re.IGNORECASE)


_SCHEDULE_WORDS = frozenset(_SCHEDULE)
# a favourite's price looks ahead to the race, unless the sentence goes on to its result: "who
# started as the 4-1 favourite for Saturday's Grand National, won by two lengths" is told after
_FAVOURITE = frozenset(w for w in _FUTURE if w.startswith(("favourite", "favorite", "backed to",
                                                           "tipped to")))
_RESULT_AFTER = re.compile(r"\b(?:won|lost|fell|finished|beat|drew|unseated|pulled\s+up|"
                           r"(?:was|were)\s+beaten|came\s+(?:home|in|second|third|last))\b",
                           re.IGNORECASE)
_RESULT_AFTER_REACH = 160  # characters after the price in which to look for the result
# a campaign told in the progressive of the past ("was seeking a third term in November") is
# over, no timetable
_CAMPAIGN = frozenset(w for w in _FUTURE if w.startswith(("seeking ", "running for ", "up for ")))
# and so is a notice or a timetable told as in force in the past ("the ban was in force from
# Monday", "the permit was valid until Friday")
_IN_FORCE = frozenset({"in force from", "in effect from", "valid from", "valid until",
                       "valid till", "valid through"})
_WAS_BEFORE = re.compile(r"(?<![\w'])(?:was|were|had\s+been)\s+(?:(?:[a-z]+ly|still|not)\s+)?$",
                         re.IGNORECASE)
# a commitment to a noun ("agreed to the deal", "promised to Britain") is told in the past; to an
# infinitive ("agreed to resume") it looks ahead
_COMMITTED = frozenset({"agreed to", "pledged to", "promised to", "vowed to", "threatened to"})
# a court or a board that fixed a hearing's day did so in the past, but the day it fixed lies
# ahead: "a judge on Thursday scheduled the trial for Oct. 17", "the court listed the bail plea
# for July 11"; so does an official who set a poll's day: "set a recall election against the
# governor for May 17", "scheduled the special election to fill the seat for June 2" (only with
# a hearing's or a poll's noun as the object: "posted a loss for the quarter" is not a plan)
_APPOINTING = frozenset({"scheduled", "listed", "fixed", "posted", "set"})
# (the words around the noun as one run of word characters and spaces (after it, with the
# periods of abbreviated titles: "against Gov. Evan Mecham"), each up to 100
# characters, not a repeat of words: a repeat inside a repeat backtracks without bound)
_APPOINTED_FOR = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'\s-]{0,100}?\s)?"
                            r"(?:trial|hearing|hearings|case|matter|plea|petition|petitions|appeal|"
                            r"application|sentencing|arraignment|motion|arguments|conference|"
                            r"(?P<poll>election|elections|referendum|runoff|run-off|plebiscite|"
                            r"by-election|vote|ballot|poll))\b"
                            r"(?:\s[\w'.\s-]{0,100}?)?\s(?P<for>for)\s", re.IGNORECASE)
# the mandate is a past ("on Monday ordered that"), what it mandates looks ahead from "that"
_MANDATED = frozenset({"ordered that", "directed that", "decreed that", "stipulated that",
                       "mandated that"})
# what is sent in (or bought) by or before a deadline, named by a plural noun before it:
# "proposals received by 5 p.m. Sunday will be reviewed", "tickets bought before Thursday are
# $5 off" are reduced relative clauses, not past verbs, so the clause's own verb tells whether
# the deadline lies ahead; the deadline starts with a figure, a weekday or a month, or is noon
# or midnight, not "by the agency" (nor a feast: "ballots postmarked by Election Day could
# arrive as late as Saturday" is told of the day gone by)
# so is what is mailed or shipped by, before or after a posting deadline: "cards mailed after
# Saturday may not arrive", "anything shipped after Wednesday may arrive late", "orders placed by
# Dec. 18 arrive by Christmas Eve"
_SENT_IN = frozenset({"received", "submitted", "filed", "postmarked", "lodged", "bought", "purchased",
                     "booked", "reserved", "renewed", "mailed", "posted", "shipped", "sent",
                     "dispatched", "placed"})
_SENT_IN_BY = re.compile(r"\s+(?:by|before|after)\s+(?:\d|noon\b|midnight\b|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|"
                         r"Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
                         re.IGNORECASE)
_SENT_IN_NOUN_REACH = 20  # characters looked back for the noun naming what is sent in
_ANY_THING = frozenset({"anything", "everything", "something", "nothing"})
# what is priced under a ceiling is named by the noun before it: "clothing priced under $100
# is exempt", "items priced at $100 or less qualify", "can skip the tax on school supplies priced
# below $50 this weekend" are reduced relative clauses, not past verbs, so the clause's own verb
# tells the tense (not "Uber priced its shares at $45 Thursday", nor "the offering priced at $18
# on Jan. 5": a deed, the price no ceiling)
_PRICED_UNDER = re.compile(r"\s+(?:(?:at\s+or\s+)?(?:under|below)|up\s+to|(?:at\s+)?(?:less|no\s+more)"
                           r"\s+than)\s+(?:about\s+)?[$\u00a3\u20ac\d]"
                           r"|\s+at\s+[$\u00a3\u20ac]?\d[\d,.]*\s+or\s+(?:less|under|below)\b",
                           re.IGNORECASE)
_NOT_PRICE_NOUNS = frozenset({"it", "they", "we", "he", "she", "who", "which", "that", "and", "or",
                              "but", "then", "also", "was", "were", "been", "be", "is", "are",
                              "had", "has", "have"})
_NOT_PLURAL_NOUNS = frozenset({"has", "was", "is", "this", "his", "its", "does", "as", "us"})
# a warning is given in its own tense ("on Monday warned of shortages" is that Monday), and
# what it is of looks ahead ("warned of a difficult winter", "warns of a surge in January");
# a day after "on" is the warning's again ("warned of shortages on Friday"); so with bracing
# for what is to come ("crews on Monday braced for the storm": that Monday)
_WARNED = {"warned of": Tense.PAST, "warns of": Tense.PRESENT,
           "braced for": Tense.PAST, "braces for": Tense.PRESENT}
_WARNED_ON = re.compile(r"(?<![\w'])(?P<cue>warned\s+of|warns\s+of|braced\s+for|braces\s+for)"
                        r"\s[^,;:.]{0,40}?\s(?P<on>on)\s", re.IGNORECASE)
# what a warning says lies ahead is told in the past of the report, but looks ahead from it:
# "warned that the NHS faced a difficult winter" (told in October) is the coming winter; the
# report's past goes on after it ("... after the mildest summer in years" is the one gone by)
_WARNED_FACED = re.compile(r"(?<![\w'])warned\s+(?:that\s+)?[^,;:.]{0,40}?\s"
                           r"(?P<verb>faced|was\s+facing|were\s+facing)\s+(?:a|an|the|its|their|"
                           r"another)\s+(?:[a-z]+\s+)?(?:[a-z]+\s+)?(?P<season>winter|summer|spring|autumn)\b",
                           re.IGNORECASE)
# "Sat" as the weekday: a period after it, or the day's number ("Sat 6/26", "Sat 14 May")
_SAT_WEEKDAY = re.compile(r"\.|,?\s\d")
# a capitalised word in -ed before another capitalised word, in a sentence not written in title
# case, is part of a name, not a past verb: "at Christ Reformed Church", "beside Alfred Jones"
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]")
# (nor is it an infinitive when "to" ends a reduced clause, its object gone before it: "a truce,
# agreed to on Sunday, collapsed", "the deal agreed to early Friday"; see _RESOLVED_TO too)
_NOUN_NEXT = re.compile(r"\s+(?:(?i:a|an|the|this|that|these|those|his|her|its|their|our|my|"
                        r"your|some|any|all|each|every|no|on|in|at|during|early|late|earlier)\b|"
                        r"[A-Z0-9$])|\s*[,;]")
# a deal agreed to is dated by its agreeing: "Disney agreed to buy Fox in December", "the two
# chains agreed to merge in May" tell when the deal was struck, as news of a deal does (a meeting
# agreed to, "agreed to meet Monday", is still ahead)
DEAL_VERBS = r"(?:buy|acquire|purchase|merge|combine|sell|take\s+over)\b"
_DEAL_AGREED = re.compile(r"\s+" + DEAL_VERBS, re.IGNORECASE)
_BACK_TO_WORDS = frozenset(_BACK_TO)
# "set" after an article or an ordinal is the noun of tennis or volleyball ("lost a set for the
# first time on Monday", "took the opening set for the loss of two games"); so is a band's set, a
# length or a slot before it ("played a three-hour set on Dec. 31", "their closing set on
# Saturday"), or the kind of music played ("with a DJ set in the hall from 8 p.m."), not "the
# record high set on Sept. 20"
_SET_NOUN = re.compile(r"(?:\b(?:a|the|one|another|first|second|third|fourth|fifth|opening|"
                       r"deciding|final|only|single|closing|headline|headlining|acoustic|"
                       r"DJ|live|jazz)|"
                       r"-(?:hour|minute)|\b(?:hour|minute)-long)\s+$", re.IGNORECASE)
# before a schedule verb, these make it an infinitive ("agreed to meet") or a noun ("his visit",
# "the votes", "Sunday's vote", "put on hold"): no tense of its own
# after a modal ("will visit") the modal tells the tense
_NOT_FINITE = re.compile(r"(?:\b(?:to|did|not|(?-i:a|an)|the|his|her|its|their|our|my|your|this|that|"
                         r"these|those|first|last|next|home|away|will|would|shall|should|could|"
                         # an ordinal counts the noun: "lost a second vote Wednesday", "a 13th ballot"
                         r"second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
                         r"stay|stays|remain|remains|keep|keeps|"  # "stay open": an adjective
                         r"housing|"  # "housing starts": the statistic, a noun
                         r"cargo|"  # "a cargo hold": a ship's or a plane's hold, a noun
                         # a market's close ranked: "its record close on Sept. 20", "the
                         # lowest close since Oct. 27" (a noun, not "markets close Friday");
                         # so is the most recent one: "the latest vote counts as of 11 p.m.
                         # Thursday", "its latest close"
                         r"record|lowest|highest|best|worst|weakest|latest|"
                         # a timetable's point named: "their scheduled close on Friday" (a noun)
                         r"scheduled|"
                         # a role held: "stepped down as host Thursday night" (a noun)
                         r"as|"
                         r"can|may|might|must|beat|beating|against|of|for|with|co|on)|n't|'ll|"
                         # so does a modal with an adverb between: "the exchange will also
                         # close early on Christmas Eve", "would likely resume Monday"
                         r"\b(?:will|would|shall|should|could|can|might|must|to)\s+"
                         r"(?:also|still|again|only|just|even|instead|likewise|[a-z]+ly)|"
                         # a date before the word names which one: "the Oct. 9 vote", "the
                         # March 3 visit" (a noun; the date's own tense is the sentence's)
                         # (the month's own name, not a word it begins: "Maroon 5 headlines");
                         # not a date after "on", which ends a phrase before the verb: "Ferries
                         # for the ceremony on Nov. 25 go on sale Friday"
                         r"(?<!\bon\s)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                         r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                         r"\.?\s+\d{1,2}|"
                         r"['\u2019]s|-)\s*$",
                         re.IGNORECASE)

# a parliament's vote named by its kind: "lost a confidence vote on Monday", "the final vote
# Tuesday" (a noun, not "MPs vote Monday"); so is a chamber's: "called the snap vote in May", "a
# cloture vote Monday", "passed on a voice vote Tuesday", "a free vote in June"; or by what it
# settles: "the certification vote on Wednesday", "the impeachment vote in December", "two
# investiture votes in late September"; or by who casts it: "counting electoral votes after
# 8 p.m.", "the absentee votes Friday"; and by its tally or its side: "on a 15-11 vote Tuesday",
# "a party-line vote Monday"; by its weight or its hour: "cast the tie-breaking vote late Friday
# night", "hours of consecutive votes, finishing late Thursday night", "a late-night vote on
# Tuesday"; a play or a visit is named so too ("on the final play Sunday night"). Before another
# verb in -s they are its subject: "the final begins Sunday", "the party leadership meets Tuesday".
_VOTE_KIND = re.compile(r"\b(?:confidence|procedural|final|popular|runoff|run-off|leadership|"
                        r"snap|cloture|voice|roll-call|straw|free|"
                        r"certification|confirmation|impeachment|ratification|nomination|"
                        r"censure|investiture|electoral|absentee|provisional|"
                        r"deciding|decisive|tie-breaking|tiebreaking|consecutive|pivotal|"
                        r"overnight|late-night|all-night|"
                        r"\d{1,3}[-\u2013]\d{1,3}|party-line)\s*$", re.IGNORECASE)
# a chamber's vote after an article is a noun too: "delayed a Senate vote for hours Thursday
# night" (not "the Senate votes Tuesday", whose verb agrees with the chamber)
_CHAMBER_VOTE = re.compile(r"\b(?-i:a|an|another)\s+(?:Senate|House|floor|committee|council|"
                           r"board|shareholder)\s*$", re.IGNORECASE)
# a lone article and a word before a schedule verb's bare form make it a noun: "made a
# surprise visit Tuesday", "an unannounced visit at 10:30 a.m. Tuesday", "a track meet
# Saturday" (not "a delegation visits Tuesday", whose verb agrees with the singular noun)
_ARTICLE_WORD = re.compile(r"(?<![\w'])(?-i:a|an)\s+(?-i:[a-z][a-z-]+)\s+$")
# so do a possessive and a word ("the president's surprise visit on Sunday", "his farewell tour
# in May"), not a plural or a group, which may be the verb's subject ("their parents visit on
# Sunday", "his side face Arsenal on Saturday")
_POSSESSIVE_WORD = re.compile(r"(?:(?<![\w'])(?-i:his|her|its|their|our|my|your)|\w['\u2019]s)\s+"
                              r"(?!(?:team|side|squad|club|crew|staff|band|group|family|party|"
                              r"government|board|council|committee|couple|pair)\s)"
                              r"(?-i:[a-z][a-z-]+)(?<!s)\s+$")

# a number of votes is a noun, no timetable's verb: "fell one vote short of election Tuesday",
# "lost by two votes on Friday" (not "the 12 members vote on Tuesday": a noun between)
_COUNTED_VOTE = re.compile(r"(?<![\w'-])(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|a\s+few|several|\d[\d,]*)\s+$", re.IGNORECASE)
_COUNTED_VOTE_REACH = 14  # characters before "vote" in which to look for the number


# what "marks" as the present of an anniversary takes: "the centenary", "a year", "one year",
# "113 years", "two decades" (not money, "1.83 marks Wednesday", nor a sign, "check marks")
_MARKS_WHAT = re.compile(r"\s+(?:the|a|one|(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                         r"(?:years|decades|centuries|months|weeks|days)|"
                         # a term's own count: "his 100th day", "her first year", "its first six
                         # months", "his first anniversary"
                         r"(?:his|her|its|their)\s+(?:first\s+)?(?:[\w-]{1,12}\s+)?"
                         r"(?:year|years|months|weeks|week|days|day|anniversary))\b", re.IGNORECASE)


# "has died", "have been", "has won", "has cost": the present perfect reports a past event (so
# does "has again declined")
_PARTICIPLE = re.compile(
    r"\s+(?:(?:not|already|also|just|now|since|recently|finally|long|never|ever|again|repeatedly|"
    r"previously|twice)\s+)?"
    r"(?:\w+(?:ed|en)|been|gone|done|made|won|lost|held|met|said|told|left|found|become|come|"
    r"run|begun|shown|known|grown|thrown|written|spoken|broken|chosen|driven|fallen|risen|"
    r"sold|bought|brought|thought|paid|kept|sent|spent|built|struck|fought|led|fled|hit|"
    r"cut|put|set|shut|quit|read|had|got|gotten|seen|taken|given|sought|taught|caught|"
    r"cost|hurt|spread|felt|heard|laid|meant|stood|sat|swept|dealt|lent|slept|shot|split|burst)\b",
    re.IGNORECASE)
_PERFECT_AUX = frozenset({"has", "have"})
# but a present perfect takes no past day of its own ("*have switched by Thursday"), so one that
# must be done by a day or an hour names a deadline still to come: "customers who have not
# switched by Thursday night will lose service", "anyone who has not paid by midnight" (not a
# day's own thing, "hit by Monday's storm", nor a figure, "has risen by 5%")
_PERFECT_BY_DEADLINE = re.compile(r"\s+by\s+(?:(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                                  r"(?![\w\x27\u2019])|(?:noon|midnight|tonight|tomorrow)\b|"
                                  r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))",
                                  re.IGNORECASE)
# but a plan made is told of what lies ahead: "members have planned a dinner in August", "the
# board has scheduled a vote for Tuesday" (the planning is past, its day is not)
_PLANNED_PARTICIPLE = re.compile(r"\s+(?:also\s+|already\s+|now\s+)?(?:planned|scheduled|arranged|"
                                 r"organi[sz]ed|booked)\s+(?!for\s+(?:months|weeks|years)\b)",
                                 re.IGNORECASE)
# "have" after a modal is no present of its own: "who will have five months to pivot before
# November" looks ahead with "will" ("could have won" is the modal's perfect, read above)
# nor is an infinitive "to have" ("expects to have power back by Friday": the verb before it tells)
_MODAL_HAVE = re.compile(r"(?:(?<![\w'])(?:will|would|shall|can|could|may|might|must|should|to)|'ll)"
                         r"\s+(?:not\s+)?$", re.IGNORECASE)
# "will have", "to have": a perfect still to come ("would have won" looks back)
_FUTURE_PERFECT = re.compile(r"(?:(?<![\w'])(?:will|shall|to)|'ll)\s+(?:not\s+)?$", re.IGNORECASE)
# but a figure expected or forecast "to have risen" is one for a period already over, its release
# awaited: "economists expect payrolls to have risen by 165,000 after 114,000 in July", "the
# economy is forecast to have grown 2% in the third quarter" (a change by a figure only: not
# "expects to have finished by Friday", "the river to have risen above its banks by Friday", a
# result still to come)
_FIGURE_PERFECT = re.compile(r"\s+(?:risen|fallen|grown|increased|decreased|declined|dropped|"
                             r"climbed|slowed|accelerated|edged|ticked|contracted|expanded|"
                             r"shrunk|shrank|added|lost|shed|eased|jumped|slipped|rebounded)"
                             r"\s+(?:(?:by|to|about|some|around|nearly)\s+)?[$\u20ac\u00a3]?\d",
                             re.IGNORECASE)
_FORECAST_BEFORE = re.compile(r"(?<![\w'])(?:expect(?:s|ed)?|forecasts?|projected|estimated|"
                              r"predicted|seen)\s[\w\s,.-]{0,40}$", re.IGNORECASE)
_FORECAST_REACH = 52  # characters before "to have" in which to look for the forecast
# a participle after a "have" or "get" still to come is a result wanted, not a past event:
# "expects to have everyone reconnected by Friday", "will get the line repaired by Monday"
# and so after "should have" and an object: "should have service restored by Friday" (not
# "should have been restored", "should have finished", a perfect looking back); and after a
# "see" still to come: "hopes to see the hostages freed by Christmas", "would see troops
# withdrawn by May"; and a state still to be found or left: "drivers will find the ramp closed
# Friday", "crews will leave one lane open through Sunday". The object is a noun phrase: a
# preposition that opens a phrase of the verb's own ends it, and a participle after that phrase
# tells its own past ("will get refunds under a settlement announced Monday")
_RESULT_WANTED = re.compile(r"(?<![\w'])(?:(?:to|will|'ll|would|shall)\s+(?:have|get|see|find|leave)\s|should\s+"
                            r"(?:have|get)\s+(?!been\b|\w+(?:ed|en)\s)[\w'-]+\s)"
                            r"(?:(?!(?<![\w'])(?:under|from|through|since|during|via|despite)\s)"
                            r"[\w'\s-]){0,30}$", re.IGNORECASE)
_RESULT_REACH = 40  # characters before the participle in which to look for that "have"
# so is one after a present verb of keeping or wanting and its object: "keeps the government
# funded through Sept. 30", "wants the fund established by July 1", "keeps agencies funded" (a
# bare object is one word); the object may stand before the verb, in a relative clause: "the
# budget bill, which leaders want passed by July 4", "the treaty they need ratified by May"
_RESULT_KEPT = re.compile(r"(?<![\w'])(?:(?:keeps?|wants?|needs?)\s+(?:(?:the|a|an|its|their|his|"
                          r"her|our|them|it)\s[\w\s-]{0,24}|\w+\s+)|(?:wants?|needs?)\s+)$",
                          re.IGNORECASE)

# a participle set off by a comma and followed by its agent is a reduced passive clause, not a
# verb of its own: "the Test will be played at the MCG, followed by the Sydney Test in early
# January" (the main verb tells the tense)
_COMMA_BEFORE = re.compile(r",\s*$")
_AGENT_AFTER = re.compile(r"\s+by\s", re.IGNORECASE)


# so is a participle telling how an amount is spread over time: "spending will be $140 million,
# weighted toward the second half" (the spending is still to come)
_SPREAD_PARTICIPLES = frozenset({"weighted", "skewed", "tilted", "concentrated", "staggered"})
_SPREAD_AFTER = re.compile(r"\s+(?:toward|towards|to|in|into|over|across)\s", re.IGNORECASE)


def _result(sentence: str, start: int) -> bool:
    """Whether the participle at ``start`` is a result wanted or kept ("to have everyone
    reconnected", "keeps the government funded"), not a past tense. The words each pattern
    needs are looked for first: most participles have neither before them."""
    window = max(0, start - _RESULT_REACH)
    before = sentence[window:start].lower()
    if ("have" in before or "get" in before or "see" in before or "find" in before or
            "leave" in before) and \
            _RESULT_WANTED.search(sentence, window, start) is not None:
        return True
    return ("keep" in before or "want" in before or "need" in before) and \
        _RESULT_KEPT.search(sentence, window, start) is not None


# but an act of enactment done by its agent is a past of its own, and dates what stands in its
# clause: "the overhaul, signed by the governor on Tuesday, will take effect July 1"
_ENACTED = frozenset({"signed", "approved", "passed", "adopted", "enacted", "ratified",
                      "vetoed"})


# so is a holiday's "observed" before the day it is kept on: "closed for Veterans Day, observed
# on a Friday", "Independence Day, observed Monday" (the closure's verb tells the tense)
_OBSERVED_ON = re.compile(r"\s+(?:on\s|this\s|next\s|[A-Z][a-z]+day\b)")


def _comma_participle(sentence: str, start: int, end: int) -> bool:
    if _COMMA_BEFORE.search(sentence, max(0, start - 3), start) is None:
        return False
    if sentence[start:end].lower() == "observed" and _OBSERVED_ON.match(sentence, end):
        return True
    if sentence[start:end].lower() in _ENACTED:
        return False
    if _AGENT_AFTER.match(sentence, end) is not None:
        return True
    return sentence[start:end].lower() in _SPREAD_PARTICIPLES and \
        _SPREAD_AFTER.match(sentence, end) is not None


# a participle that names what goes before it is a reduced relative clause, not a past verb: "on
# January 20, a day called Inauguration Day", "met in a secret meeting called a conclave", "a
# rover named Sojourner" (the clause's own verb tells the tense); only after "a" or "an" and a
# noun or two, the article not opening the sentence ("A neighbor called police": its subject),
# and before a name or "a"/"an"
_NAMING = frozenset({"called", "named", "dubbed", "nicknamed"})
_NAMING_BEFORE = re.compile(r"(?<![\w'])\S+\s+(?:a|an)\s+[\w'-]+\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"\s+(?:[A-Z]|(?:a|an)\s)")
_NAMING_REACH = 40  # characters before the participle in which to look for the article


def _naming_participle(sentence: str, start: int, end: int) -> bool:
    return sentence[start:end].lower() in _NAMING and \
        _NAMING_AFTER.match(sentence, end) is not None and \
        _NAMING_BEFORE.search(sentence, max(0, start - _NAMING_REACH), start) is not None


# a participle of being held fast, right after the people held and before where they are, is a
# reduced relative clause naming them, not a past verb: "hoped to reach six miners trapped in the
# mine by Thursday", "crews trying to free workers stranded on the ridge before Friday" (the
# clause's own verb tells the tense; not "the fire trapped 20 people", where an object follows)
_CONFINED = frozenset({"trapped", "stranded", "buried", "entombed", "marooned", "stuck"})
_CONFINED_BEFORE = re.compile(r"(?<![\w'])(?!(?:was|is|has|does|gets|its|this)\s)(?:[a-z][a-z-]*[a-rt-z]s|men|women|children|people|"
                              r"them|those)\s+$", re.IGNORECASE)
_CONFINED_AFTER = re.compile(r"\s+(?:(?:for\s+[\w-]+\s+[a-z]+\s+)?(?:in|inside|under|"
                             r"beneath|below|behind|underground|underwater|on|at|by)\b)",
                             re.IGNORECASE)


def _confined_participle(sentence: str, start: int, end: int) -> bool:
    return sentence[start:end].lower() in _CONFINED and \
        _CONFINED_AFTER.match(sentence, end) is not None and \
        _CONFINED_BEFORE.search(sentence, max(0, start - 20), start) is not None


# a participle right after the things it names and before the last day they may come by is a
# reduced relative clause bounding them, and the clause's verb still to come tells the tense:
# "benefits will cover fuel deliveries made through April 30", "the credit can be claimed for
# purchases made before Dec. 31" (not "the fire trapped 20 people through Friday", nor a past
# main verb: "the fund covered repairs made through June")
_WINDOW_AFTER = re.compile(r"\s+(?:through|thru|until|till|before)\s+(?=[A-Z0-9])")
_WINDOW_MODAL = re.compile(r"(?<![\w'])(?:will|can|may|shall)\s", re.IGNORECASE)


def _window_participle(sentence: str, start: int, end: int) -> bool:
    return _WINDOW_AFTER.match(sentence, end) is not None and \
        _CONFINED_BEFORE.search(sentence, max(0, start - 20), start) is not None and \
        _WINDOW_MODAL.search(sentence, 0, start) is not None


# before a verb in -s, "that" is a relative pronoun ("a documentary that opens Friday"), and a
# possessive names the subject ("Celera's appears in Science on Friday": Celera's paper)
# a plural noun and "that" before a verb in its plain form: the relative clause's subject
_PLURAL_THAT = re.compile(r"(?<![\w'])(?!(?:his|its|this|was|is|has|as|us|does|pass)\s)"
                          r"(?-i:[a-z][a-z-]*[a-rt-z])s\s+that\s+$", re.IGNORECASE)
_PLURAL_THAT_REACH = 30  # characters: the longest plural noun before "that"
_RELATIVE_THAT = re.compile(r"(?<![\w'])that\s+$|['\u2019]s\s+$", re.IGNORECASE)
# but "that" after a verb of saying or finding opens a reported clause, and the word in -s after
# it is that clause's subject, a plural noun ("announced that visits over the Thanksgiving weekend
# tripled", "said that meets on Saturday drew crowds")
_SAID_THAT = re.compile(r"(?<![\w'])(?:said|says|announced|announces|reported|reports|added|adds|"
                        r"noted|notes|stated|states|confirmed|confirms|disclosed|discloses|"
                        r"revealed|reveals|showed|shows|found|finds|estimated|estimates)\s+that\s+$",
                        re.IGNORECASE)

_BE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$", re.IGNORECASE)
# "start" is as often a noun ("a strong start Friday", "his first start"), and so is "peak" ("at
# its peak Friday"): a verb only after a plural subject ("pre-orders start Friday", "classes start
# Monday", "they start Monday", "the Geminids peak Thursday night"); so is "leave" ("on leave
# Monday", "took maternity leave in March"; "lawmakers leave Thursday")
_NOUN_TOO = frozenset({"start", "peak", "leave", "plan a", "plan an", "wrap up", "end", "report"})
# "peaks" after a modifier, a number, a possessive or a determiner is the plural noun
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
_PEAKS_NOUN = re.compile(r"(?:\w-\w+|['\u2019]s|\d|(?<![\w'])(?:the|its|their|his|her|of|all|"
                         + _COUNT_WORDS + r"|highest|tallest|mountain|twin|snow-capped|alpine))\s+$",
                         re.IGNORECASE)
# "runs" after a kind of run or a possessive is the plural noun of a score (a gridiron's too:
# "two touchdown runs", "three 40-yard runs")
# "an alert runs from 9 a.m. Wednesday to 9 a.m. Thursday": a clock time opening the span is
# one occurrence on the timetable, as after "runs" alone ("the season runs from June to
# November" may be every year's, and is left to the span's end)
_RUNS_FROM_ONE_DAY = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?-i:noon|midnight)\b")
# so is a weekday opening a span to another: "advance polling runs from Friday to Monday" is the
# coming Friday, as "runs Friday to Monday" is (a month may be every year's, and stays left to the
# end, as does a span "through" a day, which _THROUGH_DATE reads)
_RUNS_FROM_WEEKDAY = re.compile(r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:to|until|till)\s")
_RUNS_NOUN = re.compile(r"(?:(?<![\w'])(?:home|winning|tying|earned|unearned|touchdown|scoring|"
                        r"the|its|their|his|her)|-yard|['\u2019]s|\d)\s+$", re.IGNORECASE)
# "headlines" after a verb of news or a determiner is the noun ("made headlines the next day")
_HEADLINES_NOUN = re.compile(r"(?:(?<![\w'])(?:made|make|makes|making|grabbed|grab|grabs|grabbing|"
                             r"hit|hits|the|its|their|his|her|our|front-page)|['\u2019]s)\s+$",
                             re.IGNORECASE)
# "screens" after a kind of screen or a determiner is the plural noun ("vanished from radar
# screens Saturday", "on TV screens"), not a film's run ("the film screens Saturday")
_SCREENS_NOUN = re.compile(r"(?:(?<![\w'])(?:radar|tv|television|computer|phone|"
                           r"touch|big|small|giant|the|their|its|his|her|our|your)|['\u2019]s|\d)\s+$",
                           re.IGNORECASE)
# "launches" after a kind of launch or a determiner is the plural noun ("a series of missile
# launches in July", "two rocket launches on Friday"), not a service's debut ("the app launches
# Monday")
_LAUNCHES_NOUN = re.compile(r"(?:(?<![\w'])(?:missile|rocket|satellite|shuttle|space|test|product|"
                            r"the|their|its|his|her|our)|['\u2019]s|\d)\s+$", re.IGNORECASE)
# (perhaps with a short phrase after the noun: "tours of the house start Saturday", "guided hikes
# through the gorge start Saturday", "repairs to the roof start", "weeks of roof work start";
# not a determiner before the word: "hopes of a start Friday")
_PLURAL_SUBJECT = re.compile(r"(?:(?<![\w'])(?!(?:his|its|this|was|is|has|as|us|does|pass)\s)"
                             r"[a-z][a-z-]*[a-z]s(?:\s+(?:of|through|at|in|along|around|to)\s+"
                             r"(?:the\s+)?(?!(?:a|an|the|his|her|its|their|my|our|your)\s)[a-z][a-z-]*"
                             r"(?:\s+[a-z][a-z-]*)?)?|"
                             r"(?<![\w'])(?:they|we|you|couple))\s+$", re.IGNORECASE)

# or a plural subject with a phrase in apposition set off by commas: "the Geminids, the year's
# richest meteor shower, peak Monday night" (a number's commas inside: "records going back 2,700
# years")
_APPOSED_PLURAL = re.compile(r"(?<![\w'])(?!(?:his|its|this|was|is|has|as|us|does|pass)\s)"
                             r"[A-Za-z][a-z-]*[a-z]s,\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){3,60},\s+$")

# a word in -s is a plural noun, not a verb, after "of" and a hyphenated modifier ("14% of
# roll-call votes") or after a plural quantifier, which a verb in -s cannot agree with ("missed
# most votes in October", "two visits in May", "received 11.7 million returns by Jan. 31"), also
# with one lower-case modifier between ("received 13 million tax returns in July")
_PLURAL_BEFORE = re.compile(r"(?:(?<![\w'])of\s+[a-z]+-[a-z]+|(?<![\w'-])(?:most|many|several|"
                            r"few|fewer|both|" + _COUNT_WORDS + r"|"
                            r"dozens|hundreds|thousands|thousand|million|billion|"
                            r"\d{1,3}(?:,\d{3})*)"
                            r"(?:\s+(?!(?:he|she|it|they|we|you|who|which|that|this|there|then|"
                            r"and|or|but|the|a|an|his|her|its|their)\s)"
                            # (not a unit of time, which ends a length: "a consultation of 12
                            # weeks begins on Monday", where "begins" is the verb)
                            r"(?!(?:seconds|minutes|hours|days|weeks|months|years|decades)\s)"
                            r"[a-z]+(?:-[a-z]+)?)?)\s+$")
# (lower case only, and not a year: "the Final Four begins on Sunday", "fiscal 1997 begins on
# Tuesday" are a name and a year before a verb)
_PLURAL_REACH = 45  # characters before the word in which to look for them


# a participle whose verb is left out, opening the sentence with the release's timetable
_LEADING_PARTICIPLES = frozenset({"streaming from", "available from"})


# "open" after a verb of keeping or leaving and its object is an adjective, no schedule: "the
# chain kept its stores open until 1 a.m. Friday", "will keep the park open Sunday"; so after
# one of declaring: "declared the Games open shortly before 10 p.m."
_KEPT_OPEN = re.compile(r"\b(?:kept|keep|keeps|keeping|left|leave|leaves|leaving|held|hold|holds|"
                        r"declared|declare|declares|declaring|pronounced)"
                        r"\s+(?:(?:the|a|an|its|his|her|their|our|my|some|all|most)\s+)?"
                        r"[\w'-]+\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)


# "report" with an object or a clause after it tells what was seen ("residents report seeing
# smoke", "doctors report a rise in cases", "officials report that"), not a day to turn up
_REPORT_TELLS = re.compile(r"\s+(?:[a-z]+ing\b|(?:that|a|an|the|no|more|fewer|some|any|few|"
                           r"many|higher|lower|record|similar)\b|\d)", re.IGNORECASE)


# and it is a day to turn up only for those who are called in: players to a training camp,
# recruits to a base, jurors to court ("pitchers and catchers report Feb. 14"; not "the jobs
# report Friday showed", "the earnings report Friday", where "report" is the noun)
_REPORTING_PEOPLE = re.compile(r"(?<![\w'])(?:rookies|veterans|players|pitchers|catchers|"
                               r"quarterbacks|recruits|draftees|conscripts|reservists|troops|"
                               r"jurors|cadets|newcomers|holdouts|squads)\s+$", re.IGNORECASE)


def _infinitive(sentence: str, start: int, word: str) -> bool:
    """A schedule verb that is an infinitive, a noun or an adjective here ("to meet", "his
    visit", "the French Open", "polls were open")."""
    if word not in _SCHEDULE_WORDS:
        return False
    if start == 0 and word in _LEADING_PARTICIPLES:
        return False  # "Streaming from Friday, the drama ...": capitalised only as the opening
    if word.lower() in _NOUN_TOO and _PLURAL_SUBJECT.search(sentence, max(0, start - 40), start) is None \
            and (not sentence.endswith(", ", 0, start) or
                 _APPOSED_PLURAL.search(sentence, max(0, start - 80), start) is None):
        return True
    if word.lower() == "report" and (_REPORT_TELLS.match(sentence, start + 6) or
                                     _REPORTING_PEOPLE.search(sentence, max(0, start - 20), start) is None):
        return True  # "residents report seeing smoke on Friday": telling what was seen, no
        # reporting day; "the jobs report Friday showed": the noun
    if word.lower() == "open" and _KEPT_OPEN.search(sentence, max(0, start - 40), start):
        return True  # "kept its stores open until 1 a.m. Friday": an adjective, the keeping
        # verb tells the tense
    if word.lower() == "peaks" and _PEAKS_NOUN.search(sentence, max(0, start - 30), start):
        return True  # "all 14 of the world's 8,000-meter peaks on Thursday": mountains
    if word.lower() == "screens" and _SCREENS_NOUN.search(sentence, max(0, start - 12), start):
        return True  # "vanished from radar screens Saturday": the plural noun
    if word.lower() == "launches":
        noun = _LAUNCHES_NOUN.search(sentence, max(0, start - 12), start)
        if noun is not None and not _number_ends_name(sentence, noun):
            return True  # "a series of missile launches in July": the plural noun (not
            # "Black Ops 6 launches Oct. 25", a title's number)
    if word[:8].lower() == "headline" and \
            _HEADLINES_NOUN.search(sentence, max(0, start - 12), start):
        return True  # "made headlines the next day": the plural noun
    if word.lower() == "runs" and (_RUNS_NOUN.search(sentence, max(0, start - 12), start) or
                                   (sentence.startswith(" from ", start + 4) and
                                    _RUNS_FROM_ONE_DAY.match(sentence, start + 10) is None and
                                    _RUNS_FROM_WEEKDAY.match(sentence, start + 10) is None)):
        return True  # "hit two home runs Sunday": a score; "runs from Thursday through next
        # Tuesday": the span's end tells (see _THROUGH_DATE)
    if word.split()[0].endswith("s") and \
            _RELATIVE_THAT.search(sentence, max(0, start - 6), start) and \
            _SAID_THAT.search(sentence, max(0, start - 18), start) is None:
        return False  # "a film that opens Friday": "that" opens a clause; "that visit" is a noun
        # ("Sunday's vote", too)
    if word in ("due in", "maturing in"):  # no verb to be a noun or an infinitive: "yielded
        # more than those due in December" is that debt's timetable, as "bills due in December"
        return not sentence[start].islower() or \
            _BE.search(sentence, max(0, start - 7), start) is not None
    # wide enough for the longest word before it ("certification ")
    not_finite = _NOT_FINITE.search(sentence, max(0, start - 15), start)
    if not_finite is None and (word.lower() == "votes" or not word.split()[0].endswith("s")):
        not_finite = _VOTE_KIND.search(sentence, max(0, start - 15), start)
    if not_finite is None and word.lower() == "vote":
        not_finite = _CHAMBER_VOTE.search(sentence, max(0, start - 20), start)
    if not_finite is None and not word.split()[0].endswith("s"):
        not_finite = _ARTICLE_WORD.search(sentence, max(0, start - 25), start) or \
            _POSSESSIVE_WORD.search(sentence, max(0, start - 40), start)
    if not_finite is not None and not_finite.group().rstrip() in ("May", "MAY"):
        not_finite = None  # "a law signed in May takes effect Thursday": the month, no modal
    elif not_finite is not None and not_finite.group().rstrip().lower() == "that" and \
            _PLURAL_THAT.search(sentence, max(0, start - _PLURAL_THAT_REACH), start) is not None:
        not_finite = None  # "rushed to beat tariffs that take effect Thursday": "that" after a
        # plural noun opens a relative clause, whose verb is finite (not "that visit", a noun)
    if not word.split()[0].endswith("s") and \
            _LET_OBJECT.search(sentence, max(0, start - 50), start) is not None:
        return True
    return not sentence[start].islower() or not_finite is not None or \
        _BE.search(sentence, max(0, start - 7), start) is not None or \
        (not word.split()[0].endswith("s") and
         _ING_BEFORE.search(sentence, max(0, start - 24), start) is not None) or \
        (word.endswith("s") and _plural_before(sentence, start))


# an event "held" or "hosted" named by a plural noun in the object of a verb still to come is a
# reduced relative clause told of what is planned: "the fairs will be replaced by webinars held
# every Thursday in October" (the "will" tells the tense, not the participle; not "webinars held
# in October drew crowds", where nothing ahead comes before it)
_HELD_EVENT = frozenset({"held", "hosted", "staged"})
_HELD_AHEAD = re.compile(r"(?<![\w'])(?:will|shall)\s[^,;:.]{0,60}?\s(?-i:[a-z]{3,}s)\s+$",
                         re.IGNORECASE)
_HELD_AHEAD_REACH = 80  # characters before the participle in which to look for that "will"
# so is one named by a singular noun after an ordinal or "only" in the complement of a "will
# be": "It will be the first general election held in February since 1990" is the coming
# February (the noun cannot be the subject of a finite "held" there)
_HELD_FIRST_AHEAD = re.compile(
    r"(?<![\w'])(?:will|shall)\s+be\s+(?:the|its|their)\s+(?:first|second|third|last|final|"
    r"only)\s[^,;:.]{0,40}?\s?(?-i:[a-z]{3,})\s+$", re.IGNORECASE)

# so is one named by an indefinite noun whose own verb, after the participle, is a modal: "a
# recall vote held after Jan. 10 would only hand power to the vice president", "any election
# held before March will be a waste" tell what would follow such a poll, not one gone by (not
# "the vote held on Jan. 10 was annulled", nor "a vote held in March, which would ...")
_HELD_INDEFINITE = re.compile(r"(?<![\w'])(?:a|an|any)\s[\w'\s-]{0,40}$", re.IGNORECASE)
_HELD_MODAL_NEXT = re.compile(r"[^,;:]{0,60}?\s(?-i:would|will|could|might|must|can)\s")
_HELD_INDEFINITE_REACH = 45  # characters before the participle in which to look for the article

_HELD_NOT_NOUN = frozenset({"that", "which", "who", "was", "were", "is", "are", "has", "had",
                            "have", "and", "but"})


def _held_if(sentence: str, start: int, end: int) -> bool:
    """Whether the participle at ``start`` ends an indefinite noun whose verb is a modal after
    it ("a recall vote held after Jan. 10 would ..."), a reduced relative clause."""
    noun = _HELD_INDEFINITE.search(sentence, max(0, start - _HELD_INDEFINITE_REACH), start)
    return noun is not None and not _HELD_NOT_NOUN.intersection(noun.group().lower().split()) \
        and _HELD_MODAL_NEXT.match(sentence, end) is not None


def _sent_in_by_deadline(sentence: str, start: int, end: int) -> bool:
    """Whether the participle at ``start`` names what is sent in by a deadline after a plural
    noun ("applications received by noon Friday"), a reduced relative clause."""
    if _SENT_IN_BY.match(sentence, end) is None:
        return False
    before = sentence[max(0, start - _SENT_IN_NOUN_REACH):start].split()
    noun = before[-1] if before else ""
    return len(noun) > 3 and noun.isalpha() and (noun.lower() in _ANY_THING or (
        noun.endswith("s") and noun.lower() not in _NOT_PLURAL_NOUNS))


def _price_participle(sentence: str, start: int, end: int) -> bool:
    """Whether "priced" at ``start`` names goods by a price ceiling after their noun ("items
    priced under $100"), a reduced relative clause."""
    if sentence[start:end].lower() != "priced" or _PRICED_UNDER.match(sentence, end) is None:
        return False
    before = sentence[max(0, start - _SENT_IN_NOUN_REACH):start].split()
    noun = before[-1] if before else ""
    if not noun.isalpha() or noun.lower() in _NOT_PRICE_NOUNS:
        return False
    return noun.islower() or (noun.endswith("s") and not sentence[:start - len(noun) - 1].strip())


def _plural_before(sentence: str, start: int) -> bool:
    """Whether a plural quantifier stands right before the word at ``start``, making it a
    plural noun; not a number that ends a name ("Formula 1 returns on Sunday", "Ligue 1
    resumes")."""
    found = _PLURAL_BEFORE.search(sentence, max(0, start - _PLURAL_REACH), start)
    return found is not None and not _number_ends_name(sentence, found)


def _number_ends_name(sentence: str, found: re.Match[str]) -> bool:
    """Whether the words ``found`` before a verb are a number ending a name or a title
    ("Formula 1", "FIFA 23", "Black Ops 6"), not a count of things."""
    return found.group()[0].isdigit() and \
        _NAME_BEFORE.search(sentence, max(0, found.start() - _NAME_REACH), found.start()) is not None


# a capitalised word, or one in capitals ("FIFA 23"), not a quantifier or a function word
_NAME_BEFORE = re.compile(r"(?<![\w'])(?!(?:Only|About|Some|Nearly|Just|Over|Around|Almost|"
                          r"Roughly|Another|The|In|On|By|For|Of|With|All|And|But)\s)"
                          r"(?!(?:ONLY|ABOUT|SOME|NEARLY|JUST|OVER|AROUND|ALMOST|ROUGHLY|THE|IN|ON|BY|"
                          r"FOR|OF|WITH|ALL|AND|BUT)\s)(?-i:[A-Z][a-z]+|[A-Z]{2,})\s+$")
_NAME_REACH = 16


# a plain schedule verb right after an -ing form is that form's object, an adjective or a noun
# ("a post listing open warming centers", "keeping open the option"), never a finite verb: a
# finite plain verb needs a plural subject ("the hearings open Tuesday"); not after a noun in
# "-ing" ("the evening", "nothing") or a capitalised one, a name ("Reading meet Wigan Saturday")
_ING_BEFORE = re.compile(r"(?<![\w'-])(?!(?:evening|morning|nothing|something|everything|anything)\s)"
                         r"(?-i:[a-z]{4,}ing)\s+$", re.IGNORECASE)

# a plain schedule verb after "let" and its object is a bare infinitive, whose time the "let"
# tells: "Bush let the ground offensive begin as planned Saturday night" (the letting is
# past; "lets" is the present, which the schedule verb's reading keeps); the object is a short
# noun phrase, no clause of its own
_LET_OBJECT = re.compile(r"(?<![\w'])let\s(?![^,;:]*?\b(?:and|but|while)\s)"
                         r"[\w'\s-]{1,40}\s$", re.IGNORECASE)

# "be" or "being", perhaps with an adverb after it ("will be formally signed", "is being
# quietly dropped"): the participle is passive and the auxiliary tells the tense
_BE_PASSIVE = re.compile(r"(?<![\w'])(?:be|being)\s+(?:(?:[a-z]+ly|also|still|then|soon|best|first)\s+)?$",
                         re.IGNORECASE)


# the prefix of a participle joined by a hyphen ("will be pre-empted", "is being re-edited"),
# which the -ed word found starts after
_HYPHEN_PREFIX = re.compile(r"(?<![\w'-])[a-z]{1,6}-$", re.IGNORECASE)


# a plan's participle after "being" ("a rematch was being planned for March", "talks are being
# scheduled for June"): the plan is still being made, so its day lies ahead, whatever the tense
# of the auxiliary; the plain passive ("was planned for") is read as such already
_PLANNED_WORDS = frozenset({"scheduled", "slated", "planned for"})
_BEING_BEFORE = re.compile(r"(?<![\w'])being\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _after_be(sentence: str, start: int) -> bool:
    if start and sentence[start - 1] == "-":
        prefix = _HYPHEN_PREFIX.search(sentence, max(0, start - 7), start)
        start = start if prefix is None else prefix.start()
    return _BE_PASSIVE.search(sentence, max(0, start - 24), start) is not None


# a passive whose auxiliary is shared with the clause before ("the range will be set on Sept. 19
# and the final price fixed a week later"): the participle after "and" and its subject has the
# tense of that "will be", not a past of its own; a comma may set off the second clause ("the
# shortlist will be named on Sept. 10, and the winner announced on Oct. 15")
_GAPPED_SUBJECT = re.compile(r"(?<![\w'])and\s+(?:the|a|an|its|their|his|her)\s[\w\s-]{0,30}$",
                             re.IGNORECASE)
_SHARED_BE = re.compile(r"(?<![\w'])(?:will|would|shall|to)\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
                        r"[^,;]*(?:,\s+and\s[^,;]*)?$", re.IGNORECASE)
_GAPPED_REACH = 80  # characters before the participle in which to look for that "will be"


def _gapped_passive(sentence: str, start: int) -> bool:
    window = max(0, start - _GAPPED_REACH)
    return _GAPPED_SUBJECT.search(sentence, max(0, start - 40), start) is not None and \
        _SHARED_BE.search(sentence, window, start) is not None


# "is" or "are", perhaps with an adverb after it ("are typically notified", "is often held");
# "get" and "gets" make the same present passive ("gets married in July", "get paid Friday")
# "is next held", "are next indexed": the next of a round still to come, a present passive too;
# "is now projected", "are now expected": what is reckoned now, a present passive as well;
# negated as well ("if the ticket is not presented by Monday", "are not notified until May");
# shortened after a pronoun too ("everyone's invited", "you're booked for Friday"; not a
# possessive: "Kaur's family left")
_PRESENT_BE = re.compile(r"(?<![\w'])(?:is|are|gets?|(?:everyone|everybody|anyone|it|he|she|that|"
                         r"you|we|they)['\u2019](?:s|re))\s+(?:(?:not|n't)\s+)?"
                         r"(?:(?:[a-z]+ly|often|also|always|still|next|now)\s+)?$",
                         re.IGNORECASE)


def _present_passive(sentence: str, start: int) -> bool:
    """A past form after "is", "are" or "get(s)" is a present passive ("is held every August", "Labour
    is braced for losses", "are typically notified in December"): not a past tense."""
    return _PRESENT_BE.search(sentence, max(0, start - 20), start) is not None


# a standing or a score at the close, after a verb of finishing in the present, is how things
# are to stand, not a past of its own: "if the teams finish tied after Sunday, they will meet
# Monday", "if the race ends deadlocked on Saturday", "should they wind up tied"; the verb's
# present tells the tense ("finished tied on Sunday" is the past of "finish")
_FINISH_STATE = re.compile(r"(?<![\w'])(?:finish|finishes|end|ends|end\s+up|ends\s+up|wind\s+up|"
                           r"winds\s+up)\s+(?:(?:not|still|[a-z]+ly)\s+)?$", re.IGNORECASE)


# the noun after an article or a side ("the south end saw the train pass", "the finish
# recorded"), and a past form not in -ed ("the far end saw"), are no such standing
_FINISH_NOUN = re.compile(r"(?<![\w'])(?:the|a|an|its|their|his|her|this|that|each|either|other|one|"
                          r"[a-z]+ern|south|north|east|west|far|deep|dead|tail|top|bottom|rear|"
                          r"front|back|upper|lower)\s+(?:finish|finishes|end|ends)\s", re.IGNORECASE)
_ED_WORD = re.compile(r"[a-z]{2,}ed(?![\w'-])", re.IGNORECASE)


def _finish_state(sentence: str, start: int) -> bool:
    """Whether the past form at ``start`` tells the state a present verb of finishing ends in
    ("if the teams finish tied after Sunday")."""
    if _ED_WORD.match(sentence, start) is None:
        return False
    verb = _FINISH_STATE.search(sentence, max(0, start - 24), start)
    return verb is not None and _FINISH_NOUN.search(
        sentence, max(0, verb.start() - 12), start) is None


# an -ed word right after one of these is an adjective ("a still unspecified date", "the
# planned sale", "its revised forecast", "the first powered flight", "a final televised
# debate", "a second televised debate", "a single televised debate", "a rare recorded
# interview"), not a past-tense verb
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'])(?:(?:a|an|the|its|their|his|her|our)"
    r"(?:\s+(?:first|second|third|last|final|only|most|least|single|sole|lone|rare|special|"
    r"separate|joint|"
    # a superlative: "the northernmost inhabited place", "the largest listed company"
    r"[a-z]+most|(?:larg|bigg|small|high|low|old|new|young|long|short|great|fast|slow|earli|"
    r"lat|clos|strong|rich|poor|busi|wealthi|tall|deep|heavi|hott|cold|warm|dri|wett)est|best|"
    r"worst))?|"
    r"still|very|newly|previously|already|recently|widely|closely|so-called|"
    # a state kept: "will close at 5 p.m. Wednesday and remain closed Thursday"
    r"remain|remains|stay|stays|"
    # the object of a verb of offering: "offers guided tours", "including reduced fares"
    r"offers|provides|includes|including|features|featuring|"
    # a preposition takes a noun, never a finite verb: "bans on prohibited practices", "with
    # limited exceptions", "for registered users", "testifies behind closed doors"
    r"on|of|for|with|from|into|about|among|without|at|behind|under|through|against|within|"
    r"beyond|across|toward|towards|"
    # a negated participle qualifies a noun, as a finite past is negated with "did": "licences
    # not renewed by June 30 will be revoked" (an auxiliary before "not" tells its own tense)
    r"not|"
    # a weekday's possessive, as a results page heads its days: "Tuesday's featured matches"
    r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\s+$",
    re.IGNORECASE,
)


# an irregular past form right after a determiner is an adjective or a noun ("will make up the
# lost days in June", "the left", "a shot"), never a finite verb
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?:a|an|the|its|their|his|our|your|my|"
                                # nor after "not", as with -ed: "royalties not paid by Friday"
                                r"not)\s+$", re.IGNORECASE)


# "left" after "with" and a count is what remains, not a departure: "with 24 games left and a
# trade deadline Monday", "with only two weeks left before the vote on Tuesday"; so after "have"
# ("Everton have three games left, starting with Wednesday's trip"), not a clause of its own
# ("has a son who left"), and after "there are" ("There are 196 days left in the year", the
# almanac's count of what remains of the year under way)
_COUNT_LEFT = re.compile(r"(?<![\w'])(?:with|have|has|had|there\s+(?:are|is|were|was)|there's)\s+"
                         r"(?:only\s+|just\s+|about\s+)?"
                         r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                         r"few|several)\s+(?![\w -]*\b(?:who|that|which)\b)[\w -]{0,24}$",
                         re.IGNORECASE)


# "scheduled" after a determiner, with an ordering word between or not ("their scheduled close",
# "its next scheduled meeting", "the regularly scheduled session"), is an adjective
_SCHEDULED_ADJECTIVE = re.compile(r"(?<![\w'])(?:a|an|the|its|their|his|our|your|my|"
                                  # so it is right after a verb that undoes a plan, with no
                                  # determiner: "the probe missed scheduled sessions on
                                  # Wednesday", "airlines canceled scheduled flights Monday"
                                  r"missed|skipped|canceled|cancelled|scrubbed|suspended|"
                                  r"disrupted|interrupted)\s+"
                                  r"(?:(?:next|last|first|final|regularly|originally|previously|"
                                  r"normally)\s+)?$", re.IGNORECASE)
_SCHEDULED_ADJECTIVE_REACH = 24  # characters before "scheduled" in which to look for them
# but "scheduled for" or "scheduled to" is the participle of a plan, whatever stands before it:
# "with the final scheduled for June 24" (a noun "final", not the ordering word)
_SCHEDULED_PARTICIPLE = re.compile(r"\s+(?:for|to)\b", re.IGNORECASE)


# "remains" after a determiner, a possessive or a describing word is the noun, what is left of
# a body or a building ("came across the remains on Saturday", "her remains were found in
# May", "skeletal remains"), not the verb "remains" of "the case remains open"
# "remain" after a modal, "to" or "do" is an infinitive, whose tense that word gives ("will
# remain closed until Friday", "is expected to remain", "did not remain")
_REMAIN_INFINITIVE = re.compile(
    r"\b(?:will|would|to|could|may|might|must|should|can|shall|cannot|do|does|did|won\x27t|"
    r"wouldn\x27t|don\x27t|doesn\x27t|didn\x27t|can\x27t|couldn\x27t)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
_REMAINS_NOUN = re.compile(r"(?<![\w'])(?:a|the|its|their|his|her|our|your|my|whose|these|those|"
                           r"human|skeletal|partial|mortal|charred|burned|burnt)\s+$",
                           re.IGNORECASE)
# "controls" after a determiner or a kind of control is the plural noun ("imposed currency
# controls on Sunday", "lifted capital controls in May", "eased its controls"), not the verb of
# "the firm now controls 40% of the market"
_CONTROLS_NOUN = re.compile(r"(?<![\w'])(?:the|its|their|his|her|our|these|those|new|strict|"
                            r"tight|tighter|tough|tougher|currency|capital|exchange|price|"
                            r"border|export|import|rent|gun|arms|cost|access|quality|"
                            r"emissions?|foreign-exchange)\s+$", re.IGNORECASE)


# an -ed word right after a modal and its verb is an adjective too ("will release updated
# forecasts", "to provide revised figures"; a capitalised word after "Will" is a name: "Will Arnett hosted")
_AFTER_MODAL_VERB = re.compile(r"(?<![\w'])(?:will|would|shall|'ll|to|can|could|may|might|must|"
                               r"should)\s+(?-i:[a-z]+)\s+$", re.IGNORECASE)


# an -ed word joined by a hyphen to a word before it is a compound adjective ("time-honoured",
# "long-awaited", "U.S.-led"), unless that word is a verb prefix ("re-elected", "co-founded")
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "mis", "out", "over", "under",
                            "cross", "double", "self"})


def _compound_adjective(sentence: str, start: int) -> bool:
    if start == 0 or sentence[start - 1] != "-":
        return False
    head = re.search(r"[\w.]*$", sentence[max(0, start - 21):start - 1])
    return head is not None and head.group().lower() not in _VERB_PREFIXES


# but after a perfect's auxiliary the adverb stands inside the verb: "rain had already halted
# play early Friday", "has recently opened" (a past, not "an already crowded field")
_PERFECT_ADVERB = re.compile(r"(?<![\w'])(?:has|have|had)\s+(?:not\s+)?(?:already|recently|"
                             r"previously|newly|still)\s+$", re.IGNORECASE)


# an -ed word after "with" and its noun phrase is the participle of an absolute clause, which
# has no tense of its own ("the draw is Monday, with the first legs played in mid-February"):
# the main clause's verb decides; not after a conjunction or a relative pronoun ("met with the
# minister and discussed", "with the rebels who attacked"), nor when no verb comes before and
# "with" follows the subject's noun ("the coalition with the far right collapsed in May")
# (or a bare plural with one word before it: "will run a day late, with Friday routes picked up
# on Saturday"), or a bare plural alone after a comma (", with payments made in November")
_ABSOLUTE_WITH = re.compile(r"(?<![\w'])(?i:with\s+)(?:(?i:(?:the|its|their|his|her|our)\s(?P<noun>[\w\s-]{1,30}))|"
                            r"(?P<plural>[A-Z]?[a-z-]+\s+[a-z]+s\s+)|(?P<bare>[a-z]{3,}s\s+))$")
_ABSOLUTE_WITH_STOP = frozenset({"and", "or", "but", "who", "which", "that",
                                 "he", "she", "they", "we", "i", "you", "it"})  # "the money he paid"
_ABSOLUTE_WITH_REACH = 48  # characters before the -ed word in which to look for "with"
# nor after an adjective that ties the subject to what it knows: "but people familiar with the
# plans said Thursday" is the subject of "said", however many clauses come before it
_WITH_SUBJECT_ADJECTIVES = frozenset({"familiar", "acquainted", "involved", "associated",
                                      "affiliated", "connected"})


def _absolute_with(sentence: str, start: int, verb_before: bool = True) -> bool:
    """Whether the -ed word at ``start`` follows "with" and a noun phrase of up to three words."""
    match = _ABSOLUTE_WITH.search(sentence, max(0, start - _ABSOLUTE_WITH_REACH), start)
    if match is None:
        return False
    before = sentence[max(0, match.start() - 12):match.start()].split()
    if before and before[-1].lower() in _WITH_SUBJECT_ADJECTIVES:
        return False  # "people familiar with the matter said": the subject, not an absolute
    if not verb_before and sentence[:match.start()].rstrip()[-1:].isalpha():
        return False  # "talks with the Greens ended": "with" after the subject's noun
    if match.group("bare") is not None and not sentence[:match.start()].rstrip().endswith(","):
        return False  # "charged with crimes committed in May": a bare plural needs the comma
    words = (match.group("noun") or match.group("plural") or match.group("bare")).lower().split()
    return 0 < len(words) <= 3 and _ABSOLUTE_WITH_STOP.isdisjoint(words)


# before an irregular past, these make it a participle too: "privately held debt"
_OWNER_KIND = ("privately ", "publicly ", "Privately ", "Publicly ")


# but after a subject the adverb stands before a finite past: "counts already exceeded 100 on
# Tuesday", "the firm previously reported" (an adjective only after a determiner, a preposition,
# a form of "be" or a possessive: "an already crowded field", "with recently renovated rooms")
_SUBJECT_ADVERB = re.compile(r"(?<![\w'\u2019])(?P<before>[A-Za-z]+)\s+(?:already|recently|previously)\s+$",
                             re.IGNORECASE)
_SUBJECT_ADVERBS = tuple(f"{adverb} " for adverb in ("already", "recently", "previously",
                                                     "Already", "Recently", "Previously",
                                                     "ALREADY", "RECENTLY", "PREVIOUSLY"))
_NOT_SUBJECT = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "some", "any", "many", "more", "most", "no", "each", "every", "all", "not", "and",
    "or", "but", "with", "of", "for", "on", "in", "at", "from", "into", "by", "about", "among",
    "without", "under", "through", "against", "within", "to", "is", "are", "was", "were", "be",
    "been", "being", "am", "get", "gets", "got", "remain", "remains", "stay", "stays", "s"})


# an adverb of ownership or degree between a determiner or a preposition and an -ed word makes it
# an adjective, however long the adverb: "a wholly owned subsidiary", "the publicly traded
# company", "through jointly owned units" (not "Smith publicly announced Monday": no determiner)
_DETERMINED_ADVERB = re.compile(r"(?<![\w'])(?:a|an|the|its|their|his|her|our|of|for|with|by|in|"
                                r"into|from|through)\s+(?:wholly|privately|publicly|jointly|"
                                r"partly|partially|fully)\s+$", re.IGNORECASE)
_DETERMINED_ADVERB_ENDS = ("wholly ", "privately ", "publicly ", "jointly ", "partly ",
                           "partially ", "fully ")


# an -ed word after a determiner and a count in figures qualifies the counted noun ("most of its
# 400,000 affected customers", "the 1.2 million displaced residents"), as after a determiner
# alone: a finite verb does not stand between a possessive's count and its noun
_DETERMINED_COUNT = re.compile(r"(?<![\w'])(?:the|its|their|his|her|our|these|those)\s+"
                               r"\d[\d,.]*(?:\s+(?:million|billion))?\s+$", re.IGNORECASE)
_DETERMINED_COUNT_REACH = 32  # characters before the -ed word in which to look for the count
_COUNT_ENDS = ("0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "9 ", "million ", "billion ")


def _adjective(sentence: str, start: int, verb_before: bool = True) -> bool:
    if sentence.endswith(_COUNT_ENDS, 0, start) and _DETERMINED_COUNT.search(
            sentence, max(0, start - _DETERMINED_COUNT_REACH), start) is not None:
        return True
    if sentence.endswith(_DETERMINED_ADVERB_ENDS, 0, start) and \
            _DETERMINED_ADVERB.search(sentence, max(0, start - 20), start) is not None:
        return True
    if _PERFECT_ADVERB.search(sentence, max(0, start - 24), start) is not None:
        return False
    if sentence.endswith(_SUBJECT_ADVERBS, 0, start):  # a cheap test before the search
        subject = _SUBJECT_ADVERB.search(sentence, max(0, start - 30), start)
        if subject is not None and subject["before"].lower() not in _NOT_SUBJECT:
            return False
    return _ADJECTIVE_BEFORE.search(sentence, max(0, start - 20), start) is not None or \
        _AFTER_MODAL_VERB.search(sentence, max(0, start - 24), start) is not None or \
        _EVER_BEFORE.search(sentence, max(0, start - 6), start) is not None or \
        ("ith" in sentence and _absolute_with(sentence, start, verb_before))


# a timetable verb before "in" and a month names the coming one ("the festival opens in
# November", written in March), not the nearest: a month alone, unlike a day, has no weekday or
# date to place it, and a timetable looks ahead; a short object or place may come between
# ("lawmakers return to the Capitol in September", "the panel reconvenes for a veto session in
# mid-September"), not a clause of its own ("returns to the club he left in May")
_SCHEDULED_MONTH = re.compile(r"(?P<gap>[\w' -]{0,32}?)\s+in\s+(?:(?:early|late|mid)[\s-]+)?"
                              r"(?-i:January|February|March|April|May|June|July|August|September|"
                              r"October|November|December)\b", re.IGNORECASE)
_SCHEDULED_GAP_STOP = re.compile(r"(?<![\w'])(?:in|that|which|who|when|where|he|she|they|it|we|"
                                 r"after|before|since|and|but|or)(?![\w'])", re.IGNORECASE)


def _scheduled_month(sentence: str, end: int) -> bool:
    """Whether a timetable verb ending at ``end`` is followed by "in" and a month, perhaps after
    a short object or place with no clause of its own."""
    found = _SCHEDULED_MONTH.match(sentence, end)
    if found is None:
        return False
    gap = found.group("gap")
    return not gap or (gap[0] == " " and _SCHEDULED_GAP_STOP.search(gap) is None)


# a participle after "ever" qualifies a superlative ("the largest exhibition ever mounted", "the
# highest temperature ever recorded"): a reduced relative clause, not the sentence's verb
_EVER_BEFORE = re.compile(r"(?<![\w'])ever\s+$", re.IGNORECASE)


# "since" after a length of time anchors an anniversary ("marking 500 years since the death of
# Bosch", "two decades since its founding"): what it counts from, not the tense of the clause;
# so does "since" after "time" ("returns for the first time since 2019, running from Tuesday")
# and after what an ordinal counts ("can clinch its fourth title since 1991 with a win Friday")
_SINCE_ANCHOR = re.compile(r"(?<![\w'])(?:(?:years?|months?|weeks?|days?|decades?|century|centuries|"
                           r"time)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                           r"tenth|\d+(?:st|nd|rd|th))\s+(?:[\w'-]+\s+)?(?:[\w'-]+\s+)?[\w'-]+)\s+$",
                           re.IGNORECASE)
_SINCE_ANCHOR_REACH = 48  # characters before "since" searched for what it anchors


# "reported" and "expected" are mostly adjectives ("the reported deal", "the expected ruling");
# with an object after them they are verbs: a result announced ("reported a fourth-quarter
# profit", "reported net income of", "reported 3,121 new cases", "reported more deaths"), a past;
# an expectation ("it expected a recovery"), ahead; one that "had" been held is over, its outcome
# known ("economists had expected a drop after December's surge")
# "it expected trade to improve", "expected prices to rise": an expectation, looking ahead; so
# with a named object ("forecasters expected Dorian to turn north Tuesday night", "expected Dorr
# to be fit")
_EXPECTED_TO = re.compile(r"\s+[A-Za-z][a-z]+\s+(?:[A-Za-z][a-z]+\s+)?to\s+(?!have\b)[a-z]+\b")
# after a pronoun, "expected" is the verb whatever its object ("the service said it expected
# dangerous conditions through the weekend", "they expected heavy rain by Friday"); not "than
# they expected", a comparison with what came, nor one followed by a preposition or a clause,
# nor a named one, whose expectation may be for a period already reported ("said he expected the
# Sunnyvale, Calif., company to earn 35 cents a share for the quarter")
_EXPECTED_SUBJECT = re.compile(r"(?<![\w'])(?<!than\s)(?:it|they|he|she|we)\s+$", re.IGNORECASE)
_EXPECTED_OBJECT = re.compile(r"\s+(?!(?:the|on|in|at|to|by|and|or|but|as|for|from|of|with|when|"
                              r"since|until|after|before|so|then)\b)[a-z]")
# "expected" with no auxiliary, just before a weekday, is a headline's or a post's "is expected":
# "decision expected Tuesday", "a statement expected by Friday", "snow expected Thurs" (not "was
# expected Friday")
# a weekday after "was expected" (not "had been expected") is what was looked for then
_WAS_EXPECTED = re.compile(r"(?<![\w'])(?:was|were)\s+$", re.IGNORECASE)
# unless the sentence goes on to what became of it
_EXPECTATION_FAILED = re.compile(r"\bbut\b|\binstead\b|\bfailed\b|\bdelayed\b|"
                                 r"\bpostponed\b|\bput\s+off\b", re.IGNORECASE)
_EXPECTED_WEEKDAY = re.compile(r"\s+(?:by\s+|on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                               r"Tues?|Wed|Thu(?:rs)?|Fri|Sat)\b")
# nor does it in an absolute clause after "with", before the time it is awaited in: "the site
# has been sold, with demolition expected in the spring", "with a decision expected by March"
_EXPECTED_WHEN = re.compile(r"\s+(?:in|by|early|late|later|next|this|within|before)\s")
_WITH_EXPECTED = re.compile(r",\s+with\s+(?:(?:the|its|their|a|an)\s+)?[a-z-]+\s+"
                            r"(?:[a-z-]+\s+)?(?:[a-z-]+\s+)?$")  # one to three words
# a thing wished for with a deadline after it is awaited by then, though the wish is told in the
# past: "said he wanted a government in place by Easter", "hoped for a deal before Christmas"
# (not "wanted to sign Friday", told after; nor a wish with no deadline, "wanted a recount Monday")
_WISHED = frozenset({"wanted", "hoped", "aimed"})
_WISHED_BY = re.compile(r"\s+(?:for\s+)?(?:a|an|the|its|his|her|their|new|more)\s[^,;:.!?]{0,40}?"
                        r"(?<![\w'])(?:by|before)\s")
_REPORTED_OBJECT = re.compile(r"\s+(?:(?:a|an|its|their|net|record|new|more|fewer)\s|\d)",
                              re.IGNORECASE)
# a result named by its period is one announced ("reported fourth-quarter revenue", "reported
# first-half profit"), not a period's result someone else reported
_REPORTED_PERIOD = re.compile(r"\s+(?:first|second|third|fourth|full)[\s-](?:quarter|half|year)\b",
                              re.IGNORECASE)
# "estimated", "reported", "alleged" told with the day of the telling or with "that" are the
# verb ("the IRS estimated Wednesday", "police reported on Monday that"), not an adjective
# ("an estimated 57 million", "reported cases"), or with the month of the telling and "that"
# ("the Journal reported in April that the phone would ship")
_TOLD_WHEN = re.compile(r"\s+(?:that\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                        r"yesterday\b|today\b|in\s+(?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\s+that\b)")
_TOLD_VERBS = frozenset({"reported", "estimated", "alleged"})
# "supermarkets reported empty shelves", "police reported": a plural subject before it makes
# "reported" the verb (not "cases reported by the ministry", "reported to be", "reported as"),
# a place it is in perhaps between ("money changers in the capital reported long queues")
_REPORTED_SUBJECT = re.compile(r"(?<![\w'])(?:police|[a-z]+[a-rt-z]s)(?:\s+(?:in|at|across|outside)"
                               r"\s+(?:the\s+)?[a-z]+)?\s+$", re.IGNORECASE)
_REPORTED_SUBJECT_REACH = 48  # characters before "reported" in which to look for its subject
_REPORTED_NOT_VERB = re.compile(r"\s+(?:by|to|as|in\s+the\s+media)\b", re.IGNORECASE)


# a past participle spelt like its present ("hit", "set") is a past only without a modal,
# "to" or "be" just before it, an adverb perhaps between ("may yet cut rates", "could still hit")
_INVARIANT_PAST = frozenset({"hit on", "set on", "hit in", "set in", "hit a", "hit an", "hit the",
                             "hit record", "hit its", "hit their", "set a", "set an", "set the",
                             "set its", "set their", "set record", "set fire", "set fires",
                             "set aside", "set off",
                             "set out", "spread to",
                             "spread into", "spread across", "spread through",
                             "spread throughout", "cut service", "cut its", "cut their", "cut the",
                             "cut rates", "cut interest", "shut down", "hit output",
                             "hit production", "hit sales", "hit demand", "hit profits",
                             "hit earnings", "cut output", "cut production", "cut jobs",
                             "cut costs", "cut prices", "cut spending", "shut its",
                             "shut their", "shut the", "shut all", "shut it", "shut them",
                             "quit the", "quit its", "quit his", "quit her", "quit their",
                             "quit as", "put the", "put its", "put their", "put them"})
_MODAL_BEFORE = re.compile(r"(?<![\w'])(?:will|would|shall|'ll|to|can|could|may|might|must|"
                           r"should|be|is|are|was|were|been)\s+"
                           r"(?:(?:[a-z]+ly|yet|still|also|even|soon|not|never|again)\s+)?$",
                           re.IGNORECASE)
_MODAL_REACH = 24  # characters before the verb in which to look for the modal and an adverb


# "ahead of" looks forward to what follows it ("ahead of Wednesday's results"), unless it opens
# the sentence: then the main clause's verb tells the tense
_FRONTED = 12
# "ahead of schedule", "ahead of time": earlier than planned, a comparison of timing, no
# looking ahead ("the swallows arrived on Sunday, a week ahead of schedule"); so is a crop's
# progress measured against the usual one ("planting is ahead of normal after an early spring",
# "ahead of the five-year average", "ahead of last year through Sunday", "ahead of a year ago")
# (the usual one closes its phrase: not "ahead of the average price report on Friday")
_AHEAD_COMPARED = re.compile(r"\s+(?:(?:schedule|time|expectations|forecasts?)\b|"
                             r"(?:normal|usual|average|the\s+(?:[\w-]+\s+)?average|"
                             r"(?:the|last\s+year'?s)\s+(?:[\w-]+\s+)?pace|last\s+year|"
                             r"a\s+year\s+(?:ago|earlier))"
                             r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|after|but|as|despite|with|for|in|on|at|by|"
                             r"while|because|thanks|through|until)\b))", re.IGNORECASE)
# "planned for" a length of time says how long the planning took, not the day of a plan:
# "an operation planned for more than 18 months", "a raid planned for weeks"
_PLANNED_LENGTH = re.compile(r"\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+)?"
                             r"(?:(?:a|an|several|many|\d+|" + _COUNT_WORDS + r")\s+)?"
                             r"(?:years?|months?|weeks?|days?|decades?)\b", re.IGNORECASE)
# a day "planned for" and then put off, later in the sentence, is the old day of the plan, not
# one ahead: "a visit planned for Tuesday was postponed to Friday" (the verb tells the tense)
_PLAN_PUT_OFF = re.compile(r"[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+"
                           r"(?:postponed|delayed|put\s+off|pushed\s+back|moved|called\s+off|"
                           r"cancell?ed|scrapped)\b", re.IGNORECASE)
# "as scheduled": what happened went to plan; the verb tells the tense
_AS_BEFORE = re.compile(r"(?<![\w'])as\s+$", re.IGNORECASE)

# "effective" after a past change of state, or a filing declared so, tells what took effect, not
# an onset ahead: "the rule became effective Monday", "the SEC declared the registration effective
# Tuesday" (not "declared an emergency effective Friday", which may still lie ahead)
_EFFECTIVE_TOLD = re.compile(r"(?<![\w'])(?:became|(?:was|were)\s+declared|declared\s+(?:the|its|their|his|her)\s"
                             r"(?:[\w'-]+\s)?(?:registration(?:\s+statement)?|filing|prospectus|offering))\s+$",
                             re.IGNORECASE)
_EFFECTIVE_TOLD_REACH = 60  # characters before "effective" in which to look for them


# "did not ... until", "were not canceled until", "were unable to open until": a negated past tells
# when it did happen
# ("the season does not end until Nov. 30" looks ahead);
# "postponed until Tuesday", "extended its deadline until 9 a.m." look ahead
_UNTIL_AFTER_PAST = 50  # characters from the negation to "until"
# a negated past may have a long object between it and "until" ("did not report it to the World
# Health Organization until February"): the negation is looked for further back
_NEGATED_UNTIL_REACH = 80
# a lapse that went unseen is negated as well: "the escape went unnoticed until the 5 a.m. count
# Sunday", "the leak remained undetected until March" (when it was noticed, in the past)
_NEGATED = re.compile(r"\b(?:did|was|were|had)(?:\s+not\b|n't\b|\s+unable\b)|"
                      r"\b(?:went|had\s+gone|remained|stayed)\s+"
                      r"(?:unnoticed|undetected|undiscovered|unseen|unreported)\b", re.IGNORECASE)
# "could not" (the past of "cannot") before "until" tells when something became possible, which
# the story's day places; "could" is no future marker there
# a hope or a plan told in the pluperfect, with no report around it
_OVERTAKEN_PLAN = frozenset({"hoped to", "planned to", "aimed to", "intended to"})
# the same in the passive, after "had been": "the show had been planned for early June", "the
# ship had been scheduled to come home in June", "had been due back before Thanksgiving"
_OVERTAKEN_PASSIVE = frozenset({"planned for", "scheduled", "expected to", "due back"})
# "had" just before the plan, or with an adverb of when the plan was made between them ("had
# originally planned to meet in late May", "had initially been scheduled for June")
_HAD_BEFORE_PLAN = re.compile(r"\bhad\s+(?:(?:originally|initially|first|once|previously|"
                              r"earlier|long|already|also)\s+)?$")
_HAD_BEEN_BEFORE_PLAN = re.compile(r"\bhad\s+(?:(?:originally|initially|first|once|"
                                   r"previously|earlier|long|already|also)\s+)?been\s+$")
_HAD_BEFORE_PLAN_REACH = 24  # characters back from the plan: "had previously been "
_REPORTING = re.compile(r"\b(?:say|says|said|told|tells|warned|warns|announced|announces)\b",
                        re.IGNORECASE)
# a past verb that makes something known, approves or orders it, whose object may still lie
# ahead: "announced a tour starting September 6", "approved a new contract beginning April 1",
# "ordered bars to close starting Friday", "declared three days of mourning starting Saturday";
# so does a closure or a ban put on something by an authority ("closed all schools for two weeks
# starting Monday", "suspended classes beginning Friday"; not a curfew "imposed", as often
# already in force: "imposed a curfew beginning at 3 p.m. Wednesday", told on Thursday); so does
# a law enacted ("signed a bill raising the wage starting in January", "passed a law creating
# two visas starting in April"; "passed" only before the law it passes, not "the storm passed");
# so does a fine a court or a regulator sets to run from a day ("fined the county $500 a day,
# starting Monday", "penalized the firm $10,000 a day beginning Friday")
_ANNOUNCED = re.compile(r"(?:announced|unveiled|revealed|confirmed|said|told|ordered|voted|"
                        r"decided|agreed|approved|instructed|directed|declared|proclaimed|"
                        r"closed|shut|suspended|canceled|cancelled|banned|signed|enacted|"
                        r"fined|penalized|penalised)\b"
                        r"(?<!closed)(?<!shut)|(?:closed|shut)(?=\s+(?:all|the|its|their|every)\s)"
                        r"|passed(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                        r"(?:law|bill|measure|act|decree|budget)\b)"
                        # a court's or a body's timetable set for a sitting: "set a two-day trial
                        # beginning Feb. 13", "has set a series of hearings beginning Monday"
                        # (not "set a record", nor a sitting that "had" been set: told after it)
                        r"|(?<!had\s)(?:set|reset|scheduled|rescheduled|fixed)(?=\s+(?:an?|the|"
                        r"its|their|his|her)\s+[\w\s'-]{0,30}?\b(?:trials?|retrials?|hearings?|"
                        r"conferences?|sessions?|sittings?|inquests?|inquiry)\b)",
                        re.IGNORECASE)
# the onset of a span: ahead after an announcing verb, past after any other past verb ("the
# thefts occurred over six weeks beginning in late June")
_ONSETS = ("starting", "beginning", "starting in", "beginning in", "opening on", "opening in")
# "opening" after an article or a possessive, perhaps "grand" or "official" between, is the noun
# ("the grand opening on Saturday", "the terminal's opening on Thursday"), no onset of its own
# (not "the show opening on Friday": a show that opens then)
_OPENING_NOUN = re.compile(r"(?:(?<![\w'])(?:the|its|their|his|her|our|a|an)|\w['\u2019]s)\s+"
                           r"(?:(?:grand|official|formal|soft|gala|public|chaotic|delayed)\s+)?$",
                           re.IGNORECASE)
# an onset in a clause opened by ", with" after a past verb tells what comes next, as "with
# tickets going on sale Friday" does: "the show opened to journalists Monday, with public days
# starting Wednesday"
_WITH_ONSET = ", with "
# a state a past order put something in, right after its object: "ordered all schools closed
# beginning Monday", "declared the roads shut starting Friday": what was ordered lies ahead
_ORDERS = ("ordered", "declared")
_NOT_OBJECT = frozenset(("and", "or", "but", "then", "that", "which", "who"))


def _ordered_state(sentence: str, found: list[tuple[int, Tense]]) -> bool:
    """Whether the last past marker is the state a past order put its object in."""
    if len(found) < 2 or found[-2][1] is not Tense.PAST:
        return False
    words = sentence[found[-2][0]:found[-1][0]].lower().split()
    return words[0] in _ORDERS and 1 < len(words) <= 5 and _NOT_OBJECT.isdisjoint(words)


# a participle set off by commas after its noun, "first staged in 1946," or "built in 1890,",
# describes the noun: the verb of the clause tells whether an onset after it lies ahead ("brings
# its ballet, first staged in 1946, to Washington for six performances beginning Tuesday")
_ASIDE_OPEN = re.compile(r",[\"\u201d]?\s+(?:(?:first|originally|once|later|last|since|also|newly|"
                         r"recently|previously)\s+)?$")


def _told_past(sentence: str, found: list[tuple[int, Tense]], at: int) -> bool:
    """Whether a past marker before an onset at `at` tells the clause, not an aside."""
    return any(tense is Tense.PAST and not (
        _ASIDE_OPEN.search(sentence, max(0, offset - 16), offset) is not None and
        "," in sentence[offset:at]) for offset, tense in found)


# "beginning" as a noun ("the beginning of May", "since its beginning") has no tense
_BEGINNING_NOUN = re.compile(r"\s+of\b", re.IGNORECASE)
_BEGINNING_DET = re.compile(r"(?<![\w'])(?:the|a|its|his|her|their|this|that|from)\s+$",
                            re.IGNORECASE)
_COULD_NOT = re.compile(r"\bcould(?:\s+not\b|n't\b)(?![^,;]*\b(?:will|would)\b)",
                        re.IGNORECASE)
# "fought from 2014 until March": "until" closes a span opened by "from" after a past verb, so
# the verb tells the tense ("postponed from Monday until Friday" still looks ahead); "from" before a
# possessive or an article names a source, not a time, and opens no span ("has removed the jet from
# its schedule until Oct. 1", "pulled the drug from a shelf until June": the state looks ahead),
# nor does "to and from" a place ("cancelled its flights to and from Europe until Monday"), nor
# a plural noun right before "until", what is kept off ("protects households from shutoffs until
# March 15"), nor "from" before a verb in -ing, what someone is kept from doing ("was banned from
# driving until March 1", "barred from competing until June": the ban runs on to that day)
_FROM_SPAN = re.compile(r"(?<!\bto\sand\s)\bfrom\b(?!\s+(?:its|his|her|their|our|my|your|a|an)\b)"
                        r"(?!\s+(?-i:[a-z]+s)\s*$)"
                        r"(?!\s+(?!(?:morning|evening|spring|opening)\b)(?-i:[a-z]{2,}ing)\b)[^,;]*$",
                        re.IGNORECASE)
_DEFERRED = re.compile(r"(?:postpon|delay|adjourn|defer|extend|mov|push|reschedul|suspend|"
                       r"put\s+off|clos|shut)", re.IGNORECASE)
# a place between a verb and "until" ("ran in pubs until", "stayed outside the embassy until"),
# or the manner of it ("continued without abatement until", "raged unabated until"), or a place
# adverb ("remained there until", "stayed behind until") or "on", kept up ("the restrictions
# stayed on until May 7", "the crowd played on until dawn"), perhaps hedged ("continued almost
# without pause until"); a place may have an article and a word describing it ("celebrated at a
# nearby pub until 1am", "danced in the crowded basement until dawn")
_PLACE_THEN = (r"(?:\s+(?:(?:almost|nearly|virtually|largely)\s+)?"
               r"(?:(?:in|at|on|outside|with|without)\s+(?:(?:the|a|an)\s+(?:[\w'-]+\s+)?)?[\w'-]+"
               # a named place of up to three words: "outside Wrigley Field"
               r"(?:\s+(?-i:[A-Z])[\w'-]*)?(?:\s+(?-i:[A-Z])[\w'-]*)?|unabated|"
               r"unchecked|there|here|behind|home|abroad|on))?"
               # what went on there, a plain activity: "crews stayed at the scene damping down
               # until Monday afternoon", "remained on site monitoring until"
               r"(?:\s+(?-i:[a-z]+ing)(?:\s+(?:down|up|out|off|over))?)?\s+$")
# a past verb of lasting right before "until" tells how long it went on, in the past ("the talks
# lasted until Sunday", "a bidding war that stretched until 4 a.m. Sunday", "the pass stayed open
# until June 12", "counts remained high until late October": a state kept up); "postponed until
# Tuesday" still looks ahead; a place may come between ("games ran in pubs until late afternoon")
_KEPT_STATE = (r"open|closed|shut|high|higher|low|lower|elevated|strong|weak|steady|stable|flat|"
               r"unchanged|intact|active|hospitalized|silent|quiet|calm|busy|warm|cold|hot|dry|mild")
_LASTED_UNTIL = re.compile(r"\b(?:lasted|stretched|continued|(?:remained|stayed|was\s+kept|were\s+kept)"
                           r"(?:\s+(?:" + _KEPT_STATE + r"))?|ran|went\s+on|"
                           r"dragged\s+on|lingered|persisted|waited|stood|raged|"
                           # a road or a building shut off for a while, told as past: "Station
                           # Road was closed until 9am on Sunday"
                           r"(?:was|were)\s+(?:closed|shut|cordoned\s+off|sealed\s+off))" + _PLACE_THEN,
                           re.IGNORECASE)
# an activity kept up until a time, in a sentence with nothing ahead: "negotiators worked until
# early Tuesday" (not "will not know whether it worked until Tuesday night")
_KEPT_UP_UNTIL = re.compile(r"\b(?:worked|talked|negotiated|met|played|fought|searched|queued|"
                            r"celebrated|partied|danced|slept|sat|held\s+out|carried\s+on|"
                            # a chamber's or a panel's sitting: "senators debated until 2 a.m.
                            # Saturday", "the jury deliberated until Friday"
                            r"debated|deliberated|argued|haggled|bargained|wrangled|testified|"
                            r"filibustered|"
                            # a candidate's or a crowd's day out: "campaigned until midnight
                            # Saturday", "protesters marched in the rain until Friday"
                            r"campaigned|stumped|marched|protested|rallied|rehearsed|practiced|"
                            r"kept\s+going|"
                            # a fire, the weather or a noise that went on: "the blaze burned until
                            # Tuesday", "fireworks went off until 1 a.m. Sunday", "rain fell until dawn"
                            r"burned|burnt|blazed|smoldered|rained|snowed|fell|poured|"
                            r"rang|blared|boomed|roared|howled|wailed|thundered|echoed|"
                            r"went\s+off|"
                            # something held back or kept in place by someone, told as past: "editors
                            # held the story until Saturday", "police kept the suspect until Friday",
                            # perhaps in a state ("the chain kept its stores open until 1 a.m. Friday",
                            # "kept them open until midnight")
                            r"(?:held|kept)\s+(?:(?:the|a|an|its|his|her|their|our|my)\s+[\w'-]+"
                            r"(?:\s+(?:open|closed|shut))?|[\w'-]+\s+(?:open|closed|shut))|"
                            # a fire or a place fought or searched, with its object: "firefighters
                            # fought the blaze until the early hours of Monday", "rescuers combed
                            # the rubble until dawn"
                            r"(?:fought|battled|tackled|searched|combed|scoured)\s+"
                            r"(?:the|a|an|its|their)\s+(?:[\w'-]+\s+)?[\w'-]+"
                            r")(?:\s+late)?" + _PLACE_THEN, re.IGNORECASE)
_LASTED_REACH = 36  # characters before "until" in which to look for that verb
# a past perfect before "until" ends a state before the story's time, so "until" closes it in
# the past: "Germany, which had resisted the step until Friday, said it was ready" (not "had
# until Friday to reply", a deadline, nor "had postponed the vote until Friday", which defers)
_PERFECT_UNTIL = re.compile(r"\bhad\s+(?:(?:not|never|long)\s+)?(?:been\s+)?(?!until\b|to\b)"
                            r"(?P<verb>[a-z]+(?:ed|en|wn|nt|pt|ld))\b", re.IGNORECASE)
# between that verb and "until", its object only: no infinitive, modal or clause break
_PERFECT_GAP_STOP = re.compile(r"\b(?:to|will|would|could|can|until)\b|[,;]", re.IGNORECASE)
# the object may carry how and how often ("had spoken with her by telephone twice a week until")
_PERFECT_GAP_WORDS = 8
_PERFECT_REACH = 72  # characters before "until" in which to look for the past perfect
# a delay asked for or granted in between is what "until" ends, still ahead: "had asked for an
# extension until June 30", "had sought a delay until May 22"
_DEFERRAL_NOUN = re.compile(r"\b(?:extension|delay|postponement|reprieve)\b", re.IGNORECASE)
# so does an order that sets its object in a state until a day: "had ordered flags lowered until
# sunset Sunday", "had directed offices closed until Monday" (the order given before the day)
_ORDERED_UNTIL = re.compile(r"(?:order|direct|decree|declar|proclaim)", re.IGNORECASE)
# a month's or a weekday's name, written out or shortened, with its capital: "March", "Sept.",
# "Tues" (not "Montreal" or "Marseille", which begin like one)
_MONTH_NAME = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
_DAY_OR_MONTH_NAME = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|"
                      r"Thu(?:rs?)?|Fri|Sat|Sun)\b)")
# a quarter, a half or a season of the year a date is put off to ("delayed to the fourth quarter",
# "slipped to the second half", "pushed back to Q3", "moved to the fall")
_PART_OF_YEAR = (r"(?:the\s+(?:first|second|third|fourth|final|last|latter|back|front)|"
                 r"(?:first|second|third|fourth))\s+(?:quarter|half)\b|the\s+(?:spring|summer|fall|autumn|winter)\b|(?-i:Q[1-4]|H[12])\b")
# a time a date is put off to: a named day or month, its early, middle or late part ("mid-July",
# "late March") or a clock time on it ("moved to 7 p.m. Thursday", "extended to midnight
# Monday"), one of this week ("moved to this Thursday"), a part of the year, a day written in
# numbers ("pushed to 5/14"), or a clock
# time alone, a fixture's new kick-off on the day told ("on Boxing Day has been moved to 5:30 p.m.")
_PUT_OFF_TO = (r"(?:(?:mid-?|early\s+|late\s+|this\s+|(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|noon|midnight)\s+)?" +
               # a weekday with a part of the day in the plural is a slot kept every week, not a
               # day a thing is put off to ("moved to Saturday nights in January")
               _DAY_OR_MONTH_NAME + r"(?!\s+(?:nights|mornings|afternoons|evenings)\b)|" + _PART_OF_YEAR +
               r"|\d{1,2}/\d{1,2}(?![\d/])|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?!\w)|noon\b"
               # a primary moved to the day most states hold theirs
               r"|Super\s+Tuesday\b)")
# a number that counts things is no date a streak or a lead is extended to ("extended its winning
# streak to 10 games", "extended the lead to 12 points")
_COUNTED_TO = (r"[\d,.]*\s*(?:%|(?:straight\s+)?(?:games?|wins?|victories|matches|points?|goals?|runs?|"
               r"percent|per\s+cent)\b)")
# a deadline or an event put off to a date looks ahead to it, whatever the tense of the verb
# ("postponed to March 3", "the deadline has been extended by 90 days to 25 July", "pushed back
# three months to July 15", "extended the outside date of their merger agreement to Dec. 31",
# "an order extending the moratorium to the end of March"):
# the "to" right before the date is the marker; not "brought forward to", nor a move "to" a place
# what is called off "for" a day is called off ahead of it: "visiting has been canceled for this
# weekend", "the parade was called off for Saturday" (written on a Tuesday: the coming ones)
_CALLED_OFF_FOR = re.compile(r"\b(?:cancell?ed|called\s+off|scrapped|axed)\s+(?P<to>for)\s+"
                             r"(?=this\s+weekend\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
                             re.IGNORECASE)
_DEFERRED_TO = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+back|moved\s+back|put\s+off|"
                          # the object may stand before "back": "pushed the launch back to Thursday"
                          r"(?:pushed|put|moved)\s+(?:(?:the|its|their|his|her|a|an)\s+)?[\w-]+\s+back|"
                          r"deferred|rescheduled|extended|extending|extends|adjourned|"
                          # a mandate renewed or prolonged to a date: "renewed the mandate of the
                          # force for a further six months, to June 15"
                          r"renewed|renewing|renews|prolonged|prolonging|prolongs|"
                          # a defendant held or freed to a court date: "remanded in custody to
                          # Friday", "remanded on bail to 3 June"
                          r"remanded|"
                          # the plain verb after "to" or a modal: "agreed Monday to extend the
                          # Brexit deadline to Jan. 31", "voted to postpone the election to May"
                          r"extend|postpone|defer|reschedule|renew|prolong|"
                          # the noun, granted or sought: "agreed on Monday to an extension to 31
                          # January", "won a postponement to March 12"
                          r"extension|postponement)\b"
                          # the object may name the old date ("extended their Nov. 1 deadlines to
                          # Thursday"): a period only after a shortened month, before its day
                          # (a mission's mandate may be long: "extended the mandate of the
                          # peacekeeping force in southern Lebanon to July 31")
                          r"(?:[\w\s-]|\.(?=\s\d)){0,80}?"
                          # a long object may be followed by the length put off by or for: "extended
                          # the pause on federal student loan payments by 90 days, to May 1",
                          # "renewed the mandate of the force for a further six months, to June 15"
                          r"(?:\s(?:by|for)\s(?:another\s|a\s+further\s|an\s+additional\s)?[\w-]+\s"
                          r"(?:days?|weeks?|months?|years?))?"
                          # put off once more: "postponed its opening again, this time to Feb. 7";
                          # the length put off by may stand between: "delayed by three months, to July"
                          r"(?:,\s+(?:this\s+time|now))?"
                          # or an aside on when it is usually held: "postponed its annual meeting,
                          # normally held in the spring, to July"
                          r"(?:,\s+(?:normally|usually|typically|traditionally|originally|"
                          r"initially|previously|once)\s[^,;.]{1,50},)?,?\s"
                          r"(?P<to>to|till)\s+"
                          # or put off to start then: "rescheduled to begin on July 29",
                          # "postponed to take place in March"
                          r"(?:(?<=to\s)(?:begin|start|open|reopen|resume|take\s+place|be\s+held)\s+"
                          r"(?:on\s+|in\s+)?)?"
                          # a court case "adjourned to a date in May" as well
                          r"(?=(?:the\s+)?\d(?!" + _COUNTED_TO + r")|the\s+end\s+of\b|"
                          r"(?:a\s+(?:later\s+|new\s+|future\s+)?date\s+in\s+)?" + _PUT_OFF_TO + r")",
                          re.IGNORECASE)
# the day a deferral was made on, told after the date it defers to, keeps the deferring verb's
# past ("extended his contract to June 2026 on Friday": the Friday gone)
_DEFERRED_ON = re.compile(r"[^.;:]{1,40}?\s(?P<on>on)\s+(?=(?-i:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday)\b)", re.IGNORECASE)
# a release or an event "moved to November", "moved up to Friday" looks ahead too, as does a
# game "flexed to Sunday night" into another broadcast slot, a premiere "shifted to Nov. 22" or
# "bumped to Oct. 4", and a film moved "from Nov. 3 to Dec. 22" (the month's day it leaves is
# still ahead as well); only before a month's or a weekday's name, as people and firms move to
# places ("moved to Montreal"); so does an event put off "moving it to 10:45 a.m. Wednesday"
_MOVED_FROM = (r"from(?=\s+(?-i:January|February|March|April|May|June|July|August|September|"
               r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
               # or from the time of publication: "moved from this month to Jan. 15"
               r"|\s+this\s+(?:week|month|year|spring|summer|fall|autumn|winter)\s+to\s+" + _PUT_OFF_TO + ")")
# a title in quotes, straight or curly, as films, shows and albums are named
_QUOTED_TITLE = r"[\"\u201c][^\"\u201c\u201d\n]{1,60}[\"\u201d],?"
_MOVED_TO = re.compile(r"\b(?:moved|moving|flexed|shifted|bumped)\s+(?:(?:up|forward|again|back)\s+)?"
                       # an object of up to three words, perhaps with the old date ("moved its
                       # April 4 exam to June 13", "moved their aid deadlines to April 15"), or
                       # one owned by a name ("moving Florida's presidential primary to Jan. 29")
                       r"(?:(?:the|its|their|his|her|a|an|(?-i:[A-Z])[\w.-]{1,30}['\u2019]s)\s+"
                       r"[\w'-]+\.?\s+(?:[\w'-]+\.?\s+)?(?:[\w'-]+\.?\s+)?|(?:it|them)\s+)?"
                       # a film or a show is named by its title in quotes, after its kind or alone
                       # ("moved its action sequel \"Summit 2\" from Aug. 8 to Dec. 19")
                       r"(?:" + _QUOTED_TITLE + r"\s+)?"
                       # the way or the length it is moved by, after the object ("moved their
                       # contests up from March", "moved its primary a week earlier to Feb. 20")
                       r"(?:(?:up|forward|back|ahead)\s+)?"
                       r"(?:(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+"
                       r"(?:earlier|later|ahead)\s+)?"
                       # or when it was moved ("moved its primary two years ago to Super Tuesday")
                       r"(?:(?:(?:a|one|two|three|four|\d{1,2})\s+years?\s+ago|last\s+year)\s+)?"
                       r"(?P<to>to(?=\s+" + _PUT_OFF_TO + r")|" + _MOVED_FROM + r")\s+", re.IGNORECASE)
# a date "pushed to" a later one looks ahead too, with or without "back" ("pushing the action date
# to Nov. 27", "the launch was pushed to March", "pushed from July to March"); only before a
# named day or month, as forces push figures to a number ("pushed the index to 12,000")
_PUSHED_TO = re.compile(r"\bpush(?:ed|es|ing)\b[\w\s-]{0,40}?(?:" + _QUOTED_TITLE + r")?,?\s(?P<to>to(?=\s+" + _PUT_OFF_TO + r")|"
                        + _MOVED_FROM + r")\s+", re.IGNORECASE)
# a launch or a deadline that "slipped to Wednesday" or "has slid to March" moves ahead too; only
# before a named day or month, as figures slip to a number ("shares slipped to 12 percent"); the
# adverb may be set off by a comma ("deliveries have slipped again, to the third quarter")
_SLIPPED_TO = re.compile(r"\b(?:slipped|slid)\s+(?:(?:back|again|further),?\s+)?(?P<to>to|into)\s+"
                         r"(?=" + _PUT_OFF_TO + r")", re.IGNORECASE)

# a deadline set or given names a time still to come, whatever the tense of the verb that set it
# ("has set a strike deadline of noon Saturday", "gave the union a deadline of 12:01 a.m.
# Friday"); not one that "had" been set, told after it passed. A regulator's review deadline is
# one too ("set a PDUFA date of October 12", "gave it a target action date of June 3", "set a
# decision date of Sept. 30"), and so is an audited agency's date for carrying out a
# recommendation ("set a target completion date of Sept. 30", "gave an implementation date of
# March 31"), and so is
# a court's ("set a trial date of Oct. 7", "gave him a court date of March 3"), among them a
# bankruptcy court's ("set a bar date of May 1 for claims", "set a tentative auction date of
# May 10", "set a bid deadline of April 18"); such a date may be
# set "in" a month or a quarter it falls in ("set a PDUFA date in the fourth quarter"), but a
# deadline set "in" one may tell when it was set; it may be the edge of a month ("set a
# deadline of the end of March"); the one given it may be named with a title or an
# abbreviation ("gave Mr. Jammeh a final deadline of noon Friday", "gave the U.N. a deadline").
# A merger agreement's outside date is one as well, set or carried ("the deal carries an outside
# date of Dec. 18", "set a termination date of June 30")
_DEADLINE_SET = re.compile(r"(?<!\bhad\s)\b(?:set|sets|setting|gave|given|gives|giving|issued|"
                           r"imposed|imposes|carries|carry|carrying)\s[\w\s'.-]{0,40}?\b(?:deadline|(?:PDUFA|action|"
                           r"decision|goal|outside|termination|expiration|expiry|"
                           r"target|trial|hearing|court|sentencing|bar|auction|bid|claims|"
                           r"confirmation|voting|objection|completion|implementation)\s+date)\s"
                           r"(?P<to>of|for|at|(?<=date\s)in)\s+"
                           r"(?=(?:the\s+)?\d|noon\b|midnight\b|(?:the\s+(?:end|middle|start|beginning)"
                           r"\s+of\s+)?" + _DAY_OR_MONTH_NAME + "|" + _PART_OF_YEAR
                           + r")", re.IGNORECASE)
# a condition with a deadline names a time still to come, whatever the tense the condition is
# told in ("would kill the men unless Israel freed the prisoners by noon Saturday", "threatened to
# kill the rest if the ransom was not paid by Monday"): the "by" before the time is the marker
# where the condition's verb is a past, shifted back by the reporting; not a condition told after
# the fact ("if they had left by Monday"), nor an amount ("by 5%")
_CONDITION_BY = re.compile(r"(?<![\w'])(?:unless|if)\s(?:(?!\bhad\b)[^,;:.!?]){0,60}?\s(?P<to>by)\s+"
                           r"(?=(?:noon|midnight|dawn)\b|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|"
                           + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
# a hearing, a trial or an execution set for a time names a time still to come, whatever the
# tense of the verb that set it ("set the execution of Troy Davis for 7 p.m. Wednesday",
# "scheduled a hearing for March 3", "set a May 9 execution date"); not one that "had" been set.
# A gathering planned for a time is ahead as well ("the family planned a vigil for Thursday
# night", "friends have planned a memorial for Saturday"), and so is a celebration organised or
# arranged for one ("his granddaughter organized a parade past his house for Saturday morning",
# "the family planned a party for Sunday"); so is a meeting ("scheduled a meeting for Friday"),
# and a status hearing or a conference a court sets ("set a status hearing for Sept. 14",
# "scheduled a status conference for Aug. 21"), or the hearing on a settlement or a plea ("set a
# final approval hearing for June 3", "scheduled a plea hearing for Friday")
_SET_EVENT = (r"(?:execution|hearing|trial|retrial|sentencing|arraignment|vote|referendum|"
              r"conference|meeting|"
              r"runoff|run-off|elections?|"
              # a party's nominating contest: "Delaware set its primary for Feb. 24", "have set
              # caucuses for Feb. 6"
              r"primar(?:y|ies)|caucus(?:es)?|"
              r"vigil|memorial|funeral|ceremony|rally|march|briefing|party|parade|reception|"
              r"celebration|dinner|luncheon|lunch|picnic|banquet|reunion|open\s+house|Mass|"
              # a launch put on a new day after a scrub: "SpaceX reset the attempt for Thursday",
              # "NASA has set the launch for Saturday", "scheduled a spacewalk for Tuesday"
              r"launch|attempt|liftoff|lift-off|spacewalk|docking|"
              # a target is set for what is still to be reached: "the Kremlin has set a target of
              # 70 per cent for Sunday", "set a turnout goal for Sunday's vote"
              r"targets?|goals?)")
_EVENT_SET_FOR = re.compile(r"(?<!\bhad\s)\b(?:set|sets|setting|reset|resets|resetting|scheduled|schedules|planned|"
                            r"fixed|fixes|fixing|"
                            r"plans|planning|organi[sz](?:ed|es|ing)|arrang(?:ed|es|ing))\s+"
                            # the article left out before a plural: "have set caucuses for Feb. 6"
                            r"(?:(?:an?|the|his|her|its|their)\s+|(?=[\w-]+s\b))"
                            # with up to two words before the event ("a status hearing", "the
                            # next status hearing")
                            r"(?:(?:next|new|status|final|public|sentencing|evidentiary|"
                            r"fairness|court|special|approval|settlement|plea|bail|detention|"
                            r"preliminary|pretrial|pre-trial)\s){0,2}" + _SET_EVENT +
                            r"\b[\w\s'-]{0,30}?\s(?P<to>for)\s+"
                            r"(?=(?:the\s+)?\d|noon\b|midnight\b|" + _DAY_OR_MONTH_NAME + r")",
                            re.IGNORECASE)
# a protest or a gathering planned "on" a day is ahead as one planned "for" it ("protesters
# planned a large demonstration in Little Havana on Saturday", "the union plans a rally on
# Sunday"): what had been held would be told as held or staged; not one that "had" been planned
_GATHERING_PLANNED_ON = re.compile(r"(?<!\bhad\s)\b(?:planned|plans|planning)\s+"
                                   r"(?:an?|another|the|their|its|his|her)\s+[\w\s'-]{0,30}?\b"
                                   r"(?:strikes?|walkouts?|marche?s?|rall(?:y|ies)|protests?|"
                                   r"demonstrations?|sit-ins?|vigils?|memorials?|gatherings?|"
                                   r"parades?|ceremon(?:y|ies)|celebrations?|funerals?|concerts?|"
                                   r"day\s+of\s+(?:action|protest|mourning))"
                                   r"\b[\w\s'-]{0,40}?\s(?P<to>on)\s+(?=" + _DAY_OR_MONTH_NAME + r")",
                                   re.IGNORECASE)
# a protest, a strike or a vote called for a day names a day still to come, whatever the tense
# of the verb that called it ("unions called another day of action for Saturday", "organisers
# called a rally for Sunday", "called a snap election for Oct. 21"); not one that "had" been
# called, told after it was held, nor a name given ("police called the march on Saturday a riot");
# "on" is left alone: "the union called a strike on Monday" tells when it was called. A day
# written before its month counts too ("called fresh elections for 16 November"), but not a
# length ("called a strike for 24 hours"); a meeting called for a day is ahead as well ("the
# union has called a meeting for Thursday afternoon")
_CALLED_ACTION = (r"(?:strikes?|walkouts?|stoppages?|shutdowns?|boycotts?|blockades?|marche?s?|"
                  r"meetings?|"
                  r"rall(?:y|ies)|protests?|demonstrations?|sit-ins?|vigils?|gatherings?|"
                  r"day\s+of\s+(?:action|protest|rage|mourning)|elections?|referendum|vote)")
_ACTION_CALLED_FOR = re.compile(r"(?<!\bhad\s)\b(?:called|calls|call|calling)\s+"
                                r"(?:for\s+(?:the|their|its)\s+|(?:for\s+)?(?:an?|another|fresh|new)\s+)"
                                r"[\w\s'\"\u201c\u201d-]{0,40}?\b" + _CALLED_ACTION +
                                r"\b[\w\s'-]{0,30}?\s(?P<to>for|starting|beginning)\s+(?:on\s+)?(?=(?:the\s+)?"
                                r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _DAY_OR_MONTH_NAME + r")",
                                re.IGNORECASE)
# the present perfect takes no past day of its own ("*have called on Friday"), so a day after
# "on" is the protest's: "opposition groups have called for a mass march on Friday"
_PERFECT_ACTION_CALLED_ON = re.compile(r"(?<![\w'])(?:has|have)\s+(?:also\s+|already\s+|now\s+)?called\s+"
                                       r"(?:for\s+(?:the|their|its)\s+|(?:for\s+)?(?:an?|another|fresh|new)\s+)"
                                       r"[\w\s'-]{0,40}?\b" + _CALLED_ACTION +
                                       r"\b[\w\s'-]{0,30}?\s(?P<to>on)\s+(?=" + _DAY_OR_MONTH_NAME +
                                       r"(?![\w\x27\u2019]))", re.IGNORECASE)
# a strike given notice of, announced or called from a day starts on a day still to come,
# whatever the tense of the verb that told it ("has given notice of a strike in the engineering
# sector from Monday", "the union announced an overtime ban from Saturday"); not one that "had"
# been called, one called off, nor a strike told with its own verb ("called a strike that ran
# from Monday")
_ACTION_FROM = re.compile(r"(?<!\bhad\s)\b(?:notice\s+of|announced|announces|announcing|announce|"
                          r"called|calls|call|calling)\s+(?!off\b)"
                          r"(?:(?:an?|another|fresh|new|further|its|their)\s+)?[\w\s'-]{0,40}?\b"
                          r"(?:strikes?|walkouts?|stoppages?|industrial\s+action|overtime\s+bans?|"
                          r"work-to-rule|go-slow)"
                          r"(?:(?!\s(?:that|which|who|was|were|had|lasted|ran|began|started|ended|"
                          r"after|before)\b)[\w\s'-]){0,30}?\s(?P<to>from)\s+(?:on\s+)?(?=(?:the\s+)?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _DAY_OR_MONTH_NAME + r")",
                          re.IGNORECASE)
# so, for the same reason, is a day after "on" once people "have been invited" to a gathering: it
# is the gathering's ("residents have been invited to a public meeting on Thursday evening")
_PERFECT_INVITED_ON = re.compile(r"(?<![\w'])(?:has|have)\s+(?:also\s+|now\s+)?been\s+invited\s+to\s+"
                                 r"(?:an?|the)\s+[\w\s'-]{0,30}?\b(?:meeting|event|drop-in|exhibition|"
                                 r"session|workshop|consultation|hearing|open\s+day|briefing)\s+"
                                 r"(?P<to>on)\s+(?=" + _DAY_OR_MONTH_NAME + r"(?![\w\x27\u2019]))",
                                 re.IGNORECASE)
# (a strike called "starting" a day is ahead too: "called a two-day strike starting Wednesday")
# and so, told in the passive or as a participle, is the protest called for a day ("another
# strike has been called for Wednesday", "a march called for Sunday"); not one that "had" been
# called, nor a day's own business ("protests called for Monday's vote to be scrapped")
_ACTION_CALLED_PASSIVE = re.compile(r"\b" + _CALLED_ACTION + r"\s+(?:(?:has|have)\s+been\s+|"
                                    r"(?:was|were|is|are)\s+(?:being\s+)?)?called\s+(?P<to>for)\s+"
                                    r"(?=(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" +
                                    _DAY_OR_MONTH_NAME + r"(?![\w\x27\u2019]))", re.IGNORECASE)
# a day declared a holiday or a day of mourning names a day still to come, whatever the tense of
# the verb that declared it ("has declared Friday a national day of mourning", "named Monday a
# public holiday", "declared today and Monday public holidays"); not one that "had" been declared;
# what the sentence tells after the declared days has the declaring verb's tense again ("declared
# Monday a holiday after the election on Wednesday": that Wednesday is past)
_DECLARED_DAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_DECLARED = re.compile(r"(?<!\bhad\s)\b(?P<verb>declared|declares|declaring|named|proclaimed|"
                           r"designated)(?P<to>\s+)(?=(?:(?:today|tomorrow|" + _DECLARED_DAY +
                           r"),?\s+(?:and|or)\s+)?" + _DECLARED_DAY + r"\s+(?:as\s+)?"
                           r"(?:(?:a|an)\s[\w\s-]{0,30}?\b(?:day|holiday)|[\w\s-]{0,30}?\b"
                           r"(?:days|holidays))\b(?P<held>))", re.IGNORECASE)
_DECLARED_PAST = ("declared", "named", "proclaimed", "designated")
# a curfew or a ban imposed for a day names a day still to come, whatever the tense of the verb
# that imposed it ("imposed a curfew on the capital for Friday", "declared a lockdown for
# Saturday", "declared a snow day for Friday"); not one that "had" been imposed
_RESTRICTION_FOR = re.compile(r"(?<!\bhad\s)\b(?:imposed|imposes|imposing|declared|declares|"
                              r"declaring|ordered|orders|ordering)\s+(?:an?|the|its|their)\s+"
                              r"[\w\s-]{0,30}?\b(?:curfews?|lockdowns?|bans?|snow\s+days?)\b[\w\s'-]{0,50}?"
                              r"\s(?P<to>for)\s+(?=" + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
# a weather alert posted for a day names the day it covers, though told in the passive past ("a
# wind advisory was issued for Saturday", "a fire weather watch was posted for late Thursday
# night", "a snow day was declared for Friday"); not one that "had been" issued
_ALERT_FOR = re.compile(r"\b(?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|snow\s+days?)\s+(?:was|were|"
                        r"has\s+been|have\s+been)\s+(?:issued|posted|declared|called)\s+(?P<to>for)\s+"
                        r"(?=(?:late\s+|early\s+)?" + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
# a protest, a strike or a vote not ruled out is one still possible, so its day is ahead
# whatever the tense ("has not ruled out action in the autumn", "refused to rule out an election
# next spring"); not what might have happened ("have not ruled out foul play")
_ACTION_NOT_RULED_OUT = re.compile(r"(?:\b(?:not|never|refused|refuses|refusing|declined|declines|declining)|n't)"
                                   r"\s+(?:to\s+)?(?:rule|rules|ruled|ruling)\s+"
                                   r"out\s+(?:an?\s+|any\s+|further\s+|more\s+|fresh\s+|"
                                   r"new\s+|another\s+)?[\w\s'-]{0,30}?\b(?:" + _CALLED_ACTION +
                                   r"|action)\s+(?P<to>)(?=(?:in|on|at|by|before|after|next|"
                                   r"this|later)\b)", re.IGNORECASE)
# a bidding told in the past looks ahead to what is bidden, after "to" with a verb: "urged
# lawmakers to pass the bill this year", "challenged Republicans to raise the debt limit before the
# summer" (the bidding is a past: "on Tuesday urged"; "asked him to the dinner" is no bidding);
# so does advice: "advised drivers to leave before 11 a.m.", "warned residents to stay indoors Sunday",
# also after a longer description of those bidden ("advised customers sending cards and gifts for
# Mothering Sunday to post them by Thursday"), and advice told in the present
_BIDDEN_TO = re.compile(r"\b(?:urged|urging|challenged|challenging|pressed|pressing|implored|"
                        r"encouraged|encouraging|asked|asking|advised|advising|warned|warning|"
                        # and in the present, as advice still standing is told: "the board
                        # advises patients to order repeat prescriptions by Monday", "urges
                        # shoppers to post cards by Friday" (not "urge", "press" or "challenge": nouns)
                        r"urges|implores|encourages|encourage|asks|ask|advises|advise|"
                        r"warns|warn|"
                        r"(?:called|calling|calls|call)\s(?:on|upon))\s"
                        r"[\w'\s-]{1,60}?\s(?P<to>to)\s(?!(?:a|an|the|this|that|these|those|"
                        r"his|her|its|their|our|my|your|some|any|all|each|every|no|"
                        # a pronoun after "to" is no verb: "added a warning label to it"
                        r"it|him|them|us|me|you)\b)(?-i:[a-z]+)\b",
                        re.IGNORECASE)
# so does leave just given, in the present perfect, for what it lets be done: "has been given
# permission to work through the night ... from 10pm on Saturday", "have won approval to open
# on Monday" (told in the past, the permission may have been used already: not read)
_PERMITTED_TO = re.compile(r"\b(?:has|have)\s+(?:been\s+(?:given|granted)|won|received|obtained|"
                           r"secured|gained|got)\s+(?:[\w-]+\s)?(?:[\w-]+\s)?(?:permission|consent|approval|"
                           r"go-ahead|clearance)\s+(?P<to>to)\s+(?-i:[a-z]+)\b", re.IGNORECASE)
# so does a bidding told in the passive, of those bidden: "passengers were warned to travel only
# if necessary on Thursday", "staff are being told to stay home Friday"
_BIDDEN_PASSIVE_TO = re.compile(r"\b(?:was|were|are|is|been|being)\s+(?:urged|warned|advised|asked|"
                                r"told|encouraged)\s+(?:not\s+)?(?P<to>to)\s(?!(?:a|an|the|this|that|"
                                r"these|those|his|her|its|their|our|my|your|some|any|all|each|every|"
                                r"no)\b)(?-i:[a-z]+)\b", re.IGNORECASE)
# so does an instruction told with "told" and its object: "told employees on Friday to report
# Tuesday morning" (not a clause of its own: "told police he walked to school Monday")
_TOLD_TO = re.compile(r"\b(?:told|telling|instructed|instructing)\s(?![\w'\s-]{0,40}?\b(?:he|she|they|we|it|there|that|who|which|"
                      r"was|were|is|are|had|has|would|will|\w+ed)\s[\w'\s-]{0,40}?\bto\s)"
                      r"[\w'\s-]{1,40}?\s(?P<to>to)\s(?!(?:a|an|the|this|that|these|those|his|her|its|"
                      r"their|our|my|your|some|any|all|each|every|no)\b)(?-i:[a-z]+)\b", re.IGNORECASE)
# but a bidding told in the past to take cover at once is obeyed when it is given: "residents
# were told to stay indoors Wednesday after the leak", "told neighbours to keep windows shut on
# Wednesday", "were told to evacuate Friday" (its day is the bidding's, gone by); not a bidding
# still in force ("are being told to stay home Friday") nor a deadline ("told to leave by Friday")
_TAKE_COVER = re.compile(r"(?:stay|remain|keep|shelter)\s+(?:indoors|inside|in\s+place|"
                         r"in\s+(?:their|your|his|her)\s+homes?|at\s+home)\b|"
                         r"(?:keep|close|shut)\s+(?:their\s+|all\s+|the\s+)?(?:doors|windows)\b|"
                         r"(?:evacuate|flee)\b|leave\s+(?:their|your|the)\s+(?:homes?|area|building|"
                         r"neighbou?rhood|village|town)\b|boil\s+(?:their\s+|all\s+)?(?:tap\s+)?water\b|"
                         r"avoid\s+the\s+area\b", re.IGNORECASE)
_COVER_DEADLINE = re.compile(r"[^.;:]{0,60}?\b(?:by|before|until|till|from|starting|beginning)\s",
                             re.IGNORECASE)
_WEEKDAY_BEFORE_BIDDING = re.compile(r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PAST_BIDDING = re.compile(r"(?:was|were)\s|(?:told|instructed)\s", re.IGNORECASE)


def _took_cover_when_told(sentence: str, match: re.Match[str]) -> bool:
    """Whether a bidding told in the past is one to take cover at once, its day the bidding's
    (not when the bidding has a day of its own before it: "On Monday staff were told to stay
    indoors Friday" looks ahead to Friday)."""
    step = _TAKE_COVER.match(sentence, match.end("to") + 1)
    return step is not None and _PAST_BIDDING.match(sentence, match.start()) is not None and \
        _AUXILIARY_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) is None and \
        _COVER_DEADLINE.match(sentence, step.end()) is None and \
        _WEEKDAY_BEFORE_BIDDING.search(sentence, 0, match.start()) is None


# so does an order to come back, or to be somewhere, told with its object: "ordered the jurors to
# return at 9 a.m. Monday", "directed him to appear in court Friday" (an order to do something
# else may be dated by its own day: "ordered the bank to improve its oversight in November"); the
# object may be a titled name ("directed Mr. Ross to appear Friday")
_ORDERED_BACK = re.compile(r"\b(?:ordered|ordering|directed|directing)\s[\w.'\s-]{1,40}?\s(?P<to>to)\s"
                           r"(?:return|report|appear|reconvene|resume|come\s+back|be\s+back)\b",
                           re.IGNORECASE)
# a body's decision told in the past looks ahead to what it resolved to do, after "to" with a
# verb: "the board voted 5-2 Monday to close the school in June", "decided Tuesday to reopen the
# pool in May" (the decision itself is a past: "voted Monday"; "voted to the end" is no resolve,
# nor the purpose of what was voted for: "voted for an Arab force to protect the kingdom");
# nor an act the vote itself performs, whose day is the vote's: "Congress voted to remove the
# president on Wednesday", "lawmakers voted to approve the budget Tuesday", its tally told in
# figures or in words between ("voted 76-1 to impeach", "voted 59 to 0 to remove the governor");
# nor a deal agreed to, dated by the agreeing ("agreed to buy Fox in December": see _DEAL_AGREED)
_RESOLVED_TO = re.compile(r"\b(?:voted|decided|agreed|opted)\s"
                          r"(?!(?<=agreed\s)to\s+" + DEAL_VERBS + r")"
                          r"(?!(?<=voted\s)(?:(?:[a-z]+ly|\d+(?:-|\u2013|\s+to\s+)\d+)\s+)?to\s(?:remove|impeach|oust|"
                          r"approve|reject|ratify|confirm|censure|expel|acquit|convict|elect|re-elect|"
                          r"reelect|endorse|pass|adopt|uphold|override)\b)"
                          r"(?!(?:(?!\bto\s)[\w'\s-]){0,30}?\b(?:for|against|with)\s)"
                          r"[\w'\s-]{0,30}?(?<![\w'-])(?P<to>to)\s"
                          r"(?!(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|"
                          r"some|any|all|each|every|no|on|in|at|during|early|late|earlier)\b)"
                          r"(?-i:[a-z]+)\b", re.IGNORECASE)
# a promise looks ahead to when what was promised is due, after "by": "promised a fix by Friday",
# "pledged a decision by end of day Monday" (the promise itself is a past: "promised Monday");
# a season's too ("passengers were promised a fuller service by spring"); not one that "had"
# been made, told after the day passed
_PROMISED_BY = re.compile(r"(?<!\bhad\s)\b(?:promised|pledged|promises|pledges)\s[\w'\s-]{0,40}?(?<![\w'-])"
                          r"(?P<to>by)\s+(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day\s+)?"
                          r"(?=" + _DAY_OR_MONTH_NAME +
                          r"|(?:the\s+)?(?:spring|summer|fall|autumn|winter)\b)", re.IGNORECASE)
# a request's or an appeal's deadline looks ahead to it, after "by": "asked for $4.4 billion by
# July", "appealed for $70 million by the end of March", "demanded an answer by Friday" (the
# asking itself is a past: "on Friday asked for"); not one that "had" been made, nor a passive
# ("was asked for comment by Reuters"); a season's deadline too ("have called for a review by the
# summer")
_SOUGHT_BY = re.compile(r"(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b"
                        r"(?:(?:asked|asks|appealed|appeals|called|calls|pleaded)\s+for|demanded|demands|"
                        r"sought|seeks)\s(?:[\w$\u20ac\u00a3.'\s-]|,(?=\d)){0,40}?(?<![\w'-])"
                        r"(?P<to>by)\s+(?:(?:the\s+)?end\s+of\s+)?(?=" + _DAY_OR_MONTH_NAME +
                        r"|the\s+(?:spring|summer|fall|autumn|winter)\b)",
                        re.IGNORECASE)
# an order's deadline looks ahead to it, after "by", though the order is told in the past
# ("ordered the agency to file its brief by 5 p.m. Wednesday", "directed the state to respond by
# Friday"); the order itself is a past ("on Monday ordered"), and so is a day told without "by"
# ("ordered residents to evacuate on Wednesday"); not one that "had" been given; a law or a rule
# in force does the same ("the law requires states to move recipients to work by Oct. 1"); the
# object may be a titled name ("ordered Mr. Schreiber to hand over his files by Monday"); a
# deadline told with "before", or a feast, is as much ahead ("ordered both sides to sit for
# depositions before Thanksgiving", "directed the board to report before Friday")
_ORDERED_BY = re.compile(r"(?<!\bhad\s)\b(?:ordered|directed|instructed|requires|require|"
                         r"compels|obliges)\s"
                         r"[\w.'\s-]{1,40}?\sto\s(?-i:[a-z]+)\b[\w'\s-]{0,40}?(?<![\w'-])"
                         r"(?P<to>by|before)\s+(?=(?:noon|midnight)\b|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|"
                         r"(?-i:Christmas|Thanksgiving|Easter)\b|" + _DAY_OR_MONTH_NAME + r")",
                         re.IGNORECASE)
# a stretch of the year someone says they need in order to get something done is still ahead,
# though the saying is reported in the past: "'We need the summer to finish it,' he said", "the
# crew needs most of the winter to repair the hull" (not "needed the summer to finish": told
# after it, as often as before)
_TIME_NEEDED_TO = re.compile(r"(?<![\w'])(?P<to>needs?)\s+(?=(?:(?:all|most|much|part)\s+of\s+)?"
                             r"(?:the|this|next)\s+(?:spring|summer|fall|autumn|winter|weekend)\s+"
                             r"to\s+(?-i:[a-z]+)\b)", re.IGNORECASE)
# an effort under way toward a deadline looks ahead to it, after "by", though told in the past
# of a report ("said they were racing to produce a draft text by Friday", "officials were
# scrambling to finish the count by Monday"); the effort itself is told in the progressive
_RACING_BY = re.compile(r"\b(?:was|were|is|are)\s+(?:racing|rushing|scrambling|hurrying|working|"
                        r"striving|pushing|battling)\s+to\s+[\w'\s-]{0,40}?(?<![\w'-])"
                        r"(?P<to>by)\s+(?=" + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
# a reply asked for by a day, told without a verb of its own, looks ahead to that day:
# "Reservations requested by Friday", "RSVP required by March 3" (not "were requested by Friday",
# told after the day)
_REQUESTED_BY = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)\b"
                           r"(?:requested|required|needed)\s+(?P<to>by)\s+"
                           r"(?=" + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
# a purchase or a booking qualifying for an offer by a day looks ahead to it, told without a verb
# of its own: "bookings made by June 30", "orders placed by Dec. 20 arrive by Christmas", "rebate
# forms postmarked by Friday" (not "orders were placed by Friday", told after the day); so does a
# gift a donor's match is offered for, by a day or a time of it: "gifts made by 11:59 p.m. Tuesday
# will be matched", "donations postmarked by Dec. 31"
_PLACED_BY = re.compile(r"(?<![\w'-])(?:orders?|bookings?|reservations?|purchases?|tickets?|"
                        r"fares?|flights?|trips?|stays?|packages?|forms?|deposits?|gifts?|"
                        r"donations?|contributions?|pledges?)\s+"
                        r"(?:made|placed|booked|purchased|bought|reserved|postmarked)\s+(?P<to>by)\s+"
                        r"(?=(?:(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|noon|midnight)\s+)?"
                        + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
_EVENT_DATE_SET = re.compile(r"(?<!\bhad\s)\b(?:set|sets|setting|scheduled|fixed)(?P<to>)\s+"
                             r"(?:(?:an?|the|his|her|its|their)\s+"
                             r"(?=(?:\d{1,2}\s)?" + _DAY_OR_MONTH_NAME + r"\.?(?:\s\d{1,2})?(?:,\s\d{4})?\s"
                             + _SET_EVENT + r"\s+date\b)|"
                             # or a month's day first, then the deadline it is set as: "asked the
                             # judge to set May 1 as the bar date", "has set June 30 as the
                             # deadline" (not a weekday, whose tense the sentence's verbs tell: "had
                             # ruled that he must go back and set Friday as the deadline")
                             r"(?=" + _MONTH_NAME + r"\.?\s\d{1,2}(?:,\s\d{4})?\s+as\s+"
                             r"(?:the|a|its|their)\s[\w\s-]{0,30}?\b(?:deadline|date)\b))",
                             re.IGNORECASE)

# "funds the government through Sept. 30", "extends the benefits through the end of March": the
# end of a span still running looks ahead, unless a past verb before it tells the span is over
# ("the strike lasted through March") or a period counted back ends there ("in the nine months
# through September", "the year through June")
# "runs from Thursday through next Tuesday": a "next" before the name looks ahead all the more
# a holiday ends a span as a date does: "restrictions were extended through Labor Day"
_HOLIDAY_NAME = (r"(?-i:(?:Labor|Memorial|Independence|Veterans|Presidents'?|Columbus|Victoria|"
                 r"Canada|Boxing|New\s+Year's|Inauguration|Election|Remembrance|Armistice|Anzac|"
                 r"Australia|Bastille|Valentine's|Mother's|Father's)\s+Day\b|Christmas\b|Thanksgiving\b|Easter\b|"
                 r"Halloween\b)")
_THROUGH_DATE = re.compile(r"(?<![\w'])(?-i:through)\s+(?=the\s+end\s+of\b|\d|" + _HOLIDAY_NAME +
                           r"|(?:next\s+)?" + _DAY_OR_MONTH_NAME + r")", re.IGNORECASE)
_PERIOD_THROUGH = re.compile(r"\b(?:days?|weeks?|months?|quarters?|years?|half|period|season|"
                             r"\d{4})\s+(?:ended\s+|ending\s+)?$", re.IGNORECASE)
_PERIOD_REACH = 20  # characters before "through" in which to look for that period
# a span opened by "from" and told with a past verb after it is over, its end as well:
# "From January through October, 1,077 people died" (not "runs from Monday through Friday",
# nor "the holiday runs from Thursday through next Tuesday, as the government designated ...")
# so is a span of months that is the subject of that past verb: "data show that January through
# October was the warmest such stretch" (not "open Monday through Friday, officials said");
# so are figures gathered up to a day, told as the subject: "Data through Nov. 30 showed ..."
_FROM_THROUGH = re.compile(r"(?:(?<![\w\W])|(?<=[,;:]\s))from\s+[\w.]+(?:\s+[\w.]+)?\s+$"
                           r"|(?:(?<![\w\W])|(?<=[,;:]\s))(?:the\s+)?(?:data|figures|statistics|"
                           r"numbers|results|records)\s+$"
                           r"|(?:(?<![\w\W])|(?<=(?-i:[a-z])\sthat\s))(?-i:January|February|March|April|"
                           r"May|June|July|August|September|October|November|December)\s+$",
                           re.IGNORECASE)  # opening the sentence or a clause
_FROM_REACH = 24  # characters before "through" in which to look for that "from"
# "travel" is a verb when it goes somewhere ("leaders travel to Brussels on Monday"); else, as
# mostly in news, a noun ("travel warnings", "holiday travel", "air travel on Wednesday")
_TRAVEL_VERB = re.compile(r"\s+(?:to|from|by|with|on|in|into|across|through|abroad|overseas|"
                          r"home|back|north|south|east|west|together)\b", re.IGNORECASE)
# ...but not after a word that makes it the noun: a kind of travel ("domestic travel on Monday",
# "cross-regional travel on Sunday", "air travel on Wednesday"), a determiner ("the travel") or
# a quantifier, as advisories word it ("advised against all travel to Yemen in January", "no
# travel to the region", "unnecessary travel"; not "they all travel to Brussels on Monday")
_TRAVEL_NOUN_BEFORE = re.compile(r"(?:(?-i:\b[A-Za-z][a-z]+al)|(?-i:\b[A-Za-z][a-z]+-[a-z]+)|\b(?:air|"
                                 r"rail|road|sea|holiday|festive|business|domestic|foreign|outbound|"
                                 r"inbound|return|passenger|leisure|weekend|the|its|their|any|no|"
                                 r"unnecessary|further|(?<!\bwe\s)(?<!\bthey\s)(?<!\byou\s)all))\s+$",
                                 re.IGNORECASE)
# "fly" and "flies" are the insect after a word that names its kind, as pest and disease reports
# write it ("the Mediterranean fruit fly quarantine on Monday", "tsetse flies in June"), not the
# verb of an itinerary ("flies to Strasbourg on Friday")
_FLY_NOUN_BEFORE = re.compile(r"\b(?:fruit|tsetse|sand|black|white|house|horse|crane|stable|olive|"
                              r"cherry|melon|blow|bot|deer|screwworm|caddis|stone|flesh|cluster|"
                              r"horn|onion|carrot|Hessian|dragon|butter)\s+$",
                              re.IGNORECASE)
# a release day's "out" opens the sentence ("Out Friday, the album ...") or an aside that
# closes right after the day ("the reissue, out Thursday, restores ..."), not after a verb
# ("was out Tuesday", "sold out Friday") nor in an aside that goes on, where sports copy
# tells an absence ("Smith, out Tuesday with a hamstring injury, is doubtful")
_RELEASE_OUT_BEFORE = re.compile(r"(?:^|(?P<aside>,))\s*$")


def _release_day(sentence: str, start: int, end: int) -> bool:
    """Whether "out" at ``start`` names the day a release comes out."""
    day = _TIMETABLE_DAY.match(sentence, end)
    if day is None:
        return False
    before = _RELEASE_OUT_BEFORE.search(sentence, max(0, start - 3), start)
    return before is not None and (before.group("aside") is None or
                                   sentence.startswith(",", day.end()))
# an aside's "due" closing the sentence looks ahead when the time follows at once: ", due this
# fall.", ", due in March.", ", due next spring."
_DUE_ASIDE = re.compile(r"\s+(?:(?:in|on|by|out)\s+)?(?:(?:this|next|early|late|later)\b|" +
                        _DAY_OR_MONTH_NAME + ")", re.IGNORECASE)
# a timetable's noun looks ahead only when the day it is for follows at once
# the term a school's intake is for follows at once: "freshmen for the fall (semester)"
_INTAKE_TERM = re.compile(r"\s+(?:the\s+)?(?:fall|spring|autumn|winter)(?:\s+(?:semester|term|quarter))?\b",
                          re.IGNORECASE)
_TIMETABLE_FOR = frozenset({"schedule for", "schedules for", "timetable for", "timetables for",
                            "order of play for", "closings for",
                            "closures for", "cancellations for", "classes for",
                            "school for", "added for"})
# a show added for its date looks ahead as for its weekday: "a second show has been added for
# Jan. 29" (a month and its day; not "added for March", a month alone may be the one gone by)
_ADDED_DATE = re.compile(r"\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b",
                         re.IGNORECASE)
_POLL_DAY = re.compile(r"\s+" + _DAY_OR_MONTH_NAME)
_TIMETABLE_DAY = re.compile(r"\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|to-?day\b|"
                            r"to-?night\b|to-?morrow\b)", re.IGNORECASE)
# a warning's place or hazard followed by a clock time after "at" is when the warning was given,
# not what it warns of ("issued a gale warning for Bass Strait at 4am", "a warning for the
# Solent at 6.30pm"; what a warning covers is told "from", "until", "through" or "for" a day)
_WARNING_WORD = r"\s+(?!(?:from|until|till|through|thru|to|for|on|by|and|or|at)\b)[\w'.-]+"
# (one to six words, unrolled: a repeat around a repeat may backtrack without end)
_WARNING_GIVEN_AT = re.compile(_WARNING_WORD + "(?:" + _WARNING_WORD + "(?:" + _WARNING_WORD +
                               "(?:" + _WARNING_WORD + "(?:" + _WARNING_WORD + "(?:" +
                               _WARNING_WORD + ")?)?)?)?)?" +
                               r"\s+at\s+(?:\d|noon\b|midnight\b)", re.IGNORECASE)
_OPEN_HOUSE = frozenset({"open house", "open houses", "open home", "open homes", "open inspection",
                         "open inspections"})
# the notice opens the sentence, or a clause after a colon or a dash ("NEW LISTING: Open house
# Sunday"), and the day follows at once, perhaps after a comma or a colon
_OPEN_NOTICE_BEFORE = re.compile(r"(?:^|[:\u2013\u2014]\s)[\"'\u201c(]?\s*$")
_OPEN_NOTICE_DAY = re.compile(r"[,:]?" + _TIMETABLE_DAY.pattern, re.IGNORECASE)


def _open_house_notice(sentence: str, start: int, end: int) -> bool:
    """Whether "open house" at ``start`` opens a listing's verbless notice of its viewing day."""
    return _OPEN_NOTICE_DAY.match(sentence, end) is not None and \
        _OPEN_NOTICE_BEFORE.search(sentence, max(0, start - 4), start) is not None


# a relative clause between a past verb and "through" has a verb of its own, the one the span
# goes with: "passed a bill that bars evictions through May 1" (its verb, were it a past, would
# be the nearer marker: "a strike that lasted through March")
_RELATIVE_OPENER = re.compile(r"\b(?:that|which)\s", re.IGNORECASE)
# so does an order or a law named with what it does, in -ing: "signed a proclamation suspending
# the entry of workers through Dec. 31", "issued an order barring evictions through July 31",
# the day it was signed perhaps in between ("signed an order Monday extending the ban through")
_ORDER_DOING = re.compile(r"\b(?:orders?|proclamations?|bills?|laws?|decrees?|measures?|"
                          r"rules?|directives?)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?-i:[a-z]{3,}ing)\b",
                          re.IGNORECASE)
# a span pushed out is still running, though the pushing is told in the past: "warnings were
# extended through Tuesday evening", "the ban was renewed through Friday" (not "lasted through")
_EXTENDED = re.compile(r"(?:extended|renewed|prolonged)\b", re.IGNORECASE)
# one that "had been extended" was pushed out before a past told after it, and has ended since:
# "eligibility had been extended to films released through Feb. 28", written in April
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+been\s+$", re.IGNORECASE)


def _pushed_out(sentence: str, at: int) -> bool:
    """Whether the past marker at ``at`` pushes a span out that is still running."""
    return _EXTENDED.match(sentence, at) is not None and \
        _HAD_BEEN_BEFORE.search(sentence, max(0, at - 10), at) is None
# an alert or an order named right before "through" runs to that end, whenever it was issued:
# "issued a red flag warning through 8 p.m. Friday", "imposed a curfew through Sunday" (not "the
# strike lasted through March", where the past verb's own span ends there)
_STANDING_ORDER = re.compile(r"\b(?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|orders?|bans?|"
                             r"curfews?|closures?|restrictions?)\s+$", re.IGNORECASE)
_ORDER_REACH = 16  # characters before "through" in which to look for that noun
# a service called off, told in the present perfect, stays off up to the end "through" names,
# which is still ahead: "has cancelled all flights through Saturday", "trains have been
# suspended through Sunday" (not "cancelled flights through Sunday", told after that Sunday)
_CALLED_OFF = re.compile(r"(?:cancell?ed|suspended|grounded|halted|paused|scrapped)\b", re.IGNORECASE)
_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:been\s+)?$", re.IGNORECASE)


def _called_off_until(sentence: str, at: int) -> bool:
    """Whether the past marker at ``at`` is a present perfect calling a service off."""
    return _CALLED_OFF.match(sentence, at) is not None and \
        _PRESENT_PERFECT_BEFORE.search(sentence, max(0, at - 12), at) is not None


# "was due to land", "were due to be sentenced": a timetable; before anything else ("was due to
# the rain", "were due to a fault") it is a cause
_DUE_TO_VERB = re.compile(r"\s+(?:be|land|arrive|return|leave|fly|meet|start|begin|open|close|"
                          r"face|play|appear|testify|speak|hold|take|make|sign|vote|travel|visit|"
                          r"resume|end|expire|report|announce|release|publish|go|hear|rule|"
                          r"decide|deliver|give|launch|host|attend|retire|undergo)\b", re.IGNORECASE)
# after a bare "due to" a cause is far likelier, so only verbs seldom nouns tell a timetable
# ("due to arrive Tuesday", not "due to travel restrictions", "due to start-up costs")
_BARE_DUE_TO_VERB = re.compile(r"\s+(?:be|land|arrive|enter|depart|perform|reopen|reconvene|"
                               r"convene|meet|begin|appear|testify|speak|take|sign|resume|expire|"
                               r"announce|publish|hear|rule|decide|deliver|give|host|attend|retire|"
                               r"undergo|fly)\b(?!-)", re.IGNORECASE)


# "due in part to", "due in large part to": a cause, no timetable
# a forecast noun moved to a new level is no infinitive: "raised its forecast to 3.7 percent"
_FORECAST_LEVEL = frozenset(("forecast to", "predicted to", "projected to"))
_LEVEL_NEXT = re.compile(r"\s+(?:about\s+|around\s+)?[-+\u2212$\u00a3\u20ac\u00a5]?\d")
_DUE_IN_PART = re.compile(r"\s+(?:(?:large|great|small|no\s+small)\s+)?part\b", re.IGNORECASE)
# the retry told as done by a verb of its own after it ("the next attempt, on Thursday, also
# failed"): that verb tells the tense; a reporting verb after it is the teller's ("with the
# next attempt Thursday, NASA announced")
_RETRY_TOLD = re.compile(r"[^;.:!?]{0,40}?(?<![\w'])(?:(?P<past>was|were|went|(?!(?:announc|report|"
                         r"confirm|add|stat|not|tweet|post)ed\b)[a-z]{3,}ed)|is|are|will|would|"
                         r"could|may|might|can)(?![\w'])", re.IGNORECASE)
# "hopes of" looks ahead before a verb in -ing ("hopes of docking Saturday"), not before a noun,
# where the day may be the hoping's own ("fans cheered hopes of an early start Friday"), but
# a noun with a deadline after it is hoped for by then ("dashing hopes of a rate cut before
# Christmas")
_HOPE_DOING = re.compile(r"\s+(?:[a-z]{2,}ing\b|(?:(?:an?|the)\s+)?[a-z-]+\s+(?:[a-z-]+\s+)?(?:[a-z-]+\s+)?"
                         r"(?:before|by)\s)")


# the past verb, its particle ("washed out play", "called off play") and perhaps a gerund it
# governs ("began accepting returns Monday", "stopped taking visits"): what follows is its
# object; not "said spring arrives", "said everything reopens"
_VERB_END = re.compile(r"[\w']+\s+(?:(?:out|off|up|back)\s+)?"
                       r"(?:(?!(?:every|no|any|some)thing\b|spring\b)[a-z]+ing\s+)?")



def _object_of(sentence: str, marker: tuple[int, Tense], start: int) -> bool:
    """Whether a schedule word at ``start`` follows the past verb ``marker`` with nothing
    between, or only a gerund ("halted play", "resumed play", "began accepting returns"): two
    finite verbs do not stand side by side, so it is the verb's object."""
    if marker[1] is not Tense.PAST:
        return False
    end = _VERB_END.match(sentence, marker[0])
    return end is not None and end.end() == start


# a result told with a gerund and a final score: "beating Buffalo 27-20", "losing 3-2"; or
# with the score before its noun: "a 3-2 double-overtime win over Mason", "a 31-28 loss"
_GAME_RESULT = cued(re.compile(r"\b(?:beating|losing|defeating|routing|edging|topping|blanking|"
                          r"falling\s+to)\s[^\d.;:\n]{0,40}?\b\d{1,3}-\d{1,3}"
                          r"(?![\d.%-]|\s*(?:percent|per\b))|"
                          r"(?<![\w'])(?:a|an|the|its|their|his|her)\s\d{1,3}-\d{1,3}\s"
                          r"[\w\s-]{0,30}?\b(?:win|victory|loss|defeat|shutout)\b",
                          re.IGNORECASE))

# a mishap named after "after" with its day is behind, whatever the tense of the clause: "150
# miners are feared dead after a methane explosion on Saturday", "remain closed after a fire
# Sunday" (the present tells the state now, not when the mishap happened)
_MISHAPS = ("explosion", "blast", "fire", "blaze", "collapse", "cave-in", "crash", "accident",
            "derailment", "leak", "landslide", "flood", "earthquake", "quake")
_AFTER_MISHAP = re.compile(r"(?<![\w'])after\s+(?:a|an|the)\s[\w\s-]{0,40}?\b(?:"
                           + "|".join(_MISHAPS) + r")s?\s+(?:on\s+)?(?P<to>)(?=(?-i:Monday|"
                           r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.IGNORECASE)

# an incident the police investigate or seek witnesses to is behind too, whatever the tense of
# the clause: "gardaí are appealing for witnesses to a crash on the N7 on Saturday night",
# "police are investigating an assault in the city centre on Friday", "deputies are seeking
# information about a fatal shooting Saturday night", "are asking for the public's help after a
# robbery Tuesday"
_INCIDENTS = _MISHAPS + ("collision", "assault", "attack", "shooting", "stabbing", "robbery",
                         "burglary", "break-in", "hit-and-run", "incident", "murder", "killing",
                         "death", "disturbance", "raid")
_PROBED_INCIDENT = re.compile(r"\b(?:(?:(?:appeal|ask)(?:s|ing|ed)?\s+for|seek(?:s|ing)?)\s+"
                              r"(?:(?:public|the\s+public['\u2019]s)\s+)?"
                              r"(?:witnesses|information|help|assistance)|"
                              r"investigat(?:es|ing|ed))\s+(?:(?:to|about|into|after|over|of)\s+)?"
                              r"(?:a|an|the)\s[\w\s-]{0,40}?\b(?:" + "|".join(_INCIDENTS) + r")s?"
                              r"(?:\s(?:on|in|at|near|outside)\s[\w\s'-]{1,40}?)?"
                              r"\s+(?:on\s+)?(?P<to>)(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b)", re.IGNORECASE)

# and one, or a sighting, that a present passive says is being looked into: "a sighting at the
# station on Sunday is being investigated", "an assault on Friday night is under investigation"
_INCIDENT_PROBED = re.compile(r"\b(?:a|an|the)\s[\w\s-]{0,40}?\b(?:" + "|".join(_INCIDENTS) +
                              r"|sighting)s?(?:\s(?:on|in|at|near|outside)\s[\w\s'-]{1,40}?)?"
                              r"\s+(?:on\s+)?(?P<to>)(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+"
                              r"(?:is|are)\s+(?:now\s+)?(?:being\s+(?:investigated|probed|examined)|"
                              r"under\s+investigation)\b)", re.IGNORECASE)
# so is the crime someone is charged with, accused of or wanted for, whatever the tense of the
# clause: "is charged in the stabbing of a bartender outside a club on April 5", "is accused of
# killing his wife on Dec. 30" (not what is to come after it: "is charged with murder and will
# be arraigned on Friday"); and so is the crime a suspect or a gang is linked or tied to, even
# with a modal: "the gang may be linked to a robbery in February"; and so is the damage a ship
# is suspected of, on a day or a feast: "is suspected of damaging the power cable on Christmas
# Day", "of severing the data link on Sunday"
_CHARGED_INCIDENT = re.compile(
    r"\b(?:(?:charged|accused|suspected|wanted|indicted|convicted)\s+(?:in|with|of|over|for)|"
    r"(?:linked|tied|connected)\s+(?:to|with))\s+"
    r"(?:connection\s+with\s+)?(?:(?:a|an|the|his|her|their)\s)?[\w\s-]{0,30}?\b(?:"
    + "|".join(_INCIDENTS) + r"|killing|stabbing|shooting|robbing|attacking|assaulting|"
    r"damaging|sabotaging|severing|vandali[sz]ing|hijacking)s?\b"
    r"(?:(?!\s(?:will|would|to|is|are|was|were|be|and|set|scheduled|due|before)\b)"
    r"[\w\s\x27\u2019,-]){0,50}?"
    r"\s+(?:on\s+)?(?P<to>)(?=" + _DAY_OR_MONTH_NAME +
    r"|(?-i:Christmas|New\s+Year|Boxing\s+Day|Easter|Thanksgiving|Halloween)\b)", re.IGNORECASE)

# so is a game left early, named by its day: "is day-to-day after leaving Tuesday's semifinal",
# "is questionable after exiting Sunday's game" (no one plans to walk out of a game)
_AFTER_EXIT = re.compile(r"(?<![\w'])after\s+(?:leaving|exiting|limping\s+out\s+of)\s+(?P<to>)"
                         r"(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"['\u2019]s\s+(?:[\w-]+\s+)?(?:game|match|semifinal|final|quarterfinal|"
                         r"opener|start|win|loss|victory|defeat|race|stage|practice|workout)s?\b)",
                         re.IGNORECASE)


# advice opening a sentence with a verb in the imperative looks ahead: "Book a table for Friday",
# "Arrive early on Saturday" (the coming ones), also after the day it names set off by a comma
# ("On Friday night, spare a thought for..."); only a verb before an object or an adverb that
# leaves no doubt it is one ("Book sales rose" is a noun); and a sentence opening with a negated
# imperative, whatever its verb, warns about what is still ahead: "Don't sign anything Wednesday"
_IMPERATIVE = re.compile(
    r"\s*[\"'\u201c]?(?:(?:On|This|Next|Come)\s+[A-Za-z.' ]{3,24},\s+(?=[a-z]))?"
    r"(?:(?i:Book|Reserve|Arrive|Plan|Try|Head|Call|Come|Go|Get|Order|Pack|Bring|Spare|"
    r"Allow|Buy|Catch|Take|Skip|Avoid|Join|Stop\s+by|Drop\s+by|Don't\s+miss|Do\s+not\s+miss)"
    r"\s+(?:a|an|the|your|ahead|early|there|tickets?|seats?|rooms?)\b"
    r"|(?:Don't|Don\u2019t|Do\s+not)\s+[a-z]{2,}\b)")


# a deadline named with its weekday in a sentence with no verb that gives a tense ("with 24 games
# left and a trade deadline Monday at 3 p.m.") is one still to come; a verb that tells it has
# passed is found first ("the deadline Monday passed quietly")
_DEADLINE_DAY = re.compile(r"(?<![\w'])deadline\s+(?:on\s+)?(?=(?-i:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)\b)", re.IGNORECASE)


# a trip's programme heads each day with its number and weekday and often leaves out the verb
# ("Day 3 (Wednesday): Visit to the Acropolis"): the days are ahead when nothing says otherwise
_PROGRAMME_DAY = re.compile(r"Day\s+\d{1,2}\s*(?:\(\s*|,\s*)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
                            r"\s*\)?\s*[:\u2013\u2014-]")
# so does a death notice's arrangement line ("Removal on Saturday morning to St Mary's Church",
# "Funeral Tuesday 10am", "Visitation Sunday 2 to 4 p.m."): what it announces is ahead when no
# verb says otherwise ("Burial was on Saturday"); not "Memorial Day"
_ARRANGEMENT = re.compile(r"(?:Funeral|Memorial(?!\s+Day\b)|Requiem|Burial|Graveside|Committal|"
                          r"Interment|Removal|Reposing|Visitation|Cremation)\b")


# a headline's subject and "to" with a verb, in title case, is what lies ahead ("Fed to Raise
# Rates Wednesday", "Crimea to Vote Sunday"): the infinitive stands for "is to"
_HEADLINE_TO = re.compile(r"[^\S\n]to[^\S\n]+[A-Z][a-z]")
_HEADLINE_TO_REACH = 80
# a word of four or more letters in lower case, other than a preposition some headlines keep
# small: the line is prose, not a title-case headline
_LOWER_WORD = re.compile(r"(?<![\w\x27\u2019-])(?!(?:with|from|into|onto|over)\b)[a-z]{4,}\b")
# a capitalised word just before a capitalised past form ("Lac Rose", "Justin Rose", "Nancy Drew"),
# with the past forms that are no "-ed" word (those have a check of their own)
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.-]*\s+$")
_NAME_BEFORE_REACH = 40
_PAST_FORMS = frozenset(_PAST)


# a capitalised "Will" before another capitalised word, outside a question, is a first name
# ("Will Smith", "Will Ferrell"); "Will Congress act?" keeps the auxiliary
_NAME_AFTER_WILL = re.compile(r"\s+[A-Z][a-z]+\b")


def _headline_to(sentence: str, found: list[tuple[int, Tense]]) -> list[tuple[int, Tense]]:
    """``found`` with a future marker at a title-case headline's "to" and its verb."""
    line_end = sentence.find("\n")
    line_end = len(sentence) if line_end < 0 else line_end
    headline = _HEADLINE_TO.search(sentence, 0, min(line_end, _HEADLINE_TO_REACH))
    if headline is None or _LOWER_WORD.search(sentence, 0, line_end) is not None:
        return found
    at = headline.start() + 1
    found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.FUTURE))
    return found


def markers(sentence: str) -> list[tuple[int, Tense]]:
    """The tense markers of a sentence, as (offset in the sentence, tense)."""
    found: list[tuple[int, Tense]] = [(0, Tense.FUTURE)] if _IMPERATIVE.match(sentence) else []
    short_be = "'re" in sentence or "'m" in sentence or "\u2019" in sentence
    # what the checks below look for in the whole sentence, looked for once: a sentence
    # without a period may hold thousands of markers
    has_ith, has_comma_with = "ith" in sentence, ", with" in sentence
    last_comma = sentence.rfind(",")
    appointed_days: list[tuple[int, Tense]] = []
    for match in (_MARKERS_SHORT_BE if short_be else _MARKERS).finditer(sentence):
        word = match.group().lower()
        key = " ".join(word.split())  # "set  for" across a line break is "set for"
        if match.group("ll") is not None:
            found.append((match.start(), Tense.FUTURE))
        elif short_be and match.group("be") is not None:
            found.append((match.start(), Tense.PRESENT))
        elif key in _COMMITTED:
            # the commitment is a past: "on Monday agreed to allow" is that Monday; what is
            # committed to, after "to" with an infinitive, looks ahead ("agreed to resume talks in
            # September"), not after a noun ("agreed to the deal on Friday")
            found.append((match.start(), Tense.PAST))
            if not _NOUN_NEXT.match(sentence, match.end()) and \
                    (key != "agreed to" or not _DEAL_AGREED.match(sentence, match.end())):
                found.append((match.end() - len("to"), Tense.FUTURE))
        elif key in _MANDATED:
            found.append((match.start(), Tense.PAST))
            found.append((match.end() - len("that"), Tense.FUTURE))
        elif key in _WARNED:
            found.append((match.start(), _WARNED[key]))
            found.append((match.end() - len(word.split()[-1]), Tense.FUTURE))  # at "of", "for"
        elif key in _BACK_TO_WORDS:
            found.append((match.start(), Tense.PAST))  # not a passive participle: see _BACK_TO
        elif key in ("set for", "set on", "set in") and _SET_NOUN.search(sentence, max(0, match.start() - 12),
                                                   match.start()) is not None:
            continue  # "dropped a set for the second match running on Wednesday": a tennis
            # set counted, a noun, not a plan
        elif word in _HELD_EVENT and (_HELD_AHEAD.search(
                sentence, max(0, match.start() - _HELD_AHEAD_REACH), match.start()) is not None
                or _HELD_FIRST_AHEAD.search(
                sentence, max(0, match.start() - _HELD_AHEAD_REACH), match.start()) is not None):
            continue  # "will be replaced by webinars held in October", "will be the first
            # election held in February": planned, no past
        elif word in _HELD_EVENT and _held_if(sentence, match.start(), match.end()):
            continue  # "a vote held after Jan. 10 would hand power to ...": what would follow
        elif key in _PLANNED_WORDS and _BEING_BEFORE.search(
                sentence, max(0, match.start() - 16), match.start()) is not None:
            found.append((match.start(), Tense.FUTURE))  # "a fight was being scheduled for
            # March": a plan in the making, its day still ahead
        elif _after_be(sentence, match.start()):
            continue  # a passive participle ("will be held"): the auxiliary tells the tense
        elif key.split()[0] in _APPOINTING and (appointed := _APPOINTED_FOR.match(
                sentence, match.start() + len(key.split()[0]))) and (
                key in _APPOINTING or appointed.group("poll") is not None):
            # ("set a" with its article: only a poll's, "set the trial for January on
            # Wednesday" is read by the trial's own day)
            found.append((match.start(), Tense.PAST))
            appointed_days.append((appointed.start("for"), Tense.FUTURE))  # what was fixed
            # lies ahead, merged in text order at the end
        elif word.endswith("ed") and _gapped_passive(sentence, match.start()):
            continue  # "will be set ... and the final price fixed": that auxiliary tells it
        elif word in _SENT_IN and _sent_in_by_deadline(sentence, match.start(), match.end()):
            continue  # "proposals received by Sunday will be reviewed": what is sent in, no verb
        elif word == "priced" and _price_participle(sentence, match.start(), match.end()):
            continue  # "clothing priced under $100 is exempt": what is priced, no verb
        elif word == "am" and sentence[max(0, match.start() - 2):match.start()].rstrip()[-1:] \
                .isdigit():
            continue  # "at 4:40 am": a clock time, not the verb
        elif word.endswith("ed") and match.group()[0].isupper() and match.start() > 0 and \
                _NAME_NEXT.match(sentence, match.end()) is not None and \
                _LOWER_WORD.search(sentence, 0, match.start()) is not None:
            continue  # "with visitation Friday at Christ Reformed Church": a name
        elif word in _PAST_FORMS and match.group()[0].isupper() and match.start() > 0 and \
                (_NAME_BEFORE.search(sentence, max(0, match.start() - _NAME_BEFORE_REACH),
                                     match.start()) is not None or
                 _NAME_NEXT.match(sentence, match.end()) is not None) and \
                _LOWER_WORD.search(sentence, 0, match.start()) is not None:
            continue  # "due at Lac Rose on Friday", "Nancy Drew opens Friday": a capitalised
            # past form next to another capitalised word, in prose, is part of a name
        elif word == "sat" and match.group()[0] == "S" and \
                _SAT_WEEKDAY.match(sentence, match.end()) is not None:
            continue  # "Sat., Nov. 4, 10 a.m.-2 p.m.", "Sat 6/26, 10am": the weekday written
            # short, not the verb
        elif word == "lent" and match.group()[0] == "L":
            continue  # "Lent lasts 40 days, and Easter falls on April 12": the season before
            # Easter, not the past of "lend"
        elif word == "until" and match.group()[0].isupper():
            continue  # "Until Thursday, they had not ...": looking back; "has until Friday to"
        elif word == "until" and (not found or found[-1][1] is Tense.PAST) and \
                _NEGATED.search(sentence, max(0, match.start() - _NEGATED_UNTIL_REACH),
                                match.start()) is not None:
            continue  # "did not send an e-mail until 9:26": when it happened, in the past
            # ("didn't plant until early November": the negated "did" is the past itself)
        elif word == "until" and _COULD_NOT.search(
                sentence, max(0, match.start() - _UNTIL_AFTER_PAST), match.start()) is not None \
                and _REPORTING.search(sentence, 0, match.start()) is None:
            continue  # "rescuers could not reach the site until midday": no looking ahead (but
            # "officials said residents could not return until Friday" may)
        elif word == "until" and _perfect_until(sentence, match.start()):
            continue  # "which had resisted the step until Friday": a state ended in the past
        elif word == "until" and sentence.endswith("had ", 0, match.start()) and \
                _REPORTING.search(sentence, 0, match.start()) is None:
            continue  # "bidders had until June 28 to submit offers": a deadline told as past
            # (reported, "said the firm had until Friday to reply" is the firm's "has until")
        elif word == "until" and (_LASTED_UNTIL.search(
                sentence[max(0, match.start() - _LASTED_REACH):match.start()]) is not None or (
                _KEPT_UP_UNTIL.search(sentence[max(0, match.start() - _LASTED_REACH):
                                               match.start()]) is not None and
                all(tense is not Tense.FUTURE for _, tense in found)) or (
                found and found[-1][1] is Tense.PAST and
                _FROM_SPAN.search(sentence, found[-1][0], match.start()) is not None and
                _DEFERRED.match(sentence, found[-1][0]) is None)):
            # "the talks lasted until Sunday": how long it went on, in the past; "fought from
            # 2014 until March": a span in the past
            continue
        elif _infinitive(sentence, match.start(), word):
            continue  # "agreed to meet": the verb before it tells the tense
        elif word in _FAREWELLS and sentence.endswith("to ", 0, match.start()):
            continue  # "great to see you on Friday": the verb before it tells the tense
        elif word == "since" and _SINCE_ANCHOR.search(
                sentence, max(0, match.start() - _SINCE_ANCHOR_REACH), match.start()) is not None:
            continue  # "marking 500 years since the death": an anniversary's anchor
        elif key in _RETRY and (told := _RETRY_TOLD.match(sentence, match.end())) is not None \
                and told.group("past") is not None:
            continue  # "the next attempt Thursday ended in a scrub": the verb tells the tense
        elif key in ("hopes of", "hope of") and _HOPE_DOING.match(sentence, match.end()) is None:
            continue  # "cheered hopes of an early start Friday": the day of the cheering
        elif word == "due in" and _DUE_IN_PART.match(sentence, match.end()) is not None:
            continue  # "fell, due in part to weak sales in March": a cause, not a timetable
        elif key in _FORECAST_LEVEL and _LEVEL_NEXT.match(sentence, match.end()) is not None:
            continue  # "cut its forecast to 3.7 percent from 3.9 percent in October": a level
        elif word.startswith(("was", "were")) and word.endswith("due to") and \
                _DUE_TO_VERB.match(sentence, match.end()) is None:
            continue  # "the delay was due to the storm on Friday": a cause, not a timetable
        elif word == "due to" and (_BARE_DUE_TO_VERB.match(sentence, match.end()) is None or
                                   sentence[max(0, match.start() - 5):match.start()].lower()
                                   == "been "):
            # "canceled due to snow on Tuesday": a cause, not a timetable; "had been due to
            # expire Friday": a plan told in the past, the verb before it tells the tense
            continue
        elif word in _INTAKE_FOR and _INTAKE_TERM.match(sentence, match.end()) is None:
            continue  # "students for the first time in March": no term the intake is for
        elif word in _TIMETABLE_FOR and _TIMETABLE_DAY.match(sentence, match.end()) is None and \
                (word != "added for" or _ADDED_DATE.match(sentence, match.end()) is None):
            continue  # "released its schedule for next season on Tuesday": not the day's
        elif key in ("warning for", "warnings for") and \
                _WARNING_GIVEN_AT.match(sentence, match.end()) is not None:
            continue  # "issued a gale warning for Bass Strait at 4am": the hour it was given,
            # whose verb tells the tense
        elif word == "due" and (_DUE_ASIDE.match(sentence, match.end()) is None or
                                not sentence.endswith(",", 0, match.start() - 1) or
                                last_comma >= match.end()):
            # "bonds due Monday", "the report, due Monday, was delayed": the verb tells it
            continue
        elif word == "out" and not _release_day(sentence, match.start(), match.end()):
            continue  # "carried out Tuesday", "was out Friday": no release day
        elif key in _OPEN_HOUSE and not _open_house_notice(sentence, match.start(), match.end()):
            continue  # "held an open house Sunday": the verb tells the tense
        elif word in _POLL_FOR and _POLL_DAY.match(sentence, match.end()) is None:
            continue  # "won the elections for the Duma on Sunday": not the poll's day
        elif word in ("vote", "votes") and _COUNTED_VOTE.search(
                sentence, max(0, match.start() - _COUNTED_VOTE_REACH), match.start()) is not None:
            continue  # "fell one vote short of election Tuesday": votes counted, a noun
        elif word in _MARKING and _MARKS_WHAT.match(sentence, match.end()) is None:
            continue  # "1.83 marks Wednesday": money, no verb
        elif word == "travel" and _TRAVEL_VERB.match(sentence, match.end()) is None:
            continue  # "despite pandemic travel warnings", "holiday travel": a noun
        elif word == "travel" and _TRAVEL_NOUN_BEFORE.search(
                sentence, max(0, match.start() - 24), match.start()) is not None:
            continue  # "domestic travel on Monday reached a record": a noun
        elif word in ("fly", "flies") and _FLY_NOUN_BEFORE.search(
                sentence, max(0, match.start() - 12), match.start()) is not None:
            continue  # "lifted the fruit fly quarantine on Monday": the insect, a noun
        elif word in _SCHEDULE_WORDS and found and _object_of(sentence, found[-1], match.start()):
            continue  # "storms halted play on Saturday": the object of a verb, not a verb
        elif word == "beginning" and (
                _BEGINNING_NOUN.match(sentence, match.end()) is not None or
                _BEGINNING_DET.search(sentence, max(0, match.start() - 6), match.start()) is not None):
            continue  # "at the beginning of May": the noun, no tense
        elif key in ("opening on", "opening in") and _OPENING_NOUN.search(
                sentence, max(0, match.start() - 30), match.start()) is not None:
            continue  # "after the terminal's opening on Thursday descended into chaos": the
            # noun, whose clause's verb tells the tense
        elif word in _ONSETS and _told_past(sentence, found, match.start()) and not (
                found[-1][1] is Tense.PAST and (_ANNOUNCED.match(sentence, found[-1][0]) or
                                                _ordered_state(sentence, found))) and \
                _WITH_ONSET not in sentence[found[-1][0]:match.start()]:
            continue  # "met at a summit starting Thursday": the onset of what is told as past
            # (but "announced a tour starting September 6": what was announced lies ahead)
        elif word == "effective" and _EFFECTIVE_TOLD.search(
                sentence, max(0, match.start() - _EFFECTIVE_TOLD_REACH),
                match.start()) is not None:
            continue  # "declared the filing effective Tuesday": the declaring verb tells it
        elif word in ("ahead of", "ahead to") and match.start() < _FRONTED:
            continue  # "Just ahead of the trip, the department on Sunday issued ..."
        elif key == "planned for" and _PLANNED_LENGTH.match(sentence, match.end()) is not None:
            continue  # "an operation planned for months": how long, not when
        elif key == "planned for" and _PLAN_PUT_OFF.match(sentence, match.end()) is not None:
            continue  # "a visit planned for Tuesday was postponed": the old day of the plan
        elif word == "ahead of" and _AHEAD_COMPARED.match(sentence, match.end()) is not None:
            continue  # "a week ahead of schedule": earlier than planned, not a plan
        elif word == "scheduled" and _AS_BEFORE.search(sentence, max(0, match.start() - 4),
                                                      match.start()) is not None:
            continue  # "held classes as scheduled Monday": it went ahead as planned, no plan
        elif word == "scheduled" and _SCHEDULED_ADJECTIVE.search(
                sentence, max(0, match.start() - _SCHEDULED_ADJECTIVE_REACH),
                match.start()) is not None and \
                _SCHEDULED_PARTICIPLE.match(sentence, match.end()) is None:
            continue  # "ran past their scheduled close on Friday", "cut rates Wednesday, weeks
            # before its next scheduled meeting": an adjective, no plan of its own; the clause's
            # verb tells the tense
        elif match.group("cut") is not None:
            if _MODAL_BEFORE.search(sentence, max(0, match.start() - _MODAL_REACH),
                                    match.start()) is None:
                found.append((match.start(), Tense.PAST))
            continue  # "will cut 10% of staff": the modal tells the tense
        elif word in _INVARIANT_PAST and _MODAL_BEFORE.search(
                sentence, max(0, match.start() - _MODAL_REACH), match.start()):
            continue  # "will hit on Friday": the modal tells the tense
        elif match.group() == "Will" and _NAME_AFTER_WILL.match(sentence, match.end()) and \
                "?" not in sentence:
            continue  # "Will Smith won on Sunday": a first name, not the auxiliary
        elif (key in _OVERTAKEN_PLAN and _HAD_BEFORE_PLAN.search(
                sentence, max(0, match.start() - _HAD_BEFORE_PLAN_REACH), match.start())
              or key in _OVERTAKEN_PASSIVE and _HAD_BEEN_BEFORE_PLAN.search(
                sentence, max(0, match.start() - _HAD_BEFORE_PLAN_REACH), match.start())) \
                and \
                _REPORTING.search(sentence, 0, match.start()) is None:
            continue  # "had hoped to sign a deal in May, but bidders dropped out", "the show
            # had been planned for early June": a plan told in the pluperfect was overtaken,
            # its day gone by ("had" tells the past)
        elif match.group("word") is not None:
            # case-insensitive matching also takes look-alikes ("iſ", long s): not a marker
            tense = _TENSE_OF.get(key)
            if word == "have" and _FUTURE_PERFECT.search(sentence, max(0, match.start() - 12),
                                                         match.start()):
                if sentence[match.start() - 3:match.start() - 1].lower() == "to" and \
                        _FIGURE_PERFECT.match(sentence, match.end()) and \
                        _FORECAST_BEFORE.search(sentence, max(0, match.start() - _FORECAST_REACH),
                                                match.start() - 3):
                    found.append((match.start(), Tense.PAST))  # "forecast to have risen"
                continue  # "will have finished by Friday", "plans to have finished": a perfect
                # still to come, whose tense the modal or the governing verb tells
            if word == "would" and found and found[-1][1] is Tense.PAST and \
                    _HAD_SAID_MODAL.search(sentence, max(0, match.start() - _SAID_MUST_REACH),
                                           match.start()) is not None:
                continue  # "had said the bridge would reopen in March": a plan told in the
                # pluperfect was overtaken, its day gone by as the report's is
            if word in _PERFECT_AUX and _PLANNED_PARTICIPLE.match(sentence, match.end()):
                tense = Tense.FUTURE
            elif word in _PERFECT_AUX and (participle := _PARTICIPLE.match(sentence, match.end())):
                tense = Tense.FUTURE if _PERFECT_BY_DEADLINE.match(sentence, participle.end()) \
                    else Tense.PAST
            elif word == "have" and _MODAL_HAVE.search(sentence, max(0, match.start() - 12),
                                                       match.start()):
                continue  # "will have": the modal tells the tense
            elif word in _MODALS:
                if match.group() == "May" or match.group() == "MAY" and \
                        capital_may_is_month(sentence, match.start()):
                    continue
                if match.group()[0].isupper() and match.group()[1:].islower() and \
                        match.start() > 0 and \
                        _NAME_BEFORE.search(sentence, max(0, match.start() - _NAME_BEFORE_REACH),
                                            match.start()) is not None and \
                        _NAME_NEXT.match(sentence, match.end()) is not None and \
                        _LOWER_WORD.search(sentence, 0, match.start()) is not None:
                    continue  # "near Tin Can Bay about 4.15pm on Monday": a capitalised modal
                    # between two capitalised words, in prose, is part of a place's name
                if _MODAL_PERFECT.match(sentence, match.end()):
                    tense = Tense.PAST
                elif found and found[-1][1] is Tense.PAST and _HAD_SAID_MODAL.search(
                        sentence, max(0, match.start() - _SAID_MUST_REACH),
                        match.start()) is not None:
                    continue  # "had warned it might ...": the pluperfect report's past
                elif (word == "could" and ((_COULD_PAST.match(sentence, match.end()) and
                                            not _reported_earliest(sentence, match.end())) or
                                           _NEGATED_SUBJECT.search(sentence, max(0, match.start() - 48),
                                                                   match.start()) is not None)) or (
                        word == "must" and found and found[-1][1] is Tense.PAST and
                        not sentence[:match.start()].rstrip().endswith(",") and
                        _RELATIVE_MUST.search(sentence, max(0, match.start() - 8),
                                              match.start()) is None and
                        _SAID_MUST.search(sentence, max(0, match.start() - _SAID_SUBJECT_REACH),
                                          match.start()) is None and
                        _JOINED_MUST.search(sentence, max(0, match.start() - _SAID_MUST_REACH),
                                            match.start()) is None and
                        not (_ANDED_MUST.search(sentence, max(0, match.start() - 8),
                                                match.start()) is not None and
                             _THAT_CLAUSE.search(sentence, 0, match.start()) is None) and
                        not _agent_participle_subject(sentence, found[-1][0], match.start())):
                    continue  # "could have": the past; "ruled that ... must": the ruling's
                    # (but a comma closes an aside: "The review, required every six years,
                    # must be completed by July 1" states what is still to be done)
            if (word in _CAMPAIGN or word in _IN_FORCE) and _WAS_BEFORE.search(
                    sentence, max(0, match.start() - 20), match.start()) is not None:
                tense = Tense.PAST  # "was seeking a third term in November": told after it
            if word in _FAVOURITE and _RESULT_AFTER.search(
                    sentence, match.end(), match.end() + _RESULT_AFTER_REACH) is not None:
                continue  # "was the favourite for Saturday's race but fell at the first"
            if tense is Tense.PRESENT and word in _SCHEDULE_WORDS and \
                    _scheduled_month(sentence, match.end()):
                tense = Tense.FUTURE  # "the programme begins in November": the coming one
            if tense is Tense.PAST and _present_passive(sentence, match.start()):
                continue
            if tense is Tense.PAST and _finish_state(sentence, match.start()):
                found.append((match.start(), Tense.PRESENT))
                continue
            if word == "remains" and _REMAINS_NOUN.search(sentence, max(0, match.start() - 10),
                                                          match.start()) is not None:
                continue  # "the remains", "her remains": the noun, no tense of its own
            if word == "remain" and _REMAIN_INFINITIVE.search(
                    sentence, max(0, match.start() - 24), match.start()) is not None:
                continue  # "will remain closed": the modal's
            if word == "controls" and _CONTROLS_NOUN.search(
                    sentence, max(0, match.start() - 20), match.start()) is not None:
                continue  # "imposed currency controls": the noun, no tense of its own
            if tense is Tense.PAST and " " not in word and word in _PAST and \
                    _DETERMINER_BEFORE.search(sentence, max(0, match.start() - 7),
                                              match.start()) is not None:
                continue  # "the lost days", "a broken promise", "its spent fuel": an adjective
            if word == "left" and _COUNT_LEFT.search(
                    sentence, max(0, match.start() - 40), match.start()) is not None:
                continue  # "with 24 games left": what remains, no tense of its own
            if tense is Tense.PAST and " " not in word and word in _PAST and \
                    _EVER_BEFORE.search(sentence, max(0, match.start() - 6),
                                        match.start()) is not None:
                continue  # "the largest show ever held": a participle, as with -ed
            if tense is Tense.PAST and " " not in word and word in _PAST and \
                    sentence.endswith(_OWNER_KIND, 0, match.start()):
                continue  # "in privately held debt": a participle, as with -ed
            if tense is Tense.PAST and " " not in word and word in _PAST and \
                    _compound_adjective(sentence, match.start()):
                continue  # "Chinese-built ships", "home-grown": a compound adjective, as with -ed
            if tense is Tense.PAST and " " not in word and word in _PAST and has_ith and \
                    _absolute_with(sentence, match.start(), bool(found)):
                continue  # "with payments made in November": an absolute clause, as with -ed
            if tense is Tense.PAST and " " not in word and word in _PAST and \
                    _window_participle(sentence, match.start(), match.end()):
                continue  # "will cover deliveries made through April 30", as with -ed
            if tense is Tense.PAST and " " not in word and word in _PAST and found and \
                    found[-1][1] is Tense.FUTURE and \
                    _RESULT_WANTED.search(sentence, max(0, match.start() - _RESULT_REACH),
                                          match.start()) is not None:
                continue  # "plans to have paid out by Friday": a result wanted, still to come
                # (not "is said to have died on Friday")
            if tense is not None:
                found.append((match.start(), tense))
        elif word == "expected" and _EXPECTED_WEEKDAY.match(sentence, match.end()) and \
                _WAS_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) is None:
            found.append((match.start(), Tense.FUTURE))  # "ruling expected Friday"
        elif word == "expected" and ((weekday := _EXPECTED_WEEKDAY.match(sentence, match.end()))
                                     or _EXPECTED_WHEN.match(sentence, match.end())) and \
                _WAS_EXPECTED.search(sentence, max(0, match.start() - 12), match.start()) and \
                (weekday is None or _EXPECTATION_FAILED.search(sentence, match.end()) is None):
            # "said heavy traffic was expected on Friday", "a restart was expected in late
            # April": what was looked for, told in the past, still ahead of the telling (not
            # "was expected Friday but was put off"); a month so told may have gone by since
            # (the nearest one: see the pipeline's timetable told from the past)
            found.append((match.start(), Tense.FUTURE))
        elif word == "expected" and has_comma_with and \
                _EXPECTED_WHEN.match(sentence, match.end()) and \
                _WITH_EXPECTED.search(sentence, max(0, match.start() - 40), match.start()):
            found.append((match.start(), Tense.FUTURE))  # "with demolition expected in the spring"
        elif word in _WISHED and _WISHED_BY.match(sentence, match.end()):
            found.append((match.start(), Tense.FUTURE))  # "wanted a deal by Easter"
        elif word == "expected" and (_REPORTED_OBJECT.match(sentence, match.end()) or
                                     _EXPECTED_TO.match(sentence, match.end()) or (
                                         _EXPECTED_OBJECT.match(sentence, match.end()) and
                                         _EXPECTED_SUBJECT.search(
                                             sentence, max(0, match.start() - 10),
                                             match.start()) is not None)) and \
                not _adjective(sentence, match.start()) and \
                not sentence.endswith("had ", 0, match.start()):
            found.append((match.start(), Tense.FUTURE))  # "it expected a recovery in 2021"
        elif _compound_adjective(sentence, match.start()):
            continue  # "time-honoured", "long-awaited", "state-owned": an adjective
        elif word == "asked" and \
                sentence[max(0, match.start() - 13):match.start()].lower() == "no questions ":
            continue  # "hand in guns, no questions asked": a set phrase, no past deed
        elif (word not in _NOT_PAST or word == "reported" and (
                _REPORTED_OBJECT.match(sentence, match.end()) or
                _REPORTED_PERIOD.match(sentence, match.end()) or (
                    _REPORTED_SUBJECT.search(
                        sentence, max(0, match.start() - _REPORTED_SUBJECT_REACH),
                        match.start()) is not None and
                    _REPORTED_NOT_VERB.match(sentence, match.end()) is None)) or
              word in _TOLD_VERBS and
              _TOLD_WHEN.match(sentence, match.end())) and \
                not _adjective(sentence, match.start(), bool(found)) and \
                not _present_passive(sentence, match.start()) and \
                not _finish_state(sentence, match.start()) and \
                not _comma_participle(sentence, match.start(), match.end()) and \
                not _naming_participle(sentence, match.start(), match.end()) and \
                not _confined_participle(sentence, match.start(), match.end()) and \
                not _window_participle(sentence, match.start(), match.end()) and \
                not _result(sentence, match.start()):
            found.append((match.start(), Tense.PAST))
    if "through " in sentence:
        for match in _THROUGH_DATE.finditer(sentence):
            before = bisect.bisect_left(found, match.start(), key=_offset)
            if (before and found[before - 1][1] is Tense.PAST and not _pushed_out(
                    sentence, found[before - 1][0]) and not _called_off_until(
                    sentence, found[before - 1][0]) and _RELATIVE_OPENER.search(
                    sentence, found[before - 1][0], match.start()) is None and
                    _ORDER_DOING.search(sentence, found[before - 1][0], match.start()) is None and
                    _STANDING_ORDER.search(sentence, max(0, match.start() - _ORDER_REACH),
                                           match.start()) is None) or _PERIOD_THROUGH.search(
                    sentence, max(0, match.start() - _PERIOD_REACH), match.start()) is not None:
                continue
            if before < len(found) and found[before][1] is Tense.PAST and _FROM_THROUGH.search(
                    sentence, max(0, match.start() - _FROM_REACH), match.start()) is not None:
                continue  # "From January through October, 1,077 people died": a closed span
            found.insert(before, (match.start(), Tense.FUTURE))
    if "next " in sentence:
        for match in _NEXT_APPOSITIVE.finditer(sentence):
            at = match.start("to") - 1  # on the space before the day: a marker on its left
            found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.FUTURE))
    if "today " in sentence or "tonight " in sentence or "tomorrow " in sentence:
        for match in _AFTER_TODAY_AND.finditer(sentence):
            at = match.start("to") - 1  # on the space before the day: a marker on its left
            before = bisect.bisect_left(found, at, key=_offset)
            if before > 0 and found[before - 1][1] is Tense.PAST:  # (a present keeps its own)
                found.insert(before, (at, Tense.FUTURE))
    if "to " in sentence or "till " in sentence or "deadline" in sentence or \
            "date " in sentence or "set" in sentence or "sched" in sentence or "fixed" in sentence or \
            "plan" in sentence or "call" in sentence or "notice" in sentence or "announc" in sentence or \
            "unless" in sentence or "if " in sentence or \
            " out " in sentence or \
            "If " in sentence or "organi" in sentence or "arrang" in sentence or \
            "promis" in sentence or "pledg" in sentence or "ed by " in sentence or "made by " in sentence or \
            "bought by " in sentence or \
            (" by " in sentence and ("ask" in sentence or "appeal" in sentence or "demand" in sentence or
                                     "sought" in sentence or "seeks" in sentence or "pleaded" in sentence)) or \
            "curfew" in sentence or "lockdown" in sentence or " ban" in sentence or \
            "declar" in sentence or "named " in sentence or "proclaim" in sentence or "designat" in sentence or \
            "issued" in sentence or "posted" in sentence or "cancel" in sentence or \
            "called off" in sentence or "scrapped" in sentence or "axed" in sentence:
        lower = sentence.lower()
        present = {word for word in _DEFERRING_WORDS if word in lower}
        patterns = [pattern for pattern, words in _DEFERRING
                    if not present.isdisjoint(words)]  # the verb each one needs
        deferred = []
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                if pattern is _CONDITION_BY and not _backshifted(found, match.start("to")):
                    continue
                if pattern in (_BIDDEN_PASSIVE_TO, _TOLD_TO) and _took_cover_when_told(sentence, match):
                    deferred.append((match.start("to"), Tense.PAST))
                    continue
                deferred.append((match.start("to"), Tense.FUTURE))
                if pattern is _DEFERRED_TO and _backshifted(found, match.start("to")):
                    made_on = _DEFERRED_ON.match(sentence, match.end())  # past the date put off to
                    if made_on is not None:
                        deferred.append((made_on.start("on"), Tense.PAST))
                if pattern in _SETTING and _set_in_past(sentence, match.start()):
                    deferred.append((match.start(), Tense.PAST))
                if pattern is _DAY_DECLARED and match.group("verb").lower() in _DECLARED_PAST \
                        and _MODAL_BEFORE.search(sentence, max(0, match.start() - _MODAL_REACH),
                                                 match.start()) is None:
                    deferred.append((match.start("held"), Tense.PAST))  # ("has declared" too)
        if deferred:
            # a setting verb's own past replaces the timetable it would otherwise be read as
            # ("the judge on Friday scheduled a hearing for March 3": Friday is past)
            past = {at for at, tense in deferred if tense is Tense.PAST}
            found = sorted([marker for marker in found if marker[0] not in past] + deferred,
                           key=_offset)
    if "warn" in sentence or "brace" in sentence:
        for match in _WARNED_ON.finditer(sentence):
            tense = _WARNED[" ".join(match.group("cue").lower().split())]
            found.insert(bisect.bisect_left(found, match.start("on"), key=_offset),
                         (match.start("on"), tense))
        for match in _WARNED_FACED.finditer(sentence):
            found.insert(bisect.bisect_left(found, match.end("verb"), key=_offset),
                         (match.end("verb"), Tense.FUTURE))
            found.insert(bisect.bisect_left(found, match.end("season"), key=_offset),
                         (match.end("season"), Tense.PAST))
    if "-" in sentence:
        for match in _GAME_RESULT.finditer(sentence):
            # "will host Sunday's game after beating Buffalo 27-20 Saturday": a final score
            # reports a game played, so the day named with it is behind
            found.insert(bisect.bisect_left(found, match.start(), key=_offset),
                         (match.start(), Tense.PAST))
    if "after " in sentence:
        for match in itertools.chain(_AFTER_MISHAP.finditer(sentence),
                                     _AFTER_EXIT.finditer(sentence)):
            at = match.start("to") - 1  # on the space before the day: a marker on its left
            found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.PAST))
    if "investigat" in sentence or "appeal" in sentence or "seek" in sentence or \
            "ask" in sentence:
        for match in itertools.chain(_PROBED_INCIDENT.finditer(sentence),
                                     _INCIDENT_PROBED.finditer(sentence)):
            at = match.start("to") - 1  # on the space before the day: a marker on its left
            found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.PAST))
    if "charged" in sentence or "accused" in sentence or "suspected" in sentence or \
            "wanted" in sentence or "indicted" in sentence or "convicted" in sentence or \
            "linked" in sentence or "tied" in sentence or "connected" in sentence:
        for match in _CHARGED_INCIDENT.finditer(sentence):
            at = match.start("to") - 1  # on the space before the day: a marker on its left
            found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.PAST))
    if " but " in sentence and ("due to" in sentence or "scheduled to" in sentence):
        for match in _OVERRAN.finditer(sentence):
            # "was scheduled to end on Wednesday but ran two days over": the end planned has
            # passed, so the day it names is behind, not a timetable still ahead
            found = [(at, Tense.PAST) if match.start() <= at < match.start("but") else (at, tense)
                     for at, tense in found]
    if "after " in sentence and ("due to" in sentence or "scheduled to" in sentence):
        for match in _ENDED_AFTER.finditer(sentence):
            # "was concluded a day after the conference was due to end on Friday": what was
            # done after the planned end tells that end has gone by
            found = [(at, Tense.PAST) if match.start("plan") <= at < match.end() else (at, tense)
                     for at, tense in found]
    if has_comma_with and " to " in sentence:
        for match in _WITH_TO.finditer(sentence):
            at = match.start("to")
            prior_markers = [marker for marker in found if marker[0] < match.start()]
            if prior_markers and prior_markers[-1][1] is Tense.PAST and not _WITH_TO_TOLD.match(
                    sentence, prior_markers[-1][0]):
                continue  # "signals were cut in February, with the rest to follow in March":
                # a plan told inside a past story is that story's, not one still ahead
            if (at, Tense.FUTURE) not in found:
                found.insert(bisect.bisect_left(found, at, key=_offset), (at, Tense.FUTURE))
    if " and " in sentence or " or " in sentence:
        found = _shared_auxiliary(sentence, found)
    if "due in" in sentence:
        found = _due_ahead(sentence, found)
    if not found and sentence.startswith("Day") and _PROGRAMME_DAY.match(sentence):
        found = [(0, Tense.FUTURE)]
    if not found and "deadline" in sentence:
        deadline = _DEADLINE_DAY.search(sentence)
        if deadline is not None:
            found = [(deadline.start(), Tense.FUTURE)]
    if not found and sentence[:1] in "FMRBGCIV" and _ARRANGEMENT.match(sentence):
        found = [(0, Tense.FUTURE)]
    if "photo" in sentence or "picture" in sentence or "image" in sentence or \
            "grab" in sentence or "screenshot" in sentence:
        caption = _CAPTION.search(sentence)
        if caption is not None:
            # a caption tells in the present what the picture caught: "is escorted by officials
            # Friday night in this photo released by the military" is the Friday just gone
            found = [(at, Tense.PAST) if tense is Tense.PRESENT and at < caption.start()
                     else (at, tense) for at, tense in found]
    if found and found[0] == (0, Tense.FUTURE) and sentence.startswith(_FRONTED_ONSETS):
        found = _fronted_onset(sentence, found)
    if sentence[:1].isupper():
        to = sentence.find(" to ", 0, _HEADLINE_TO_REACH)
        if to > 0 and sentence[to + 4:to + 5].isupper():  # "Fed to Raise": cheap test first
            found = _headline_to(sentence, found)
    if appointed_days:
        found = sorted(found + appointed_days, key=_offset)
    if any(word in sentence for word in _MANDATING_WORDS):
        found = sorted(found + [(match.start("verb"), Tense.FUTURE)
                                for match in _MANDATED_BARE.finditer(sentence)
                                if match.group("verb").lower() not in _TOLD_FORMS], key=_offset)
    if ", now " in sentence:
        now_values = [(match.start("now"), Tense.PRESENT) for match in _NOW_VALUE.finditer(sentence)]
        if now_values:
            found = sorted(found + now_values, key=_offset)
    return found


# a bare verb after a plural subject of a suggestion or a recommendation is a mandate, what is
# to be done: "suggested districts shorten the vacation week in April", "recommended that the
# schools add two days in June" (the coming April, June); not a verb in -s, -ed or a modal's
# (each verb _MANDATED_BARE needs, without its first letter, looked for before the pattern)
_MANDATING_WORDS = ("uggested", "roposed", "ecommended", "rged", "nsisted", "emanded", "equested")
_TOLD_FORMS = frozenset(_PAST) | frozenset(_PRESENT)  # "suggested schools lost money", "... have"
_MANDATED_BARE = re.compile(
    r"(?<![\w'])(?:suggested|proposed|recommended|urged|insisted|demanded|requested)\s+(?:that\s+)?"
    r"(?:(?:the|all|its|their|his|her|some|most|other)\s+)?(?:[a-z]+\s+)?(?-i:[a-z]+[a-rt-z]s)\s+"
    r"(?!(?:would|could|should|might|must|may|will|can|were|are|had|did|do|of|in|on|at|to|for|"
    r"from|with|and|or|but|who|which|that|as|by|than|not)\b)(?P<verb>(?-i:[a-z]{2,}(?<!s)(?<!ed)(?<!ing)))\b",
    re.IGNORECASE)


# a date set off by commas after "now" is the value something holds at present, a schedule
# ahead: "pushes the last day of school, now June 17, back by one day", "the deadline, now
# March 3, was set by the board" (the coming June 17, March 3), whatever the verbs around it
_NOW_VALUE = re.compile(r",\s+(?P<now>now)\s+(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                        r"[a-z]{0,6}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                        r"Nov|Dec)[a-z]{0,6}\.?)(?:,|;|\s*$)")


# what closes a photo's caption: "in this photo", "in this undated handout picture", "in an
# image released by the ministry", "in this frame grab from video"
_CAPTION = re.compile(r"(?<![\w'])in\s(?:(?:this|these)\s[\w\s-]{0,40}?(?<![\w-])"
                      r"(?:photo(?:graph)?s?|pictures?|images?|(?:frame|video|screen)\s*grabs?|"
                      r"screenshots?|stills?)\b|(?:a|an)\s[\w\s-]{0,30}?(?<![\w-])"
                      r"(?:photo(?:graph)?|picture|image|(?:frame|video|screen)\s*grab|screenshot)"
                      r"\s+(?:taken|released|provided|posted|distributed|obtained|shared|issued)\b)")


# a verbless clause opened by ", with" whose noun comes before "to" and a verb of a timetable
# looks ahead, whatever tense the main verb has: "said applications close in December, with
# bidding to start in January", "with the rest of the country to follow in March"
_WITH_TO = re.compile(r",\s+with\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?[a-z-][a-z\s-]{0,40}?"
                      r"\s(?P<to>to)\s+(?:be\s+)?"
                      r"(?:start|begin|follow|open|reopen|close|end|finish|conclude|resume|"
                      r"launch|run|expire|take\s+effect|take\s+place|go\s+live|come|"
                      r"held|completed|finished|announced|named|switched|phased|offered|"
                      r"auctioned|sold)\b")
# ... after a past verb only when that verb tells or settles the plan ("said", "set")
_WITH_TO_TOLD = re.compile(r"(?i:said|announced|confirmed|told|added|decided|agreed|approved|set|"
                           r"published|unveiled|outlined|released|issued)\b")

# a meeting's planned end told from the past ("the summit was due to close on Friday")
_PLANNED_END = (r"(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:due|scheduled)\s+to\s+"
                r"(?:end|close|finish|conclude|wrap\s+up|adjourn)\b")
# ... and then overrun ("... but dragged into Sunday"): the planned day has gone by
# (or "... but a walkout pushed it into overtime")
_OVERRAN = re.compile(r"(?<![\w'])" + _PLANNED_END + r"[^.;:!?]{0,40}?\s(?P<but>but)\s+"
                      r"(?:(?:ran|overran|dragged|stretched|spilled|went\s+on|continued|lasted)\b"
                      r"|[^.;:!?]{0,120}?\bovertime\b)",
                      re.IGNORECASE)
# so has one that something was done after ("concluded a day after the talks were scheduled to
# close on Friday")
_ENDED_AFTER = re.compile(r"(?<![\w'])after\s+[^.;:!?,]{0,40}?(?P<plan>" + _PLANNED_END + ")",
                          re.IGNORECASE)


# a verbless "due in" takes its time from the verb of the clause it sits in: one looking ahead
# makes the month the coming one ("The next report, due in December, is expected to say ...");
# with a past verb or none it stays the month nearest publication ("loans due in June")
_DUE_REACH = 60  # characters from "due in" to that verb
# so does a verbless clause opened by ", with" after a verb looking ahead: "the first copy will
# launch Jan. 31, with eight more due in July" (after a past verb or none, the month nearest
# publication, as for "loans due in June")
_WITH_DUE = re.compile(r",\s+with\s+[^,;:]{1,30}\s$", re.IGNORECASE)
_WITH_DUE_REACH = 40  # characters from ", with" to "due in"


# an onset put before its clause ("Starting at 5 a.m., teams tallied 87 species"): the clause's
# verb, after the comma, tells the tense ("Starting Monday, stores will close" still looks ahead)
_FRONTED_ONSETS = ("Starting ", "Beginning ")


# an -ed word opening the clause after the onset's comma describes its subject, with no subject
# before it to be a verb of: "Starting Tuesday, regulated utilities may not shut off service"
_OPENING_PARTICIPLE = re.compile(r"(?-i:[a-z]+ed)\s+(?-i:[a-z])")


def _fronted_onset(sentence: str, found: list[tuple[int, Tense]]) -> list[tuple[int, Tense]]:
    """A fronted onset takes the tense of the first verb after its comma when that is a past."""
    comma = sentence.find(",")
    after = [(at, tense) for at, tense in found if comma > 0 and at > comma and
             not (at == comma + 2 and _OPENING_PARTICIPLE.match(sentence, at))]
    if after and after[0][1] is Tense.PAST and _ANNOUNCED.match(sentence, after[0][0]) is None:
        # (what was announced or ordered still starts ahead: "Beginning Friday, the city
        # closed all parks")
        return [(0, Tense.PAST), *found[1:]]
    return found


def _due_ahead(sentence: str, found: list[tuple[int, Tense]]) -> list[tuple[int, Tense]]:
    """Future for a "due in" marker followed closely by a future one, or opening a ", with"
    clause after one."""
    ahead = list(found)
    for index, (at, tense) in enumerate(found):
        if tense is not Tense.PRESENT or sentence[at:at + 6].lower() != "due in":
            continue
        verb_after = index + 1 < len(ahead) and ahead[index + 1][1] is Tense.FUTURE and \
            ahead[index + 1][0] - at <= _DUE_REACH
        with_after = index > 0 and ahead[index - 1][1] is Tense.FUTURE and \
            _WITH_DUE.search(sentence, max(0, at - _WITH_DUE_REACH), at) is not None
        if verb_after or with_after:
            ahead[index] = (at, Tense.FUTURE)
    return ahead


# a bare verb joined by "and" or "or" to one after "will" shares its subject and its auxiliary:
# "will close in January and reopen in the spring" is a future all through, not a present
# timetable ("reopen in the spring"); a verb in -s ("and reopens") or with a subject of its own
# ("and the museum reopens") keeps its own tense
_BARE_COORDINATED = re.compile(r"(?<![\w'])(?-i:and|or)\s+$")
_BARE_VERB = re.compile(r"[a-z]+(?<!s)\b")


# a participle joined by "and" or "or" to a future passive shares its "will be": "will be
# calculated separately and paid by the end of February", "will be backdated to April and paid in
# October" (the "backdated to" between keeps its own past); not a verb with a subject of its own
# ("will be paid in May and staff received ...") or one after a past ("was backdated and paid")
_FUTURE_PASSIVE = re.compile(r"(?:(?<![\w'])(?:will|shall|would)|'ll)\s+(?:not\s+|also\s+|then\s+)?be\s",
                             re.IGNORECASE)
_COORDINATED_PARTICIPLE = re.compile(
    r"(?-i:[a-z]+ed|paid|made|sent|held|given|taken|kept|put|set|cut|spent|built|sold|brought)\b")


def _shared_passive(sentence: str, shared: list[tuple[int, Tense]], index: int) -> bool:
    """Whether the past marker at ``index`` is a participle sharing a future passive before it."""
    at = shared[index][0]
    if _BARE_COORDINATED.search(sentence, max(0, at - 6), at) is None or \
            _COORDINATED_PARTICIPLE.match(sentence, at) is None or \
            sentence[at:at + 14].lower().startswith(_BACK_TO):
        return False
    before = index - 1
    while before >= 0 and sentence[shared[before][0]:shared[before][0] + 14].lower().startswith(_BACK_TO):
        before -= 1
    if before < 0 or shared[before][1] is not Tense.FUTURE or \
            _FUTURE_PASSIVE.match(sentence, shared[before][0]) is None:
        return False
    between = sentence[shared[before][0]:at]
    return not any(mark in between for mark in ";:,") and \
        _CLAUSE_WORD.search(between) is None


_CLAUSE_WORD = re.compile(r"(?<![\w'])(?:who|which|where|while|but|after|before|when)\s", re.IGNORECASE)


def _shared_auxiliary(sentence: str, found: list[tuple[int, Tense]]) -> list[tuple[int, Tense]]:
    """Future for a bare present verb coordinated right after a future one's clause."""
    shared = list(found)
    for index in range(1, len(shared)):
        at, tense = shared[index]
        if tense is Tense.PAST and _shared_passive(sentence, shared, index):
            shared[index] = (at, Tense.FUTURE)
            continue
        if tense is not Tense.PRESENT or shared[index - 1][1] is not Tense.FUTURE:
            continue
        between = sentence[shared[index - 1][0]:at]
        if _BARE_COORDINATED.search(between) is None or any(mark in between for mark in ";:"):
            continue
        if _BARE_VERB.match(sentence, at) is not None:
            shared[index] = (at, Tense.FUTURE)
    return shared


# a weekday set off as the name of "the next" one of a round looks ahead, whatever the verb
# ("The next drawing, Saturday, offers $10 million", "the next meeting, on Tuesday, ...");
# not "the next day, Tuesday," or "the next morning", which count on from a day told
_NEXT_APPOSITIVE = re.compile(r"(?<![\w'])(?-i:next)\s+(?!(?:day|morning|afternoon|evening|night|"
                              r"week|weekend|month|year)\b)[\w$.' -]{1,40},\s"
                              r"(?:on\s+)?(?P<to>)(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b)", re.IGNORECASE)

# a weekday joined after today or tomorrow is one still to come, whatever the verb ("canceled
# classes today and Thursday", "closed today and on Friday", "shut tonight or Saturday"); not a
# weekday set off as today's name ("said today, Thursday, that")
_AFTER_TODAY_AND = re.compile(r"(?<![\w'])(?:today|tonight|tomorrow)\s+(?:and|or)\s+(?:on\s+)?"
                              r"(?P<to>)(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b)", re.IGNORECASE)


# the patterns of a date put off to, each with the words one of which it cannot match without
_DEFERRING = ((_DEFERRED_TO, ("postpone", "delayed", "pushed", "put ", "moved", "defer",
                              "reschedule", "extend", "extension", "adjourned", "remanded",
                              "renew", "prolong")),
              (_SLIPPED_TO, ("slipped", "slid")), (_MOVED_TO, ("moved", "moving", "flexed", "shifted", "bumped")),
              (_PUSHED_TO, ("push",)),
              (_DEADLINE_SET, ("deadline", "date ")),
              (_EVENT_SET_FOR, ("set", "sched", "plan", "organi", "arrang", "fix")), (_EVENT_DATE_SET, ("set", "sched", "fixed")),
              (_GATHERING_PLANNED_ON, ("plan",)),
              (_ACTION_CALLED_FOR, ("call",)), (_ACTION_CALLED_PASSIVE, ("called for",)),
              (_PERFECT_ACTION_CALLED_ON, ("called",)), (_PERFECT_INVITED_ON, ("invited",)),
              (_ACTION_FROM, ("notice", "announc", "call")),
              (_CONDITION_BY, ("unless", "if ")),
              (_RESTRICTION_FOR, ("curfew", "lockdown", " ban", "snow day")),
              (_ALERT_FOR, ("issued", "posted", "snow day")),
              (_DAY_DECLARED, ("declar", "named", "proclaim", "designat")),
              (_ACTION_NOT_RULED_OUT, ("rul",)),
              (_BIDDEN_TO, ("urg", "challeng", "press", "implor", "encourag", "ask", "call",
                             "advis", "warn")),
              (_BIDDEN_PASSIVE_TO, ("urged", "warned", "advised", "asked", "told", "encouraged")),
              (_PERMITTED_TO, ("permission", "consent", "approval", "go-ahead", "clearance")),
              (_TOLD_TO, ("told", "telling", "instruct")),
              (_ORDERED_BACK, ("order", "direct")),
              (_RESOLVED_TO, ("voted", "decided", "agreed", "opted")),
              (_PROMISED_BY, ("promis", "pledg")),
              (_SOUGHT_BY, ("asked", "asks", "appeal", "call", "pleaded", "demand", "sought",
                            "seeks")),
              (_ORDERED_BY, ("ordered", "directed", "instructed", "require", "compels",
                             "obliges")),
              (_REQUESTED_BY, ("requested", "required", "needed")),
              (_PLACED_BY, ("made", "placed", "booked", "purchased", "bought", "reserved",
                            "postmarked")),
              (_CALLED_OFF_FOR, ("cancel", "called off", "scrapped", "axed")),
              (_TIME_NEEDED_TO, ("need",)),
              (_RACING_BY, ("racing", "rushing", "scrambling", "hurrying", "working", "striving",
                            "pushing", "battling")))


# every word one of those patterns needs, each looked for once per sentence
_DEFERRING_WORDS = tuple(sorted({word for _, words in _DEFERRING for word in words}))


# the verb that set a deadline or a date is a past of its own for what stands before it
# ("the union on Monday set a strike deadline of noon Saturday": Monday is past, Saturday ahead)
_SETTING = (_DEADLINE_SET, _EVENT_SET_FOR, _EVENT_DATE_SET, _ACTION_CALLED_FOR, _RESTRICTION_FOR)
_PAST_SETTING_VERB = re.compile(r"(?:set|gave|issued|imposed|declared|ordered|fixed|scheduled|planned|organi[sz]ed|arranged|called)\b",
                                re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:will|would|to|could|may|might|should|must|can|shall|is|are|"
                               r"was|were|be|been|being|has|have|had|'ll)\s+$", re.IGNORECASE)


def _backshifted(found: list[tuple[int, Tense]], at: int) -> bool:
    """Whether the verb nearest before ``at`` is a past: a condition told in reported speech
    ("unless Israel freed them by noon Saturday"); one in the present keeps its own tense ("if the
    ticket is not presented by Monday")."""
    before = bisect.bisect_left(found, at, key=_offset)
    return before > 0 and found[before - 1][1] is Tense.PAST


def _set_in_past(sentence: str, start: int) -> bool:
    """Whether the setting verb at ``start`` is a plain past ("set", not "will set", "has set")."""
    return _PAST_SETTING_VERB.match(sentence, start) is not None and \
        _AUXILIARY_BEFORE.search(sentence, max(0, start - 12), start) is None


def _offset(marker: tuple[int, Tense]) -> int:
    return marker[0]


# where one clause ends and another begins: a verb beyond this, on the right of a date, is
# another clause's ("shut down the subway on Sunday and schools will be closed on Tuesday")
# coordinated clauses, and relative ones opened by "who"/"which": a verb in them belongs to
# their own subject ("rules taking effect at midnight bar migrants who crossed", "will spray
# Sunday in areas where birds were found"); a perfect participle after a comma tells what came
# first ("will rule on Monday, having heard the case")
# not "Abortion and Rights"; a participle after a comma opens a clause of its own, its verb
# not the day's: "signed the bill Sunday night, averting a shutdown that would have begun";
# an age's bound opens none: "sell to any adult 21 and older Thursday", "children 12 and under"
_CLAUSE_BREAK = re.compile(r"\s(?:and(?!(?<=\d\sand)\s(?:older|over|up|under|younger)\b)|"
                           r"but|while|whereas|who|which|where)\s(?=[a-z])|;|"
                           r",\s(?=(?:having|averting|avoiding|ending)\s)")


# a break that opens a relative clause on the noun before it ("people who test positive")
_RELATIVE_BREAK = re.compile(r"\s(?:who|which)\s")


def clause_breaks(sentence: str) -> list[int]:
    """Offsets in ``sentence`` where a coordinated clause may begin."""
    return [match.start() for match in _CLAUSE_BREAK.finditer(sentence)]


# reported speech opens a clause with its own tense: "He said that April would be busy"; after
# a verb of saying or thinking that takes no object, "the" opens that clause just as well
# ("organisers said the autumn edition would go ahead"; not "told the committee on Tuesday")
_REPORTED = re.compile(r"\b(?:(?:said|says|say|told|tells|warned|warns|announced|added|noted|"
                       r"insisted|believes|believed|thinks|thought|expects|expected|hopes|"
                       r"hoped|predicted|predicts|feared|fears)"
                       # with the time of the saying or the one told between ("said on Tuesday
                       # that", "told MPs last month that"): a few words, no clause break
                       r"\s[^.,;:!?\"\u201c\u201d]{0,40}?\bthat\b|"
                       # so does a hope: "hoped the lame-duck session in November would
                       # revive it" (hoping takes a clause, seldom an object)
                       r"(?:said|says|believes|believed|thinks|thought|hopes|hoped)\s+(?=the\s|"
                       # a bare noun as the clause's subject: "said growth in the first half of
                       # the year would be weak" (not an adverb or a preposition: "said earlier
                       # in the day", "said repeatedly in March", "said in a statement",
                       # "said outside court on Wednesday", "said late Tuesday")
                       r"(?-i:(?!(?:about|after|afterward|afterwards|again|ahead|also|at|"
                       r"before|by|during|earlier|early|following|for|from|in|inside|last|"
                       r"late|later|near|next|now|on|outside|over|since|then|this|through|to|"
                       r"today|tonight|under|until|via|when|while|with|yesterday)\s)"
                       r"[a-z]+(?<!ly)\s)))",
                       re.IGNORECASE)


# a word each verb of _REPORTED holds: a sentence with none of them needs no scan
_REPORTED_HINTS = ("said", "say", "tell", "told", "warn", "announc", "added", "noted", "insist",
                   "believ", "think", "thought", "expect", "hope", "predict", "fear")


def reported_clauses(sentence: str) -> list[int]:
    """Offsets in ``sentence`` where a reported clause begins (after "said that")."""
    lower = sentence.lower()
    if not any(hint in lower for hint in _REPORTED_HINTS):
        return []
    return [match.end() for match in _REPORTED.finditer(sentence)]


# a relative clause set off by commas has its own tense: "Forbes, who leaves the committee at
# the end of June, said ...": "said" is Forbes's, not the leaving's
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s")
# the object of "until" ends at a comma or a preposition ("until 4 April on Friday"), though not
# at "at least", which is the object's own ("until at least Thursday"), and at "after" or "before"
# once the object has begun ("until Wednesday after Friday's quake", not "until after Friday");
# nor at the "on" of a business day's end ("until the close of business on Friday")
_UNTIL_OBJECT_ENDS = re.compile(r",|(?<!\bbusiness)(?<!\btrading)\son\s|"
                                r"\s(?:at(?!\s+least\b)|in|from)\s|"
                                r"(?<![Uu]ntil)\s(?:after|before)\s")
# but a court date "until" names is told with its day: "remanded in custody until his trial in
# October", "bailed until a hearing on Thursday": the day is the object's own, still ahead
_UNTIL_COURT_DATE = re.compile(r"until\s+(?:(?:his|her|their|the|a|an)\s+)?(?:next\s+)?(?:court\s+)?"
                               r"(?:trial|hearing|sentencing|appearance|arraignment|date)\s+"
                               r"(?:in|on)\s+(?=\S)", re.IGNORECASE)
# "through"'s object may name its end with "on" ("through the end of the year on Sept. 30"); a
# weekday after "on", or a comma, "at", "in" or "during", is past the object
_THROUGH_OBJECT_ENDS = re.compile(r",|\s(?:at|in|during)\s")
_ON_BEFORE = re.compile(r"\son\s+$")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a comma and a subordinating conjunction open a clause of its own: "is due back in court on
# Oct. 3, after a judge on Wednesday granted ...": the main clause's verb is not Wednesday's
_SUBORDINATE = re.compile(r",\s+(?:after|before|when|because|although|though|while|once|as|"
                          r"since|until)\s|"
                          # no comma is needed when a determiner follows: "after" then governs
                          # a subject, not a date ("would give a credit after an outage on
                          # Thursday left thousands without service")
                          r"(?<![\w'])(?:after|before|when|because|although|though|while|once)"
                          r"\s+(?:a|an|the|its|their|his|her)\s|"
                          # nor when a bare plural noun follows, other than a span of time
                          # ("will miss the tour after scans on Sunday revealed a fracture")
                          r"(?<![\w'])(?:after|before|when|because|although|though|while|once)"
                          r"\s+(?!(?:days|weeks|months|years|hours|minutes|decades|nights|"
                          r"seasons|times)\s)(?-i:[a-z]{3,}s)\s", re.IGNORECASE)
# so does a conjunction right before the date, which is then its clause's subject: "is shorter
# because Thanksgiving fell late" (not "after"/"before"/"since"/"until", which also govern a date)
_SUBJECT_CLAUSE = re.compile(r"\b(?:because|although|though|whereas)\s+$", re.IGNORECASE)
# a conjunction right before a possessive date, whose noun then leads to the clause's verb in a
# few words: "after Sunday's election produced", "before Friday's vote was held"
_CONJUNCTION_BEFORE = re.compile(r"(?<![\w'])(?:after|before|when|once|because|although|though)\s+$",
                                 re.IGNORECASE)
# a reporting verb right before a possessive date opens the reported clause the same way: "said
# Tuesday's curfew would begin at 8 p.m." (a day reported, "Wednesday's ruling", stays past anyway)
_REPORT_BEFORE = re.compile(r"(?<![\w'])(?:said|says|announced|announces|warned|added|confirmed)"
                            r"\s+(?:that\s+)?$", re.IGNORECASE)
_POSSESSIVE_SUBJECT = re.compile(r"['\u2019]s\s[^,;:.!?\"\u201c\u201d]{1,30}\s")
LEFT_WINDOW = 80  # characters: news writes "said Friday", "will meet on Thursday"; a fixture's verb
# may stand before a long object ("face Villarreal in the second leg of their Champions League
# semifinal on Tuesday")
_SUBJECT_REACH = 32  # characters from a clause break to a span ending its subject
CLAUSE_REACH = 240  # characters within which a clause's commas and conjunctions are looked for
# an attribution closing the sentence ("..., the hurricane center said.", "..., forecasters said
# Sunday.", "..., the center said in its 5 p.m. update.", "..., officials announced last week."):
# its past is the reporter's, not the tense of what is reported before it
# an apposition naming the date may come between ("from March 30, the start of its summer
# schedule, the carrier said"); after the last comma at most 5 words; a quotation may close at
# the comma ("We want him home by Christmas," he said.): the quoted tense is the speaker's
_ATTRIBUTION_GAP = re.compile(r"[^,;:]{0,40}(?:,\s+[^,;:\"\u201d]{1,50})?,[\"\u201d\u2019]?\s+"
                              r"[\w.'\u2019 -]{1,60}")
# the most words (with the comma before them) a speaker's title and name may take
_TITLED_SPEAKER_WORDS = 9
_ATTRIBUTION_END = re.compile(
    # in the present perfect too: "..., NHS Lothian has announced."
    r"(?:(?:has|have)\s+)?(?:said|says|announced|announces|added|confirmed|told\s+\w+)"
    r"(?:\s+[^,;:\"\u201d]{1,40})?"
    # a participle phrase may trail it: "..., the palace said Thursday, bowing to criticism."
    r"(?:,\s+[a-z]+ing\s[^;:\"\u201d]*)?[.!?\"\u201d]*\s*$", re.IGNORECASE)


# an attribution set off by commas inside the sentence ("prices will fall, the Bank said, before
# rising in the second half"): its past is the reporter's, not that of the clause around it
_ATTRIBUTION_INSIDE = re.compile(r"(?:said|says|added|noted|warned|argued)(?:\s+\w+)?,\s",
                                 re.IGNORECASE)
_ATTRIBUTION_SUBJECT = re.compile(r",\s+[\w.'\u2019 -]{1,40}\s")
_ATTRIBUTION_REACH = 48  # characters before the verb in which its opening comma stands
# a reporting verb with nothing but a space before the span it reports on
_REPORTED_SUBJECT_VERB = re.compile(r"(?:said|says|warned|warns|predicted|predicts|forecast)\s+",
                                    re.IGNORECASE)
_WORD = re.compile(r"[\w']+")


# an appositive after a date that names it by what happened on it: "from Jan. 8, the day
# they were tested", "would reopen on Nov. 3, the date the fire broke out"
_DAY_APPOSITIVE = re.compile(r",\s+the\s+(?:day|date|night|morning|evening|afternoon)\s"
                             r"[\w'\u2019 -]{1,40}", re.IGNORECASE)
_DAY_APPOSITIVE_REACH = 60  # characters from the date to the appositive's verb
# a past participle and up to four words describing a clause's subject, then its verb, with no
# conjunction or punctuation between them ("cargoes contracted last year are due")
_PARTICIPLE_GAP_STOP = re.compile(r"[^\w\s'\u2019-]|\b(?:and|but|or|nor|then|while|as|so|yet)\b",
                                  re.IGNORECASE)
_PARTICIPLE_GAP_WORDS = 5
_PARTICIPLE_GAP_REACH = 50  # characters from the participle to the verb


_FINITE_AFTER_PARTICIPLE = re.compile(r"(?:is|are|will|must|may|can|should|remain|remains)\b",
                                      re.IGNORECASE)


_WORD_AT = re.compile(r"[\w'\u2019-]+")


def _agent_participle_subject(sentence: str, participle: int, verb: int) -> bool:
    """Whether the past marker at ``participle`` is a participle with its agent describing the
    subject of the verb at ``verb`` ("pledges made by phone must be paid by the end of the
    year": the modal looks ahead), not a past verb reporting a ruling ("ruled that he must")."""
    word = _WORD_AT.match(sentence, participle)
    return word is not None and _AGENT_AFTER.match(sentence, word.end()) is not None and \
        _participle_before_verb(sentence, participle, verb)


def _participle_before_verb(sentence: str, participle: int, verb: int) -> bool:
    """Whether the marker at ``participle`` is a participle before the finite verb at ``verb``
    ("cargoes contracted last year are due"; not "his doctor told him to stop", a verb and its
    object)."""
    if verb - participle > _PARTICIPLE_GAP_REACH or \
            _FINITE_AFTER_PARTICIPLE.match(sentence, verb) is None:
        return False
    gap = sentence[participle:verb]
    return len(gap.split()) <= _PARTICIPLE_GAP_WORDS and _PARTICIPLE_GAP_STOP.search(gap) is None
# a clause on "when" right after a day tells what happens on it, in the day's own tense: "a
# recount by Saturday, when counties must report", "the runoff on Sunday, when turnout fell"
_DAY_WHEN = re.compile(r",\s+when\s+[\w'\u2019 -]{1,40}", re.IGNORECASE)
# "would have" and a participle after it, an adverb maybe between ("would normally have been
# leaving"), not an obligation ("would have to report")
_WOULD_HAVE_DONE = re.compile(r"(?:\s+(?:not|never|[a-z]+ly))?\s+(?:have|'ve)\s+(?!to\b)[a-z]",
                              re.IGNORECASE)


class Clauses:
    """Where a sentence's clauses break and its reported clauses begin, found when first asked
    (most expressions are decided by a marker on the left and never ask)."""

    __slots__ = ("_breaks", "_reported", "_sentence")

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._breaks: list[int] | None = None
        self._reported: list[int] | None = None

    @property
    def sentence(self) -> str:
        return self._sentence

    @property
    def breaks(self) -> list[int]:
        if self._breaks is None:
            self._breaks = clause_breaks(self._sentence)
        return self._breaks

    def until_ends(self, offset: int, start: int) -> bool:
        """Whether the marker at ``offset`` is "until" or "through" and its object ends before
        ``start``: either looks ahead for its own object only, not for a day named after it
        ("extended the order through April 30 during a briefing Wednesday")."""
        sentence = self._sentence
        if sentence.startswith("through", offset):
            return _THROUGH_OBJECT_ENDS.search(sentence, offset + 7, start) is not None or \
                sentence.startswith(_WEEKDAYS, start) and \
                _ON_BEFORE.search(sentence, offset + 7, start) is not None
        return sentence[offset:offset + 5].lower() == "until" and \
            _UNTIL_OBJECT_ENDS.search(sentence, offset + 5, start) is not None and \
            _UNTIL_COURT_DATE.match(sentence, offset, start + 1) is None

    def running_period(self, offset: int) -> bool:
        """Whether the marker at ``offset`` is a period's "ending" ("the year ending"), which
        names the period rather than telling the tense of the clause."""
        return self._sentence[offset:offset + 14].lower().startswith(_RUNNING_PERIOD)

    def closing_attribution(self, end: int, offset: int) -> bool:
        """Whether the marker at ``offset`` is the verb of an attribution that closes the
        sentence after the span ending at ``end`` ("..., forecasters said.")."""
        gap = _ATTRIBUTION_GAP.fullmatch(self._sentence, end, offset)
        if gap is None:
            return False
        speaker = self._sentence[self._sentence.rindex(",", end, offset):offset].split()
        # a speaker of a few words ("the center said"), or a title and a name, capitalised but
        # for one small word ("Deputy Prime Minister Alexander Novak said", "Energy Minister
        # Abdulaziz bin Salman said")
        return (len(speaker) <= 5 or len(speaker) <= _TITLED_SPEAKER_WORDS and
                sum(not word[:1].isupper() for word in speaker[1:]) <= 1) and \
            _ATTRIBUTION_END.match(self._sentence, offset) is not None

    def closing_quotation(self, end: int, offset: int) -> bool:
        """Whether the marker at ``offset`` is the verb of an attribution after a quotation that
        closes at a comma after the span ending at ``end`` ("... by Christmas," he said.)."""
        if not self.closing_attribution(end, offset):
            return False
        comma = self._sentence.rindex(",", end, offset)
        return self._sentence.startswith(('"', "\u201d"), comma + 1)

    def past_day_appositive(self, end: int, offset: int) -> bool:
        """Whether the marker at ``offset`` is the verb of an appositive naming the day of the
        span ending at ``end`` ("from Jan. 8, the day they were tested")."""
        return offset - end <= _DAY_APPOSITIVE_REACH and \
            _DAY_APPOSITIVE.fullmatch(self._sentence, end, offset) is not None

    def day_when_clause(self, end: int, offset: int) -> bool:
        """Whether the marker at ``offset`` is the verb of a clause on "when" that follows the
        span ending at ``end`` ("by Saturday, when counties must report")."""
        sentence = self._sentence
        return sentence.startswith(", when ", end) and \
            offset - end <= _DAY_APPOSITIVE_REACH and \
            _DAY_WHEN.fullmatch(sentence, end, offset) is not None and \
            not (sentence.startswith("would", offset) and
                 _WOULD_HAVE_DONE.match(sentence, offset + 5) is not None)
        # but not a clause in the conditional perfect ("hit the school at 3:20 p.m., when
        # classes would have let out"): it tells what the day held, the main verb its tense

    def attribution_inside(self, offset: int, start: int) -> bool:
        """Whether the marker at ``offset`` is the verb of an attribution set off by commas
        within the sentence (", the Bank said,"), after a clause of its own and closing before
        the span at ``start``."""
        sentence = self._sentence
        verb = _ATTRIBUTION_INSIDE.match(sentence, offset)
        if verb is None or verb.end() > start:
            return False
        opening = sentence.rfind(",", max(0, offset - _ATTRIBUTION_REACH), offset)
        return opening > 0 and \
            _ATTRIBUTION_SUBJECT.fullmatch(sentence, opening, offset) is not None and \
            len(sentence[opening:offset].split()) <= 5

    def subject_of_reported(self, left: int, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) is the subject of a reported clause: it follows the
        reporting verb at ``left`` with nothing between and the marker at ``offset`` (a modal
        or "will") follows it with nothing between ("said Tuesday could see 35C", "warned
        Saturday will bring storms"); no date of the saying then, but the clause's own day."""
        sentence = self._sentence
        modal = _WORD.match(sentence, offset)
        if modal is not None and _MODAL_PERFECT.match(sentence, modal.end()):
            return False  # "said Tuesday would have been her birthday": a day gone by
        return not sentence[end:offset].strip() and \
            _REPORTED_SUBJECT_VERB.fullmatch(sentence, left, start) is not None

    def in_relative_clause(self, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) stands in a relative clause set off by commas
        (", who leaves the committee at the end of June,") that closes before the marker at
        ``offset``: the main clause's verb after it ("..., said") is not the clause's tense."""
        sentence = self._sentence
        opening = sentence.rfind(",", max(0, start - CLAUSE_REACH), start)
        return opening >= 0 and _RELATIVE_OPEN.match(sentence, opening) is not None and \
            sentence.find(",", end, min(offset, end + CLAUSE_REACH)) >= 0

    def closed_relative_before(self, offset: int, start: int) -> int | None:
        """Where the relative clause set off by commas that holds the marker at ``offset`` opens,
        if it closes before the span at ``start`` ("in fiscal 2026, which began Feb. 1, with the
        openings by spring": "began" is the clause's verb, not the spring's)."""
        sentence = self._sentence
        opening = sentence.rfind(",", max(0, offset - CLAUSE_REACH), offset)
        if opening < 0 or _RELATIVE_OPEN.match(sentence, opening) is None or \
                sentence.find(",", offset, min(start, offset + CLAUSE_REACH)) < 0:
            return None
        return opening

    def reported_possessive_subject(self, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) is a possessive right after a reporting verb and its noun
        phrase is the subject of the verb at ``offset`` ("said Tuesday's curfew would begin"):
        that verb is the day's, not the reporting verb's."""
        sentence = self._sentence
        return _REPORT_BEFORE.search(sentence, max(0, start - 20), start) is not None and \
            _POSSESSIVE_SUBJECT.fullmatch(sentence, end, offset) is not None

    def possessive_subject(self, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) is a possessive right after a conjunction and its noun
        phrase is the subject of the verb at ``offset`` ("faces weeks of uncertainty after
        Sunday's election produced a hung parliament"): that verb is the day's, not the main
        clause's on the left."""
        sentence = self._sentence
        return _CONJUNCTION_BEFORE.search(sentence, max(0, start - 8), start) is not None and \
            _POSSESSIVE_SUBJECT.fullmatch(sentence, end, offset) is not None

    def opens_clause(self, offset: int, start: int) -> bool:
        """Whether a subordinate clause opens between ``offset`` and ``start`` (looked for
        within ``CLAUSE_REACH`` characters of ``offset``, so a long sentence stays linear)."""
        stop = min(start, offset + CLAUSE_REACH)
        return _SUBORDINATE.search(self._sentence, offset, stop) is not None or \
            _SUBJECT_CLAUSE.search(self._sentence, max(offset, start - 16), start) is not None

    def fronted(self, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) opens the sentence, after at most a preposition, and a
        comma closes it, with no other comma before the verb at ``offset`` ("On May 5, climbers
        and porters crossed paths"): no clause stands before it, so an "and" before the verb
        joins the subject's nouns (not ", which engineers say": a clause of its own)."""
        sentence = self._sentence
        return sentence.startswith(",", end) and len(sentence[:start].split()) <= 1 and \
            "," not in sentence[end + 1:offset]

    def fronted_before_relative(self, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) opens the sentence, after at most a preposition, and
        the verb at ``offset`` follows a subject that a relative clause lengthens, with no
        comma and no other break between ("From Monday the isolation period for people who
        test positive falls to seven days"): the "who" ends no clause the time belongs to."""
        sentence = self._sentence
        if len(sentence[:start].split()) > 1 or "," in sentence[end:offset]:
            return False
        found = [b for b in self.breaks if end <= b < offset]
        return bool(found) and all(
            _RELATIVE_BREAK.match(sentence, b) is not None for b in found)

    def relative_verb(self, end: int, offset: int) -> bool:
        """Whether the verb at ``offset`` is a relative clause's own, right after its "who" or
        "which" (at most one word between: "which still owns")."""
        breaks = [b for b in self.breaks if end <= b < offset]
        return bool(breaks) and len(self._sentence[breaks[-1]:offset].split()) <= 2

    def subject_of_coordinated(self, left: int, start: int, end: int, offset: int) -> bool:
        """Whether the span [start, end) ends the subject of a coordinated clause that opens
        after the marker at ``left``, its verb at ``offset`` right after it ("play was lost on
        Wednesday, and the forecast for the weekend is grim"): that verb is the span's."""
        sentence = self._sentence
        if sentence[end:offset].strip():
            return False
        breaks = self.breaks
        index = bisect.bisect_right(breaks, left)
        return index < len(breaks) and start - _SUBJECT_REACH <= breaks[index] < start and \
            "," not in sentence[breaks[index] + 1:start]

    def break_between(self, start: int, stop: int) -> bool:
        """Whether a coordinated clause opens between ``start`` and ``stop``."""
        breaks = self.breaks
        index = bisect.bisect_right(breaks, start)
        return index < len(breaks) and breaks[index] < stop

    def comma_between(self, start: int, stop: int) -> bool:
        """Whether a comma stands between ``start`` and ``stop``."""
        return "," in self._sentence[start:stop]

    @property
    def reported(self) -> list[int]:
        if self._reported is None:
            self._reported = reported_clauses(self._sentence)
        return self._reported


# a time put first in the clause a semicolon opens, perhaps after a preposition: "; in the
# second quarter, the unit lost $4.5 billion"
# a condition on "would" in reported speech, its verb put in the past ("said the beaches would
# reopen when conditions eased"): still to come, as the "would" it hangs on
_BACKSHIFTED_CONDITION = re.compile(r"(?:would|'d)\s[^,;:.]{0,30}?\s(?:when|once|if|until|unless|"
                                    r"as\s+soon\s+as)\s[^,;:.]{0,30}$", re.IGNORECASE)
_FRONTED_AFTER_SEMICOLON = re.compile(r";\s*(?:(?:in|on|at|by|during|since|until|through|over|"
                                      r"for|from|after|before)\s+)?$", re.IGNORECASE)


def _perfect_until(sentence: str, start: int) -> bool:
    """Whether a past perfect ("had resisted the step") comes right before "until" at ``start``,
    with a verb that keeps a state up rather than one that defers ("had postponed")."""
    match = None
    for match in _PERFECT_UNTIL.finditer(sentence, max(0, start - _PERFECT_REACH), start):
        pass  # the nearest one
    if match is None or _DEFERRED.match(match.group("verb")) is not None or \
            _ORDERED_UNTIL.match(match.group("verb")) is not None:
        return False
    gap = sentence[match.end():start]
    return _PERFECT_GAP_STOP.search(gap) is None and len(gap.split()) <= _PERFECT_GAP_WORDS \
        and _DEFERRAL_NOUN.search(gap) is None


# the words before a deadline: "by", "before", "until"
_DEADLINE_WORDS = ("by ", "before ", "until ")


def _copula_at(clauses: Clauses, marker: tuple[int, Tense]) -> bool:
    """Whether the present-tense marker is a bare "is" or "are"."""
    return marker[1] is Tense.PRESENT and \
        clauses.sentence.startswith(("is ", "are "), marker[0])


# a date followed by "that", a subject of one to three words and "would": a complement clause
# told from the date's past ("his decision on Monday that the plant would close"), not a relative
# clause ("a vote on Friday that would decide"), which has no subject of its own
_BACKSHIFTED_COMPLEMENT = re.compile(r"\s+that\s+(?!would\b)[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+)?"
                                     r"(?:[\w'\u2019-]+\s+)?would\b")


def tense_at(found: list[tuple[int, Tense]], start: int, end: int,
             clauses: Clauses | None = None) -> Tense:
    """The tense at the span [start, end) of a sentence.

    The nearest marker on the left within ``LEFT_WINDOW`` characters wins ("said Friday it
    would ..."), then the nearest on the right within that distance unless a clause break
    (``clauses.breaks``) comes first; a marker on the left before the reported clause the span
    stands in (``clauses.reported``: "said that April would") is the reporter's, so a past or
    future one on the right, in the clause, decides; a marker
    further away decides only for past or future (a distant "is" says little about the date).
    """
    if not found:
        return Tense.NONE
    # ``found`` is in text order: only the nearest marker on each side can win, and bisecting
    # keeps a long sentence full of expressions and markers linear, not quadratic
    before = bisect.bisect_left(found, start, key=_offset)
    if before and clauses is not None and clauses.until_ends(found[before - 1][0], start):
        before -= 1  # "suspended matches until 4 April on Friday": "until" is 4 April's
    after = bisect.bisect_left(found, end, key=_offset)
    if before and clauses is not None:
        opening = clauses.closed_relative_before(found[before - 1][0], start)
        main = bisect.bisect_left(found, opening, key=_offset) if opening is not None else 0
        if main:
            before = main  # the main clause's verb, when one stands before the clause
    if before and clauses is not None and found[before - 1][1] is Tense.PAST and \
            clauses.attribution_inside(found[before - 1][0], start):
        before -= 1  # "will fall, the Bank said, before rising in the second half": the verb
        # before the attribution is the clause's
    left = [(start - found[before - 1][0], found[before - 1][1])] if before else []
    if left and left[0][1] is Tense.PAST and before > 1 and clauses is not None and \
            found[before - 2][1] is Tense.FUTURE and _BACKSHIFTED_CONDITION.match(
                clauses.sentence, found[before - 2][0], found[before - 1][0]) is not None:
        left = [(left[0][0], Tense.FUTURE)]  # "would reopen when conditions eased, possibly by
        # Thursday": a condition told in reported speech, its past the sequence of tenses' own
    right = [(found[after][0] - end, found[after][1])] if after < len(found) else []
    if right and not left and clauses is not None and \
            clauses.fronted_before_relative(start, end, found[after][0]):
        # "From Monday the isolation period for people who test positive falls to seven
        # days": the verb after the relative clause is the sentence's; the relative's own
        # ("the firm which owns the site closed") is passed over for the one after it
        relative = clauses.relative_verb(end, found[after][0])
        if relative and after + 1 < len(found) and \
                clauses.fronted_before_relative(start, end, found[after + 1][0]):
            after += 1
            right = [(found[after][0] - end, found[after][1])]
        elif relative:
            right = []
    if right and clauses is not None and not (
            not left and (clauses.fronted(start, end, found[after][0])
                          or clauses.fronted_before_relative(start, end, found[after][0]))):
        breaks = clauses.breaks
        next_break = bisect.bisect_left(breaks, end)
        if next_break < len(breaks) and breaks[next_break] < found[after][0]:
            right = []
    if right and clauses is not None and clauses.in_relative_clause(start, end, found[after][0]):
        right = []
    if right and clauses is not None and right[0][1] is Tense.FUTURE and \
            _BACKSHIFTED_COMPLEMENT.match(clauses.sentence, end, found[after][0] + 6) is not None:
        right = [(right[0][0], Tense.PAST)]  # "the announcement on Wednesday that he would
        # resign": the clause on "that" reports from the day, its "would" the past's future
    if left and right and clauses is not None and right[0][1] is Tense.PAST and \
            after + 1 < len(found) and found[after + 1][1] is not Tense.PAST and \
            _participle_before_verb(clauses.sentence, found[after][0], found[after + 1][0]) and \
            clauses.day_when_clause(end, found[after + 1][0]):
        right = [(found[after + 1][0] - end, found[after + 1][1])]  # "until February, when
        # cargoes contracted last year are due": the participle describes the subject; the
        # verb after it is the clause's
    if left and right and clauses is not None and right[0][1] is not Tense.PRESENT and \
            clauses.day_when_clause(end, found[after][0]):
        left = []  # "appeared headed for a recount by Saturday, when counties must report":
        # the clause on "when" tells the day's own tense
    if left and right and clauses is not None and clauses.opens_clause(end, found[after][0]):
        right = []  # "will walk her down the aisle on Saturday, after her father pulled out":
        # that verb is the subordinate clause's own, not the date's
    if left and right and clauses is not None and left[0][1] is not Tense.PAST and \
            right[0][1] is Tense.PAST and clauses.closing_attribution(end, found[after][0]):
        right = []  # "is forecast to strike the coast on Wednesday, the center said."
    if not left and right and clauses is not None and right[0][1] is Tense.PAST and \
            clauses.sentence.endswith(_DEADLINE_WORDS, max(0, start - 7), start) and \
            clauses.closing_quotation(end, found[after][0]):
        right = []  # "We want him home by Christmas," he said.: with no verb of its own in
        # sight, a deadline in a quotation is the speaker's, not the saying's past
    if left and right and clauses is not None and right[0][1] is Tense.PAST and \
            clauses.past_day_appositive(end, found[after][0]):
        left = []  # "would be banned from Jan. 8, the day they were tested": the day is told
    if left and right and clauses is not None and right[0][1] is Tense.PAST and \
            clauses.possessive_subject(start, end, found[after][0]):
        left = []  # "faces weeks of uncertainty after Sunday's election produced a hung parliament"
    if left and right and clauses is not None and left[0][1] is Tense.PAST and \
            right[0][1] is not Tense.PAST and \
            clauses.reported_possessive_subject(start, end, found[after][0]):
        left = []  # "said Tuesday's curfew would begin at 8 p.m."
    if left and right and clauses is not None and right[0][1] is not Tense.PRESENT and \
            (clauses.opens_clause(found[before - 1][0], start)
             or clauses.break_between(found[before - 1][0], start)) and \
            not clauses.comma_between(end, found[after][0]):
        left = []  # "..., after a judge on Wednesday granted": the clause's own verb decides,
        # as a coordinated clause's does ("usually leaves at 7, but on Monday it left at 9")
        # (not one beyond a comma, in a further clause: "would take effect after the November
        # elections, giving parties time to spend what they have raised")
    if left and right and clauses is not None and right[0][1] is not Tense.PRESENT and \
            clauses.break_between(found[before - 1][0], start) and \
            clauses.sentence.startswith(", ", end) and \
            not clauses.comma_between(end + 1, found[after][0]):
        left = []  # "sirens will mark the moment the sea rose, and on Tuesday, a new system
        # will be tested": a time put first in a coordinated clause, closed by its comma, is
        # that clause's verb's
    if left and right and clauses is not None and \
            ";" in clauses.sentence[found[before - 1][0]:start] and \
            (not clauses.comma_between(end, found[after][0]) or
             _FRONTED_AFTER_SEMICOLON.search(clauses.sentence, found[before - 1][0], start)):
        left = []  # "resigned in 1998; on Friday he returns to the board": a semicolon closes
        # the clause, and the one it opens has a verb of its own, after the comma that closes
        # a time put first ("will report on Wednesday; in the second quarter, the unit lost")
    if left and right and clauses is not None and right[0][1] is not Tense.PRESENT:
        reported = clauses.reported
        opening = bisect.bisect_right(reported, start) - 1
        if opening >= 0 and found[before - 1][0] < reported[opening]:
            left = []
    if left and right and clauses is not None and left[0][1] is Tense.PAST and \
            (right[0][1] is Tense.FUTURE or _copula_at(clauses, found[after])) and \
            clauses.subject_of_reported(found[before - 1][0], start, end, found[after][0]):
        return Tense.FUTURE  # "said Tuesday could see 35C", "said Friday is the earliest it
        # could fly": the day is the subject of what is still to come
    if left and right and clauses is not None and left[0][1] is Tense.PAST and \
            right[0][1] is Tense.PRESENT and \
            clauses.subject_of_coordinated(found[before - 1][0], start, end, found[after][0]):
        left = []  # "was lost on Wednesday, and the weekend looks wet": the clause's own verb
    if left and right and clauses is not None and right[0][1] is Tense.PAST and \
            left[0][1] is Tense.PRESENT and clauses.running_period(found[before - 1][0]):
        left = []  # "deaths in the 12 months ending in May exceeded": the period is over
    for side in (left, right):
        near = [item for item in side if item[0] <= LEFT_WINDOW]
        if near:
            return min(near)[1]
    if not left and not right:
        return Tense.NONE
    tense = min(left + right)[1]
    return Tense.NONE if tense is Tense.PRESENT else tense
