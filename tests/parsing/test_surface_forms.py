"""Surface forms news uses: what is found (span), its TIMEX3 type and value."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import TimexType
from timeline_app.parsing import parse_text

DCT = dt.date(2021, 12, 9)  # a Thursday

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

# (sentence, expected span, type, value)
SURFACE_FORMS = [
    ("The ceasefire was signed on Dec. 8, 2021 in Geneva.", "Dec. 8, 2021", DATE, "2021-12-08"),
    ("The ceasefire was signed on 8 December 2021.", "8 December 2021", DATE, "2021-12-08"),
    ("The ceasefire was signed on December 8.", "December 8", DATE, "2021-12-08"),
    ("The deal was signed on 2021-12-08.", "2021-12-08", DATE, "2021-12-08"),
    ("On Wednesday, the minister said the talks had failed.", "Wednesday", DATE, "2021-12-08"),
    ("The minister will visit Moscow on Monday.", "Monday", DATE, "2021-12-13"),
    ("Fighting resumed Sunday night.", "Sunday night", TIME, "2021-12-05TNI"),
    ("He spoke Friday evening.", "Friday evening", TIME, "2021-12-03TEV"),
    # a bulletin in capitals: "MAY" after its subject is the modal, looking ahead
    ("RIVERS MAY CREST SUNDAY, THE WEATHER SERVICE SAID.", "SUNDAY", DATE, "2021-12-12"),
    # a television listing's hour in two zones at once
    ("The drama airs at 9 p.m. ET/PT on Sundays.", "9 p.m. ET/PT", TIME, "XXXX-XX-XXT21:00"),
    # the turn of a century is the year about its end, not the century the story is in
    ("Prices last rose this fast at the turn of the century.", "the turn of the century", DATE,
     "2000"),
    # a count in thousands after a month is no day of it
    ("In June 12,000 troops arrived in the province.", "June", DATE, "2021-06"),
    ("by june 2,000 people had left the camp", "june", DATE, "2021-06"),
    # nor is a decimal figure after it: a temperature or a rate
    ("Temperatures in August 1.54C above the average.", "August", DATE, "2021-08"),
    # a transcript in lower case still names its weekdays
    ("the levees gave way monday, and the city is under water.", "monday", DATE, "2021-12-06"),
    ("the council will meet next tuesday to discuss it.", "next tuesday", DATE, "2021-12-14"),
    ("rain will keep falling through saturday morning.", "saturday morning", TIME, "2021-12-11TMO"),
    ("Kidnappings rose in recent years.", "recent years", DURATION, "PXY"),
    # a dotted 24-hour time needs its leading zero: a price closes at 14.10
    ("The train passed the signal at 07.52 on Sunday.", "07.52 on Sunday", TIME, "2021-12-05T07:52"),
    ("Shares closed at 14.10 on Friday.", "Friday", DATE, "2021-12-03"),
    # the hours of a watering rule in a drought are of every day it holds
    ("Watering with a hose will be allowed only before 10 a.m. and after 4 p.m.", "4 p.m.", TIME,
     "XXXX-XX-XXT16:00"),
    ("Permanent rules, which ban watering between 10 a.m. and 4 p.m., will still apply.", "10 a.m.",
     TIME, "XXXX-XX-XXT10:00"),
    # so are those of a standing ban or of what may not be done, though not a curfew's first night
    ("The airport bars takeoffs between 11.30pm and 6.30am under a noise rule.", "6.30am", TIME,
     "XXXX-XX-XXT06:30"),
    ("Jets may not take off or land between 11pm and 6am.", "11pm", TIME, "XXXX-XX-XXT23:00"),
    ("A ban on alcohol sales between 10 p.m. and 8 a.m. takes effect Monday.", "10 p.m.", TIME,
     "XXXX-XX-XXT22:00"),
    ("A curfew from 11 p.m. to 7 a.m. is in force until Dec. 19.", "7 a.m.", TIME,
     "2021-12-10T07:00"),
    ("Police banned protests between 8 p.m. and 6 a.m. on Tuesday.", "8 p.m.", TIME,
     "2021-12-09T20:00"),
    # a standing ban told in the passive, or reported by a verb of saying after its hours
    ("Jets are barred between 11pm and 6am, the minister said on Wednesday.", "11pm", TIME,
     "XXXX-XX-XXT23:00"),
    ("Takeoffs are restricted between 10 p.m. and 6 a.m., the operator said.", "6 a.m.", TIME,
     "XXXX-XX-XXT06:00"),
    ("The airport bars takeoffs between 11.30pm and 6.30am, the minister said.", "11.30pm", TIME,
     "XXXX-XX-XXT23:30"),
    # so are the hours at which peak or off-peak fares apply, though not those of a day told
    ("The new fares start on Jan. 2. Peak fares will apply on trains arriving before 9.15am.",
     "9.15am", TIME, "XXXX-XX-XXT09:15"),
    ("Fares rise on Sunday. Off-peak fares will apply after 9.30am and between 4pm and 7pm.",
     "4pm", TIME, "XXXX-XX-XXT16:00"),
    ("Off-peak fares will apply from 9.30am on Sunday.", "9.30am on Sunday", TIME,
     "2021-12-12T09:30"),
    # or told as what may be done only then, what a rule allows, or what "rules, which bar" do
    ("Private jets may land there only between 7am and 10pm.", "7am", TIME, "XXXX-XX-XXT07:00"),
    ("The FAA will allow arrivals on the short runway between 6 a.m. and 10 p.m.", "10 p.m.",
     TIME, "XXXX-XX-XXT22:00"),
    ("Noise rules, which bar the loudest jets between 10 p.m. and 7 a.m., will be tightened.",
     "10 p.m.", TIME, "XXXX-XX-XXT22:00"),
    # but the day told after the hours keeps them
    ("Visitors will be allowed in only between 2 p.m. and 4 p.m. on Sunday.", "2 p.m.", TIME,
     "2021-12-12T14:00"),
    # the hours of a working or school day, told in the present or ahead, are of every such day
    ("The nurses work from 7am to 1pm or from 1pm to 7pm on full pay.", "1pm", TIME,
     "XXXX-XX-XXT13:00"),
    ("Employees will work 10-hour days, from 7 a.m. to 6 p.m.", "6 p.m.", TIME,
     "XXXX-XX-XXT18:00"),
    ("Students will attend from 7:55 a.m. to 3:45 p.m., an hour longer than now.", "7:55 a.m.",
     TIME, "XXXX-XX-XXT07:55"),
    # but not those of one day named beside them, nor those told in the past
    ("On Saturday volunteers will work from 8 a.m. to 4 p.m.", "8 a.m.", TIME, "2021-12-11T08:00"),
    ("Crews worked from 7 a.m. to 6 p.m. on Tuesday.", "7 a.m.", TIME, "2021-12-07T07:00"),
    ("Teams will work from 8 am to 5 pm on the first day.", "8 am", TIME, "2021-12-09T08:00"),
    # as are those of days counted in a week
    ("Residents may water two days a week, never between 9 a.m. and 6 p.m.", "9 a.m.", TIME,
     "XXXX-XX-XXT09:00"),
    # a marathon time in whole seconds is a length; the same digits after "at" stay a time of day
    ("Chebet broke the tape in 2:05:54 on Monday.", "2:05:54", DURATION, "PT2H5M54S"),
    ("The course record of 20:25:00 has stood since 1984.", "20:25:00", DURATION, "PT20H25M"),
    ("The alarm sounded at 14:26:00 GMT.", "14:26:00 GMT", TIME, "2021-12-09T14:26:00"),
    # an ocean crossing timed in days, hours, minutes and seconds is one length
    ("He sailed it in 6 days, 19 hours, 47 minutes and 25 seconds.",
     "6 days, 19 hours, 47 minutes and 25 seconds", DURATION, "P6DT19H47M25S"),
    # a weekday after "since" is gone by, whatever the tense of the clause
    ("It is the first session since Monday.", "Monday", DATE, "2021-12-06"),
    ("This will be their first call since Tuesday.", "Tuesday", DATE, "2021-12-07"),
    # a year of a Japanese era or of the Thai Buddhist Era, as its Gregorian year
    ("The medal is dated Reiwa 2 on its reverse.", "Reiwa 2", DATE, "2020"),
    ("The palace was restored in Heisei 7.", "Heisei 7", DATE, "1995"),
    ("The decree is dated B.E. 2564 in the gazette.", "B.E. 2564", DATE, "2021"),
    ("The couple were married for 50-plus years.", "50-plus years", DURATION, "P50Y"),
    ("The vote closed at 3 p.m. Tuesday.", "3 p.m. Tuesday", TIME, "2021-12-07T15:00"),
    # a zone after the clock time keeps the sentence whole, so its verb gives the tense
    ("At 5 a.m. HST Tuesday, the storm was 200 miles out.", "5 a.m. HST Tuesday", TIME,
     "2021-12-07T05:00"),
    # a weekday in brackets after a date names that day, however far back
    ("Talks opened on Nov. 29 (Monday) in Vienna.", "Monday", DATE, "2021-11-29"),
    ("Parliament met in October.", "October", DATE, "2021-10"),
    # a quotation opened with a straight single quote, as an opening word may be
    ("'Next week we sail,' the captain said.", "Next week", DATE, "2021-W50"),
    ("'Every night we sang,' she recalled.", "Every night", SET, "XXXX-XX-XXTNI"),
    ("'Yesterday we buried him,' she said.", "Yesterday", DATE, "2021-12-08"),
    ("This October, the commission backed a plan.", "This October", DATE, "2021-10"),
    ("Elections are planned for next spring.", "next spring", DATE, "2022-SP"),
    # a season running between two dated days is this year's, not any year's
    ("The spring season runs from April 2 to May 7.", "The spring", DATE, "2021-SP"),
    ("Profit rose in the third quarter.", "the third quarter", DATE, "2021-Q3"),
    ("Sales fell in the first half of 2020.", "the first half of 2020", DATE, "2020-H1"),
    ("The war ended in 1995.", "1995", DATE, "1995"),
    ("Inflation was low in the 1990s.", "the 1990s", DATE, "199"),
    ("It was built in the 19th century.", "the 19th century", DATE, "18"),
    ("Talks resumed in early October.", "early October", DATE, "2021-10"),
    # a possessive month after "by" names what the agent did, not a deadline
    ("Claims were driven by February's ice storm.", "February", DATE, "2021-02"),
    ("Profits were hit by March\u2019s floods.", "March", DATE, "2021-03"),
    # a part of a day of the month told alone: the day of the month the story is in, at that hour
    ("Trenches were opened on 3 June 1709, and on the night of the 12th a sortie failed.",
     "the night of the 12th", TIME, "1709-06-12TNI"),
    ("The siege began on 1 May 1709. On the morning of the 15th, at dawn, the guns opened.",
     "the morning of the 15th", TIME, "1709-05-15TMO"),
    # a night across midnight, written with both days, is the night of the first
    ("Paratroops landed on the night of 5/6 June 1944.", "the night of 5/6 June 1944", TIME,
     "1944-06-05TNI"),
    ("Bombers struck Tokyo on the night of 9-10 March 1945.", "the night of 9-10 March 1945",
     TIME, "1945-03-09TNI"),
    ("Bombers struck Tokyo on the night of 9\u201310 March 1945.",
     "the night of 9\u201310 March 1945", TIME, "1945-03-09TNI"),
    ("Drones hit the depot on the night of 21 to 22 July 2023.",
     "the night of 21 to 22 July 2023", TIME, "2023-07-21TNI"),
    # ... written month first too, the other day no range of its own
    ("Missiles struck Kyiv on the night of Feb. 23-24, officials said.",
     "the night of Feb. 23-24", TIME, "2021-02-23TNI"),
    ("Drones hit the depot on the night of Nov. 14 to 15, the army said.",
     "the night of Nov. 14 to 15", TIME, "2021-11-14TNI"),
    ("The rebels advanced yesterday.", "yesterday", DATE, "2021-12-08"),
    ("The court rules today.", "today", DATE, "2021-12-09"),
    ("The envoy arrives tomorrow.", "tomorrow", DATE, "2021-12-10"),
    # the small hours of tomorrow are tomorrow's, though "the leaders of tomorrow" are no day's
    ("The vote is expected in the early hours of tomorrow.", "the early hours of tomorrow", TIME,
     "2021-12-10TMO"),
    ("The president will speak tonight.", "tonight", TIME, "2021-12-09TNI"),
    ("Prices rose last week.", "last week", DATE, "2021-W48"),
    # "before last week" keeps its week: not "the Tuesday before last"
    ("The meeting was the Tuesday before last week.", "last week", DATE, "2021-W48"),
    ("The rebels were active this week.", "this week", DATE, "2021-W49"),
    ("Prices rose last month.", "last month", DATE, "2021-11"),
    # "For the past week" opening a sentence is a length; "for the past year" after a noun, the year
    ("For the past week, the talks have stalled.", "the past week", DURATION, "P1W"),
    # a season's tickets are no season named by its year: the year alone
    ("Fans renewed their 2024 season tickets early.", "2024", DATE, "2024"),
    ("Revenue for the past year rose 5%.", "the past year", DATE, "2020"),
    # after a perfect, "for the past year" is the length up to the telling; not the year a figure
    # is reported for
    ("He has lived in Atlanta for the past year.", "the past year", DURATION, "P1Y"),
    ("He said the dollar had been a concern for the past year.", "the past year", DURATION, "P1Y"),
    ("The company has reported a loss for the past year.", "the past year", DATE, "2020"),
    ("Elections are due next year.", "next year", DATE, "2022"),
    ("Last year, the mission brokered talks.", "Last year", DATE, "2020"),
    ("The plan was agreed earlier this year.", "earlier this year", DATE, "2021"),
    ("Debt rose by the end of last year.", "the end of last year", DATE, "2020"),
    ("The bridge opened three years ago.", "three years ago", DATE, "2018"),
    # a feed's short stamp is counted back as the spelled-out unit is
    ("Updated 5h ago: the mayor has deleted the post.", "5h ago", DATE, "2021-12-09"),
    ("The account posted the clip 3d ago.", "3d ago", DATE, "2021-12-06"),
    ("The talks will resume two weeks from now.", "two weeks from now", DATE, "2021-W51"),
    ("He arrived on Dec. 2. The following day he left.", "The following day", DATE,
     "2021-12-03"),
    ("He arrived on Dec. 2 and left a week later.", "a week later", DATE, "2021-W49"),
    ("Talks lasted two weeks.", "two weeks", DURATION, "P2W"),
    # weekends are counted as weekends, not as pairs of days
    ("The film played in theaters for three weekends.", "three weekends", DURATION, "P3WE"),
    ("Prices rose over the past 10 months.", "the past 10 months", DURATION, "P10M"),
    ("The siege lasted a couple of years.", "a couple of years", DURATION, "P2Y"),
    ("He has waited for years.", "years", DURATION, "PXY"),
    # a bare plural before "of" and a word of fighting or talks is a length wherever it stands,
    # but not a part of a stretch ("the first weeks of fighting")
    ("The envoy abandoned months of talks.", "months", DURATION, "PXM"),
    ("The town survived weeks of heavy shelling.", "weeks", DURATION, "PXW"),
    ("The market is held every Monday.", "every Monday", SET, "XXXX-WXX-1"),
    # a day of a month with a yearly recurrence after it, or after the span it opens, is of any year
    ("The orchard fair falls on Aug. 8 every year.", "Aug. 8", DATE, "XXXX-08-08"),
    ("Hunting is banned from 1 April to 31 July each year.", "1 April", DATE, "XXXX-04-01"),
    ("Hunting is banned from 1 April to 31 July each year.", "31 July", DATE, "XXXX-07-31"),
    ("The loan pays interest on March 1 and Sept. 1 of each year.", "Sept. 1", DATE, "XXXX-09-01"),
    ("Rent falls due on 25 March of every year.", "25 March", DATE, "XXXX-03-25"),
    # ... or a recurrence told just before the day, and the days listed with it
    ("The levy is collected annually on Oct. 1.", "Oct. 1", DATE, "XXXX-10-01"),
    ("Coupons are paid semiannually on April 15 and Oct. 15.", "Oct. 15", DATE, "XXXX-10-15"),
    ("Coupons are paid semiannually on April 15 and Oct. 15.", "April 15", DATE, "XXXX-04-15"),
    ("Dues are payable by Jan. 31 annually.", "Jan. 31", DATE, "XXXX-01-31"),
    ("The report is published annually.", "annually", SET, "P1Y"),
    # a season of play or of concerts comes round once a year
    ("The option pays him $2 million each season he stays.", "each season", SET, "P1Y"),
    ("He has made the All-Star team every season since 2019.", "every season", SET, "P1Y"),
    ("Buses run half-hourly until midnight.", "half-hourly", SET, "PT30M"),
    ("Police arrived within the past quarter hour.", "the past quarter hour", DURATION, "PT15M"),
    ("Now the talks are over.", "Now", DATE, "PRESENT_REF"),
    ("Militants recently attacked the base.", "recently", DATE, "PAST_REF"),
    ("They may meet in the future.", "the future", DATE, "FUTURE_REF"),
    ("Elian was found Thanksgiving Day off Florida.", "Thanksgiving Day", DATE, "2021-11-25"),
    ("The vote is on Election Day.", "Election Day", DATE, "2022-11-08"),
    ("Prices rose in the morning.", "the morning", TIME, "2021-12-09TMO"),
    ("Unemployment peaked in mid-1996.", "mid-1996", DATE, "1996"),
    ("Protests began in late November 1999.", "late November 1999", DATE, "1999-11"),
    ("The Winter of nineteen ninety-four was cold.", "The Winter of nineteen ninety-four",
     DATE, "1994-WI"),
    # "on" with no comma after it is not "later": a length of time served
    ("He served ten years on the board.", "ten years", DURATION, "P10Y"),
    # a weekday naming a broadcaster's slot is that day each week; and the slot, like an
    # adjective, does not make the clause's clock time a recurring one
    ("The drama will keep its Tuesday slot.", "Tuesday", SET, "XXXX-WXX-2"),
    ("CBS airs the game Sunday and premieres the show at 10:30 p.m. before it moves to its "
     + "Wednesday slot.", "10:30 p.m.", TIME, "2021-12-12T22:30"),
    ("The vote is set for Tuesday.", "Tuesday", DATE, "2021-12-14"),
    # "early"/"late" after a length of time measures it, and the date after keeps no modifier;
    # a length of its own ("for two weeks") leaves "late last year" whole
    ("The rains arrived two weeks early last year.", "last year", DATE, "2020"),
    ("The train was an hour late yesterday.", "yesterday", DATE, "2021-12-08"),
    ("The ship was delivered two years late in 2019.", "2019", DATE, "2019"),
    ("She was in hospital for two weeks late last year.", "late last year", DATE, "2020"),
    ("The site went dark for about five minutes late Friday.", "late Friday", DATE, "2021-12-03"),
    # a weekday after a post with no name after it is the day
    ("The club sacked its coach Monday and named a successor.", "Monday", DATE, "2021-12-06"),
    ("Shoppers rushed to stock up ahead of an Oct. 1 price rise.", "Oct. 1", DATE, "2021-10-01"),
    ("Shoppers will stock up ahead of an Oct. 1 price rise.", "Oct. 1", DATE, "2022-10-01"),
    # so is a timetable told in the past after a clause told in the past; alone it looks ahead
    ("The assembly was dissolved on July 14 and elections were set for Aug. 28.", "Aug. 28",
     DATE, "2021-08-28"),
    ("The vote was set for Aug. 28.", "Aug. 28", DATE, "2022-08-28"),
    # February's last day needs its year, whose leap day decides it: without one, the month
    ("The season ended on the last day of February.", "February", DATE, "2021-02"),
    ("The bank said prices would rise, revising its October forecast.", "October", DATE, "2021-10"),
    ("Growth will slow to 2 percent, down from their September estimate.", "September", DATE, "2021-09"),
    ("The board will publish its December forecast.", "December", DATE, "2021-12"),
    ("The train was about five minutes late Friday.", "Friday", DATE, "2021-12-03"),
    # a month and a commodity before a trading verb name a futures contract, still to come;
    # after "in", or before a noun such as "exports", the month is placed by the tense
    ("April corn fell 5 cents a bushel.", "April", DATE, "2022-04"),
    ("In April corn fell 5 cents a bushel.", "April", DATE, "2021-04"),
    ("April corn exports fell 5 percent.", "April", DATE, "2021-04"),
    ("She won the title once a decade ago.", "a decade ago", DATE, "2011"),
    # "once" as "formerly" before a length written as one adjective is no rate
    ("The sales, once a week-long affair, now run for a month.", "week-long", DURATION, "P1W"),
    ("Floods like this come once a century.", "once a century", SET, "P100Y"),
    # a day in figures after the month and "the", as a speaker says it; an ordinal before a
    # noun counts things ("the 2nd division")
    ("He spoke of what we lost on September the 11th, and of the years since.",
     "September the 11th", DATE, "2021-09-11"),
    ("In August the 2nd division reached the coast.", "August", DATE, "2021-08"),
    # "the next year or so" is the next year, a date, as TimeBank tags it, not a rough length
    ("The plants will be closed over the next year or so.", "the next year", DATE, "2022"),
    # a clock time on a day named by what happens then takes the date set off after it
    ("Polls close at 8 p.m. on election day, December 14.", "8 p.m.", TIME, "2021-12-14T20:00"),
    ("Polls open at 7 a.m. on polling day, Monday.", "7 a.m.", TIME, "2021-12-13T07:00"),
    # the southern hemisphere's season is the calendar's season of the same months: the austral
    # summer runs from December, the austral winter from June
    ("The icebreaker will spend the austral summer off Antarctica.", "the austral summer", DATE,
     "2021-WI"),
    ("Last austral winter, the station lost power for a week.", "Last austral winter", DATE,
     "2021-SU"),
    # "previous" before a month's record is of the record, not the month before a date told
    ("The previous July record, 36.1C, was set in Cheltenham in 1976.", "July", DATE, "2021-07"),
    # a run counted so far in weeks or months is how long it has lasted
    ("The siege, now in its 20th month, has cut the city off.", "20th month", DURATION, "P20M"),
    ("Israel's offensive, now in its third week, has closed the roads.", "third week", DURATION,
     "P3W"),
]


def test_a_bare_count_a_month_is_a_production_rate_but_a_sum_a_month_is_not() -> None:
    doc = parse_text("Boeing delivered 38 737s a month and Airbus eight a month.", DCT)
    assert [(e.text, e.type, e.value) for e in doc.expressions] == [
        ("a month", SET, "P1M"), ("a month", SET, "P1M")]
    assert parse_text("Members pay $650 a month.", DCT).expressions == []


def test_a_ration_in_litres_or_gallons_is_a_recurrence_but_a_flow_is_not() -> None:
    doc = parse_text("Cars are limited to 20 litres a week; trucks may buy 30 gallons a day.", DCT)
    assert [(e.text, e.type, e.value) for e in doc.expressions] == [
        ("a week", SET, "P1W"), ("a day", SET, "P1D")]
    assert parse_text("Demand hit 2.6 billion litres a day; the plant pumps 20,000 litres a day.",
                      DCT).expressions == []


def test_a_run_in_its_nth_year_is_told_as_an_age_and_left_untagged() -> None:
    doc = parse_text("The drought is now in its fourth year.", DCT)
    assert [e.text for e in doc.expressions] == ["now"]


@pytest.mark.parametrize(("sentence", "span", "kind", "value"), SURFACE_FORMS,
                         ids=[case[1] for case in SURFACE_FORMS])
def test_surface_form(sentence: str, span: str, kind: TimexType, value: str) -> None:
    doc = parse_text(sentence, DCT)
    found = [(e.text, e.type, e.value) for e in doc.expressions]
    assert (span, kind, value) in found, found
    expression = next(e for e in doc.expressions if e.text == span)
    assert doc.text[expression.start:expression.end] == span
    assert expression.explanation


# (sentence, expected span, mod, interval start, interval end)
MODIFIED = [
    ("Talks resumed in early October.", "early October", "START", dt.datetime(2021, 10, 1),
     dt.datetime(2021, 10, 11)),
    ("Talks resumed in late October.", "late October", "END", dt.datetime(2021, 10, 21),
     dt.datetime(2021, 11, 1)),
    ("The plan was agreed in mid-2020.", "mid-2020", "MID", dt.datetime(2020, 5, 2),
     dt.datetime(2020, 9, 1)),
]


@pytest.mark.parametrize(("sentence", "span", "mod", "start", "end"), MODIFIED,
                         ids=[case[1] for case in MODIFIED])
def test_modifier_narrows_the_interval(sentence: str, span: str, mod: str, start: dt.datetime,
                                       end: dt.datetime) -> None:
    doc = parse_text(sentence, DCT)
    expression = next(e for e in doc.expressions if e.text == span)
    assert expression.mod == mod
    assert expression.interval is not None
    assert (expression.interval.start, expression.interval.end) == (start, end)


def test_a_timestamp_to_the_second_keeps_its_seconds() -> None:
    doc = parse_text("The first failed login was logged at 2021-12-07T22:31:05Z.", DCT)
    (stamp,) = doc.expressions
    assert (stamp.text, stamp.value) == ("2021-12-07T22:31:05Z", "2021-12-07T22:31:05")
    assert stamp.interval is not None
    assert stamp.interval.granularity == "second"
    assert (stamp.interval.start, stamp.interval.end) == (dt.datetime(2021, 12, 7, 22, 31, 5),
                                                          dt.datetime(2021, 12, 7, 22, 31, 6))


# (sentence, expected span, mod): a word before an expression that makes it approximate
APPROXIMATE = [
    ("The curfew starts around 20:00 local time.", "around 20:00 local time", "APPROX"),
    ("The tower was built c. 1400.", "c. 1400", "APPROX"),
    ("Khufu's pyramid (c. 2560 BC) is the oldest.", "c. 2560 BC", "APPROX"),
    ("The abbey was founded circa 1120.", "circa 1120", "APPROX"),
    ("The meeting ended at about 9 am.", "9 am", "APPROX"),
    ("The talks lasted about 21 hours.", "21 hours", "APPROX"),
    ("He has lived there for about 20 years.", "20 years", "APPROX"),
    ("The company moved in about 1990.", "1990", "APPROX"),
    ("Investors are worried about next year.", "next year", None),
    ("Talks to get around Wednesday's vote failed.", "Wednesday", None),
    ("Prices rose C. 1990 levels.", "1990", None),
    # a part of a period keeps its own mod, and "around" joins it all the same
    ("The program should wind down around the middle of 2030.", "around the middle of 2030",
     "MID"),
    ("Rates may peak around late 2027.", "around late 2027", "END"),
    ("Talks to get around early May's deadline failed.", "early May", "START"),
    # a clock time not yet reached joins "nearly" or "almost"; a date or a count does not
    ("The session ran until nearly 11 p.m.", "nearly 11 p.m.", "LESS_THAN"),
    ("Pickets stayed until almost midnight.", "almost midnight", "LESS_THAN"),
    ("It was almost 1990 before the mine reopened.", "1990", None),
    # a set counted from "every" or "each" takes "roughly" or "around" into its span
    ("The ferry sails roughly every three days.", "roughly every three days", None),
    ("Around every other month a new map ships.", "Around every other month", None),
    ("The fair returns approximately each year.", "approximately each year", None),
    ("She phones almost daily.", "daily", None),
    # "around" after a verb of asking or going about is its adverb: the set is "every ..."
    ("We call around every morning to see who has stock.", "every morning", None),
    ("She shopped around each week for the cheapest fuel.", "each week", None),
    ("The club meets nearly every Friday.", "every Friday", None),
    # the legal "in or around", "on or about" is a preposition: its word stays out of the span
    ("The loans began in or around the spring of 2012.", "the spring of 2012", "APPROX"),
    ("She wired the funds on or around May 4, 2010.", "May 4, 2010", "APPROX"),
    ("The fraud started in or about 2009.", "2009", "APPROX"),
    ("The guard left at or around 4 a.m.", "4 a.m.", "APPROX"),
]


@pytest.mark.parametrize(("sentence", "span", "mod"), APPROXIMATE,
                         ids=[case[0] for case in APPROXIMATE])
def test_approximating_word(sentence: str, span: str, mod: str | None) -> None:
    doc = parse_text(sentence, DCT)
    assert [(e.text, e.mod) for e in doc.expressions] == [(span, mod)]


def test_every_dated_expression_has_an_interval_of_its_granularity() -> None:
    doc = parse_text("On Wednesday the minister said prices rose last month.", DCT)
    for expression in doc.expressions:
        assert expression.interval is not None
        assert expression.granularity == expression.interval.granularity
        assert expression.interval.start < expression.interval.end


NO_EXPRESSIONS = [
    # a paper named for how often it appears, before "will", is no schedule
    "The monthly will publish its last issue after the owners sold it.",
    # "may March" is a verb after "may", as "will march" is
    "The owner said the boat may March into the record books.",
    # a fall in or of something after "by" or "through" is a drop, not autumn
    "Exports were hit by fall in demand.",
    "The deal was sunk through fall of the share price.",
    # the play's title is no middle of summer, though "midsummer" alone is
    "The troupe staged A Midsummer Night's Dream in the park.",
    # a clipped "Sun." or "Sat." with its point is no day without "on", "closed" or a paired day
    "He told the Sun. Nobody else had the story.",
    "We sat. Then we waited in silence.",
    # "tens" names a decade only after its century ("the twenty-tens")
    "Tens of thousands marched in the capital.",
    "The crowd numbered in the tens of thousands.",
    # a greeting wishes a feast well and names no day of it
    "He wished viewers a Happy Thanksgiving.",
    "Happy Easter to all our readers.",
    "Happy Lunar New Year from the embassy!",
    # the last but one of a named stretch or of someone's, not the week before last
    "The striker scored twice in the penultimate week of the season.",
    "She won the prize in her penultimate year at the university.",
    # any day of the week, not this week
    "You can pick any day of the week for the visit.",
    "The days of the week are named after gods.",
    "You may go now if you wish.".replace(" now", ""),
    "Thousands march on the capital.",
    # an ordinal and "last" or "final" count things: not the 13th of the month
    "He was the 13th and last man put to death under the law.",
    "It was the third and final attempt.",
    "They will March to the sea.",
    # a numbered day counts within a run, not "day 1" (often still to come) or a day of the month
    "Hikers packed light for day 1 of the trek.",
    "Rent falls due on day 3 of each billing cycle.",
    # an ordinal day of a lunar or Hebrew month is a day of that calendar, not of a run
    "Shiites mark Ashura on the 10th day of Muharram.",
    "Pilgrims gather at Arafat on the ninth day of Dhul Hijja.",
    "The fast begins on the 15th day of Sha'ban, or of Nissan.",
    "We March past the memorial in silence.",
    "The Sunday Times reported the story.",
    # waiting "until the last minute" is waiting late, as "at the last minute" is: no length
    "More buyers are waiting until the last minute.",
    "They left the packing till the last minute.",
    "Officials urged filers not to leave it to the last minute.",
    "She finished second in the race.",
    "He scored 12 points and 2,000 fans cheered.",
    "The company has 1,500 employees.",
    "April Ryan asked the question.",
    "May I ask a question?",
    "SNOW MAY MIX WITH SLEET AT TIMES.",
    "The quarterly dividend was raised.",
    "The plant employs 1990 workers.",
    "A quarter of the budget went to defence.",
    "Prices fall when supply rises.",
    "The fall of the Berlin Wall changed Europe.",
    "The case is for today's youth what the revolution was for their parents.",
    "If I were choosing the people of tomorrow, I would choose them.",
    "In her early twenties she worked as a governess; a man in his forties.",
    "The Seven Years' War and the Six-Day War changed maps.",
    "She told CBS's 60 Minutes and USA Today that she would run.",
    "Today show hosts interviewed the minister.",
    "The Good Friday Agreement ended violence; Bloody Sunday remains a wound.",
    # Sydney's Mardi Gras is a February festival, not Shrove Tuesday; the Mardi Gras Indians are a tradition
    "The Sydney Mardi Gras and the Gay and Lesbian Mardi Gras drew crowds; the Mardi Gras Indians sang.",
    "He lives at 1600 Pennsylvania Avenue.",
    # counts after an approximating word, not a span of years
    "The town grew from about 1200 to 1500.",
    "Estimates range from about 1200 to 1500 people.",
    "The pastor read John 3:16 aloud; the score was 2:1 at 14.30 Central.",
    "Aid reached 1200 villages in 300 trucks; the index rose to 1450.",
    "Shell eased 1 to 416 on turnover of 4.8 million; call (254-2) 751-613.",
    "Declining issues outstripped gainers 1,141 to 406.",
    "Under 42 U.S.C. 1983 and Section 1983 he withdrew Rs 2000 notes (1600 GMT).",
    "Sales in 2021-12 fell.",
    "Support for Windows 2000 ended under Directive 2001/29/EC and Article 1907; March Madness began.",
    "It marked the 20th anniversary of the 5th Amendment and the 3rd round.",
    "The museum covers the Tudor era. The period saw great change.",
    "Warming in the first half of the century will be fast.",
    "He finished at 4 in the morning session and 10 at night school.",
    "He spoke on ABC's \"This Week With David Brinkley.\"",
    "She told ABC's This Week the bill was dead.",
    "He repeated the charge on Fox News Sunday.",
    # numbers that look like years: measures, counts, addresses, road numbers, tallies, names
    "The road runs between 100 and 250 km inland.",
    "The peaks rise between 1500 and 2000 metres.",
    # a range of people counted, though its first number reads like an early year
    "Doctors estimate that between 300 and 500 people are dying because of the delays.",
    # a forecast's range of temperatures
    "Highs will reach between 102 and 106 degrees.",
    "The shop is at 1850 North Central Avenue.",
    "The crash happened on Highway 1939 near the town.",
    "Traffic was diverted to Interstate 1995 and trains left from Platform 1999.",
    "The engine reached 2012 rpm.",
    "The king raised a force of 1200 men; the enemy had a force of 1200.",
    # a people counted after "about" or "around"
    "The service drew about 1000 Australians; around 1200 Britons and 1400 Frenchmen came too.",
    "She joined the Class of 2001 and backed Vision 2030, Horizon 2020 and Agenda 2030.",
    # an exam reform's name and an exam grade
    "The first A-levels under Curriculum 2000 were sat; the number of H1 grades in maths rose.",
    # a year of a Hindu calendar
    "Brokers opened new ledgers for Samvat 2080; the Saka 1945 almanac was printed.",
    "Nepalis ushered in the Bikram Sambat 2079 calendar with prayers.",
    "The quarterly as well as the yearly figures were revised.",
    "Firms may file quarterly rather than annual returns.",
    "The team has won the past seven seasons.",
    # the year's four seasons and a name are no count of a sport's seasons
    "The park is open in all four seasons; they stayed in the Four Seasons hotel.",
    "Call 1800 333 000 for help; Root scored his fourth century of the series.",
    # a capitalised century before a company's word is the company's name
    "Shares of 20th Century Fox and 21st Century Insurance rose.",
    "Helen March, a nurse, said she was stunned.",
    # a weekday that is a surname, the name set off by commas
    "The arena's owner, Dan Friday, said the building had earned its rest.",
    # a weekday that is a given name, between a player's position and the surname
    "Former Nigeria captain Sunday Oliseh criticised the two-match ban.",
    "Striker Sunday Mba was fined; his teammate Friday Ekpo was not.",
    # or between an office's post and the surname
    "Human resources director Sunday Okafor said the county would offer a grace period.",
    # a weekday that is a surname, after "said" and a given name, before the speaker's post
    "Seniors should check their mail, said Ruth Sunday, a counselor in Toledo.",
    # a utility's seasonal price, and the level a price returns to, are no season
    "Summer electricity rates are 20% higher, and they fall back to winter levels later.",
    # a weekday that is a surname, after a post in lower case and a given name
    "Board member Frank Sunday cast the lone vote against the rate increase.",
    "\"It's temporary,\" utility spokesman Will Monday said.",
    # a month that is also a given name, after a kinship word
    "My aunt May taught me to swim, and her sister June taught me to drive.",
    # a month that is a given name: set off after a relation, as a parent, or first of a couple
    "Guests included her sister, April, and her brother-in-law.",
    "His partner, May, said he may be frightened; her mother, June, joined the search.",
    "The bride is the daughter of June and the late Robert Hale.",
    # or one who gives only a first name
    "One woman, who gave her name only as May, handed in her father's rifle.",
    "A neighbour identified only as April called the police.",
    "June and Harold Whitaker will host an open house.",
    # a capitalised season with an age set off after it is a woman's name
    "Summer, 29, is a pharmacist; Jon, 31, is an engineer.",
    # a month after a short title is a surname, one opening a company's name is its founder's
    "Second Lt. March, a spokesman, and Mr. May, a director, declined to comment.",
    "May Department Stores Co. and the May Co. of California raised their dividends.",
    "March Insurance Services, a brokerage in Ohio, said it fields such calls.",
    "Profit rose. May expects to finish remodeling. March said so too.",
    # so is one whose post is set off by commas before the verb
    "The fee is agreed. May, the sporting director, said the player would sign.",
    "A judge ordered a recount. March, a second-term councilman, said he would accept it.",
    # and so is one a court deals with: no month is sentenced or pleads guilty
    "The judge ruled. May was sentenced to life without parole. March pleaded guilty.",
    # and so is one a clause on a person follows, or one written as a surname earlier on
    "The lead has shrunk. May, who took office after the referendum, skipped the debate.",
    "Voters like Theresa May. May may yet win a larger majority than the one she inherited.",
    "Green, Theresa May's closest ally, quit. May is not expected to name a successor.",
    # "future" before a noun is an adjective, no time
    "Talks on the future relationship began; the future king spoke.",
    "He was named player of the year and won book of the year.",
    "The Hermitage was named wine of the year, and its cellar master winemaker of the year.",
    # a video game's award, and a game's or a film's title with a year in it
    "The shooter was named game of the year; Cyberpunk 2077 and Blade Runner 2049 sold well.",
    "The Audi Q3 and the Q7 sold well; Q&A sessions followed.",
    # a bare half after a capitalised name is a model
    "The Hummer H2 outsold the Hyundai H1 van.",
    # a game's half, played against a side, is no half of a year
    "Duke led by nine in the first half against Kansas.",
    # the sun's hours that are not a time of a day in the story
    "The mayor imposed a dusk-to-dawn curfew; pre-dawn raids went on as dawn broke.",
    "Shares fell on overnight losses in New York; he took an overnight flight with friends.",
    # a capitalised season before a name is part of the name
    "Vancouver will host the next Winter Games; the following Summer Olympics go to London.",
    # a quoted title in title case that opens with a word of time
    "It lost to \"Tomorrow Never Dies\" and \"Yesterday Once More,\" two hits.",
    "It lost to 'Tomorrow Never Dies' and ‘Yesterday Once More,’ two hits.",
    # a year quoted alone, a title
    "The war film \"1917\" and the album \"1989,\" both hits, won prizes.",
    "The war film '1917' won prizes.",
    # plural weekdays that name papers and a movement, not every such day
    "The Sundays led with the story as Fridays for Future marched.",
    # look-alikes: a coil, a dish, a verb, names and titles, a flow, an adjective, "some day"
    "The mattress has a spring in it; spring rolls cost $5 and clocks spring forward.",
    "Spring training is over. Summer Glau starred. The Fall Classic sold out.",
    # a season naming a kind of thing, not a time
    "Rookies report for summer league; the winter camp and summer jobs are full.",
    "The winter timetable adds two trains; the summer schedules are out.",
    # the clocks' time paired with the other one: "summer or winter time", "from winter to summer time"
    "Each country may keep permanent summer or winter time; cows dislike the switch from winter to summer time.",
    "Studios still bet on summer blockbusters and a winter blockbuster or two.",
    # a season naming a kind of weather, not a time
    "A winter storm brought ice; winter weather advisories and the summer melt season followed.",
    "Summer heat makes digging dangerous, so crews rest; winter heat bills are high.",
    "Households claim the winter fuel payment; winter fuel bills were higher.",
    # an island named after a month
    "Puffins returned to the Isle of May, where the ferry runs again.",
    # a football club named after a day
    "He joined Sheffield Wednesday from Leeds and scored against Sheffield Wednesday.",
    # a season naming a kind of food, not a time
    "Spring lamb is on the menu. Roast the winter squash with spring greens and summer vegetables.",
    # a drop in prices or bills that reflects, follows or outdoes something, not autumn
    "Bills drop 7 percent. The fall reflects lower policy costs. The fall was the sharpest yet.",
    # a town's seasonal street rule
    "The winter parking ban is in force; summer parking permits are on sale.",
    "Back to the Future is a film; the current of the river is strong. Bring the current.",
    "The current-account gap narrowed while current-accounts in the region swung to surplus.",
    "The present government and the present-day critics disagree.",
    "One day I'll win there. We take it one day at a time.",
    # on some days, now and then, not a length of days
    "Some days he knows her. Some nights, the pain wakes her.",
    # a daily or a weekly paper described before it, with no noun after it
    "Gunmen stormed the offices of a satirical weekly, and the state-run daily was shut.",
    "A rival daily said it would hire reporters from the free weekly that closed.",
    # the name of a motor-racing series before a time word
    "The Formula One night race and the Formula 1 day session drew crowds.",
    # games or shifts counted and said to be held by night or by day, not a length of nights
    "The opener is the first of seven night kickoffs, and the team plays two day games.",
    "He worked three night shifts in a row.",
    # a sport's exhibition games before its season, as "spring training" is its preseason
    "The Cardinals' first spring game drew a crowd, and spring games are free.",
    # so are a college sport's spring drills and the recruiting and transfer periods named by a season
    "Spring practice ended with the spring game; the spring signing period and the winter window are busy.",
    "Coaches face the winter transfer portal and the summer dead period.",
    # a compact day-month-year only in capitals and standing alone, not inside a part number
    "Order part A15JUL12 or 15jul12 from the catalogue; batch 15JUL123 is sold out.",
    # "fiscal" before a noun is an adjective, not the fiscal year
    "The last fiscal policy review left the current fiscal deficit target unchanged.",
    # a holiday's tree, carol or card, a name beginning with a sun's hour, a shopping day's name
    "Christmas trees go out to the curb and A Christmas Carol sold out.",
    # a holiday's bonus is a payment, its lights a decoration
    "The union wants the Christmas bonus restored and the Christmas lights paid for.",
    # its presents, gifts and jumpers are things too
    "He is accused of stealing Christmas presents and Christmas gifts from a depot.",
    "Staff wore Christmas jumpers for charity.",
    # a figure named after a feast is not its day
    "Father Christmas will be in his grotto at the fair.",
    # so is an island named after one
    "The last detainees on Christmas Island were flown to the mainland.",
    "Her New Year's resolution was to run.",
    # a second helping of food is no length of time
    "He went back for seconds.",
    # a university's or a court's term named after a feast is not the feast day
    "Michaelmas term was busy and the Michaelmas sittings opened.",
    # an age, one person's or a group's, is not a length of time
    "The 6-year-old joined 18-year-olds and six-year-olds at the fair.",
    "Infants dosed at 4 months of age or at 4 to 11 months of age; everyone 6 months and older.",
    "Boosters go to children 4 to 6 years of age and adults 65 years or older.",
    "Babies younger than 6 months and kids older than two years were not enrolled.",
    "Children aged 6 months and those aged 4 to 11 years were seen at the clinic.",
    # an age a survey or a census reports, whole or with a decimal part
    "The median age rose to 41.2 years; the average age was 34 years.",
    "The median age of about 38 years is unchanged and the average age is 44.5 years.",
    "Shots are given at 2, 4 and 6 months, at 1, 2, 4 and 6 months, and at 4 to 6 years.",
    "She lives at Sunrise Manor; the promotions ran all week.",
    # "the last year of" a span is its final year, not the year before publication
    "Officials called it the last year of the plan and the last month of a long campaign.",
    # "buy now, pay later" is a kind of instalment credit
    "Buy now, pay later plans were especially popular with young shoppers.",
    "Buy-now-pay-later lenders and a buy-now-pay-later plan face a cap.",
    # a rate is not a stretch between events; a fall from or in something is not autumn
    "Output fell by 1 million barrels a day since the cut; he earns $50 a day after taxes.",
    "Output rose to 1.2 million barrels per day; the clinic sees 40 patients per week.",
    # the hours something is allowed or open are a schedule, not a length of time after something
    "Shooting hours after opening day begin later; visiting hours after surgery are short.",
    # a style named after a time
    "The sale included mid-century furniture and a mid-century lamp.",
    # a year-round season: a hyphened unit opens a compound word, with "another" too; "another day"
    # may be some other day
    "Shops stayed open for another year-round season; we will fight another day.",
    "He died after the fall from a balcony; the fall in prices and the fall to 3% hurt.",
    # a kind of thing named after an hour
    "Tourists come for the midnight sun; Midnight Mass is sung and a midday meal served.",
    "The midday outdoor work ban is enforced; midday outdoor bans are common in the Gulf.",
    # a range of sums of money is no span of years
    "Firms face a fine of between 100 and 500 rials, or between 300 and 900 dinars.",
    # a capitalised "Midnight" opening a name: a hacking group, a band
    "The attack was attributed to Midnight Blizzard; Midnight Oil played on.",
    # a woman named May, June or April, set off before a kin word, is no month
    "May, his wife, ran the register; June, her daughter, kept the books.",
    "April, her twin, died in infancy.",
    # a war or offensive named after the feast it began on is an event, not the feast's day
    "The Yom Kippur War and the Tet Offensive are taught together.",
    # "D-Day for" something is its deadline, not the Normandy landing
    "Officials have not yet set D-Day for the switchover.",
    # a software edition named after a year is a product, not that year
    "Admins still run Exchange Server 2013, Office 2016, Visual Studio 2022 and Excel 2010.",
    # a vendor's "Patch Tuesday" is its monthly release day as a name, not the coming Tuesday
    "Exploit code tends to appear soon after a Patch Tuesday release.",
    # "soon" looks ahead only after or before a modal or closing a clause: not "too soon to say",
    # "as soon as", "soon after", nor a past story's "soon spread"
    "It is too soon to say whether the outbreak has peaked; call as soon as symptoms appear.",
    "Most fell ill soon after eating, and the virus soon spread to three more villages.",
    # a generation as a cohort of people, not a span of time
    "A generation of workers has never seen it, and in a generation of voters few recall it.",
    "For a generation raised on myth, it is a time machine.",
    # a day named for what is done on it; a hyphenated "day-to-day" is an adjective
    "The nation held a day of mourning, and day-to-day work stopped.",
    # "two thousand" alone is an amount, unless a preposition of time or "the year" makes it one
    "He left an insurance of two thousand, and two thousand souls came.",
    # a quarter of a town, or a quarter part of something, is no quarter of the year
    "The fire spread through that quarter of the town; the quarter of the vote held.",
    # a capitalised "of the Year" closes an award's title, whatever its first word
    "She was named Australian of the Year, and he Young Farmer of the Year.",
    # a season's numbered week is no week of the calendar, nor is a week with a count after it
    "The Jets lost in Week 3 of the season; in week 5, 2021 fans left.",
    # programmes named after a time: "The Tonight Show", "Saturday Night Live", "Monday Night
    # Football"
    "He hosted The Tonight Show, and she joined Saturday Night Live and Monday Night Football.",
    # a weapon's designation is no fashion season's code
    "The Soviet Union deployed SS20 missiles in Europe.",
    # a vote's tally is no early year: "passed by 327 to 299"
    "MPs voted by 327 to 299 to pass the bill.",
    # a count after "by" or before a place and a plural noun is no early year
    "Jobs were cut by 250, and the beer is sold in 300 Vermont bars.",
    # the back or front half of a thing other than a year is no half-year
    "She sat in the back half of the bus; the front half of the ship sank.",
    # a style of design, not the middle of a century
    "They restored a mid-century modern house.",
    # a quarter of a percentage point sizes a rate move; it is no quarter of the year
    "The hike was larger than the quarter-point move the bank had signalled.",
    "It followed a third straight three-quarter-point increase.",
    "Traders priced in the quarter percentage point cut.",
    # "one-day" naming cricket's limited-overs format is no stretch of one day
    "He was dropped from the one-day side after a poor one-day series.",
    "The tourists play three one-day internationals and some one-day cricket.",
    "Pakistan arrived ahead of the one-day match and two one-day games.",
    # a batsman's centuries are hundreds of runs, and a day-night Test is played under lights
    "Root has scored nine centuries and made two centuries against India.",
    "The series moves to Adelaide for a day-night Test and then a day/night match.",
    # capitalised before a capitalised word, "Daily" names a newspaper
    "Colombo (Daily Mirror) Sri Lanka's central bank moved.",
    # the festival, not the year it opens
    "Shops closed for the New Year holiday.",
    "Crowds gathered for the new year celebrations.",
    # a count of day-trippers is a count of visitors, not of days
    "The village receives up to 10,000 day-trippers.",
    "Operators sold 200 day-trips.",
    # a march named for those who walk in it or for its cause is no month
    "Organisers of the Women's March said the People\u2019s March drew fewer.",
    "The Salt March and the Hunger March were both remembered.",
    # the market named after the feast, not the feast's date
    "Stalls at the Christmas market sell mulled wine.",
    # a unit of the calendar named within a larger one is no length ("a year of the service" is)
    "The fast falls on a day of the Jewish calendar.",
    "Each sign rules a month of the lunar year.",
    # a variant's number after a model's is no decade
    "The carrier flies Airbus A350-1000s and Boeing 747-8s.",
    # "a second period" of a treaty is one more stretch of it, not the second quarter
    "Japan said it would not accept a second period of the Kyoto Protocol.",
    # "that" opening a clause before a compound with a part of the day
    "Police reminded drivers that evening rush hour will be slow.",
    "The company said that night shifts would end.",
    # "a day-care center", "a day care program": a kind of care, no length of time
    "Twelve of the dead were children in a day-care center.",
    "She worked in a day care program.",
    # a number like a year before "per" is a rate; only "per capita" lets the year through
    "Rice sold at 1980 per ton at the border market.",
    # a feast's small "day" after a common noun is a plain phrase, not the feast
    "The zoo held a Family day out for members.",
    "Canadians vote on Election day, not before.",
    # a bare unit within a sentence, not after a comma, is no length of its own
    "The contracts were signed weeks before the merger.",
    # "as recently as" measures how near what follows is; it names no time itself
    "The rule applied as recently as the merger.",
    # an army's winter quarters are a place, not a season
    "The army left its winter quarters and marched north.",
    # an ordinal that counts people ("the 3rd to arrive") is no day of the month
    "He was the 3rd to arrive and the 5th to leave.",
    # "a while back" is a past only when "back" does not go on to a place or "then"
    "I waited a while back at the hotel.",
    "It took a while back then.",
    # nor is "back then" after a verb of going, where "back" is the way
    "She came back then left for the coast.",
    # a half marathon is a race, not half of the year
    "She ran her first half marathon.",
    # "long ago" asked about, or hedged by "that"/"so", is no past of its own
    "How long ago did the ship sink?",
    "Not that long ago, the market was booming.",
    # an age is no stretch of time: "at the age of six months"
    "Babies were vaccinated at the age of six months.",
    # a title opening a sentence is no stretch of time, nor a count of years of age
    "Days of Thunder is showing again.",
    "Years of age are counted from birth.",
    # a sum or a count of things each month or year is left alone, as TimeBank leaves it
    "The economy added jobs at a pace of 358,000 a month.",
    "The preferred stock pays $1.76 a year.",
    "The leaders of tomorrow met in Paris.",
    # a novel's title written like an analyst's quarter
    "She reread Murakami's 1Q84 on the train.",
    # "like it was yesterday" compares a memory's freshness; it names no day
    "He remembers the crash like it was yesterday.",
    "I can see her face as if it were yesterday.",
    # a body named after a year
    "The chairman of the 1922 Committee wrote to members.",
    "Dinner was held by the 1900 Club.",
    # a newspaper's section or magazine named for the weekend
    "The recipe ran in the weekend magazine.",
    "A review in the Weekend section misstated the price of tickets.",
    # a run of slashed numbers longer than a date, and a ratio of three small numbers
    "The draw came out 1/12/20/5 this time.",
    "Mix the parts 1/2/3 by weight.",
    # "by the morning" before a noun it qualifies: a train, a post, not a deadline
    "She left by the morning train, as she had planned.",
    "The cheque was sent by the afternoon post.",
    # a day, a month and a year joined by dashes inside a longer code
    "Part number X-9-Mar-2018 is out of stock.",
    # four digits opening with a zero and followed by more digits are a telephone number
    "Call the hotline at 0800 555 0199.",
    # a spring tide is the month's highest tide, not the season
    "Salvors are waiting for the spring tide to lift the ship.",
    "Low-lying quays flood during spring tides.",
    # a half written number first takes a two-digit year only joined to it
    "Flat 2H 12 is on the second floor.",
    # "as many" after a count repeats it: no vague number of years
    "She won four titles in as many years.",
    # "may" as a verb before "long" is no month's long weekend
    "Campers may long weekend trips away in the sun.",
    # a return period tells how rare an event is, not a stretch of years
    "The levee was built for a 1-in-100-year flood.",
    "Engineers called it a one-in-500-year storm.",
    "The gauge recorded a 1-in-1,000-year rainfall.",
    "Officials called it a 100-year flood.",
    "Few homes outside the 500-year floodplain carry flood coverage.",
    "Forecasters warned of a 1,000-year rain.",
    # a gestational age is no length of time
    "Mothers who delivered at 32 weeks were tracked.",
    "She was 28 weeks pregnant when the shot was offered.",
    "Babies born at 30 weeks of gestation need extra care.",
    "Infants born at 29 weeks' gestation were enrolled.",
    # a count in thousands and hundreds said in words is no year
    "About two thousand five hundred fans waited outside.",
    # a weekly or a daily before a paper's name is the paper
    "The cartoon ran in the satirical weekly Le Canard Enchaîné on page two.",
    "The Communist Party daily Granma compared him to a teacher.",
    "The conservative daily Die Welt reported the figures.",
    "An editor at the regional daily La Provence, Anne Roux, resigned.",
    # a list of honours named for the new year is no date
    "He was knighted in the New Year Honours.",
    "The actor was made a dame in the New Year's Honours list.",
    # and so are those named for the monarch's official birthday
    "She was appointed MBE in the King's Birthday Honours.",
    "He was knighted in the Queen's Birthday Honors list.",
    # a list named for a holiday, as "the New Year list" of honours or a child's "Christmas list",
    # is the list, not the day
    "The New Year list was unaffected by the delay.",
    "Her Christmas list ran to three pages.",
    # a year of the Hijri calendar after its new year is no year of ours
    "Offices will close for the Islamic New Year 1446, the ministry said.",
    "Muslims mark the Hijri New Year 1445 with prayers.",
    # so is one after "Hijri year" or "Islamic year"
    "The holiday marks the start of the Hijri year 1445, the government said.",
    "Muslims entered the Islamic year 1446, officials said.",
    # a spoken count in the thousands is no year
    "A crowd of two thousand twenty gathered outside.",
    # a month in the name of an event is no date
    "The October Revolution brought the Bolsheviks to power.",
    "Lenin hid in Finland after the July Days.",
    "The July Crisis set the great powers against each other.",
    # a season of something that is not a year is a stage of it
    "In the autumn of his career he coached juniors.",
    # the minutes of one stretch of play are no recurrence
    "The keeper played every minute of the cup run.",
    "The rookie has played every minute so far.",
    "She enjoyed every second of it.",
    # a season naming a yearly meeting is the meeting's name
    "Trade talk picked up at the winter meetings.",
    # a feast before the goods sold for it names the goods
    "Easter candy sales slumped as cocoa prices rose.",
    "Stores stocked Halloween candy and Christmas chocolates.",
    # a fraction or a longer run of numbers is no month and year
    "The shutter opened for 1/2000 of a second.",
    "The part is listed as 12/2018/4 in the catalogue.",
    "Batch 2021/12/08/3 was recalled.",
    "The ratio was 2021/12/08.5 on the scale.",
    # a number of metres or feet after "of" is a measure, not a year
    "The peak has a height of 1990 metres.",
    "The submarine sank to a depth of 2000 feet.",
    # the best years to live somewhere are no length left to live
    "These were the best years to live in the city.",
    # a world fair named after the year it was planned for
    "Visitors queued at the gates of Expo 2020 Dubai.",
    "Spain beat England in the final of Euro 2024.",
    # a part of the day before a noun naming a custom of that hour
    "The midday break for outdoor workers was extended.",
    "Shops close for noon prayers.",
    "Firms that break the midday work ban face fines.",
    # lunchtime naming a kind of thing, or a habit, is no time of a day
    "She sings at lunchtime concerts; the lunchtime rush starts early.",
    "The canteen closes at lunchtime.",
    # a round of a knockout competition, or a player, is no quarter of a year
    "They lost in the quarter-finals to Brazil.",
    "The holders went out in the quarter finals.",
    "She beat the quarterfinalist in straight sets.",
    "The quarterback threw for 300 yards.",
    # a count, then what the counted body was
    "The garrison numbered around 1300 and was short of food.",
    "The army grew by 1300 and its rival by 900.",
    # a paper that comes out each day, named by how often
    "The town paper became a daily.",
    # how fast a thing changed, not the night it changed
    "The old notes became worthless almost overnight.",
    "The town's fortunes changed virtually overnight as the mine closed.",
    # a length of two days written short, not today
    "A 2day pass to the fair costs $40.",
    # a weekly promotion named by its weekday, not a day
    "Taco Tuesday draws a crowd at the diner.",
    # a season of a show is an instalment, not a year
    "The following season of the series was cancelled.",
    # a clipped weekday's letters inside a name or an acronym are no day
    "The Thurston fair and the FRI index were discussed at Fri-Tech.",
    # a term that is a word, a final term of office or a lease's clause is no sitting
    "Critics say this term is misleading.",
    "Lawyers use this term loosely.",
    "It was his last term in the Senate.",
    "The last term of the lease is the rent.",
    "Rates rise on the next term deposit.",
    # numbers with a slash after a word that expects a date are still no date as a fraction,
    # a share, "24/7" or the name of the attacks
    "Security has tightened since 9/11, and the attacks on 9/11 are still studied.",
    "Yields rose from 1/2 to 3/4 of a point.",
    "They won on 2/3 of the seats, and the desk is staffed 24/7.",
    # a rate with a leading zero is no dotted clock time
    "The rate was cut to 03.25% by the bank.",
    # a show's seasons spanned are instalments, not years
    "The sitcom ran on and on, spanning ten seasons and 236 episodes.",
    # "the first quarter since" counts quarters, as "the best quarter since" does, naming none
    "It was the first quarter since the merger without a single loss.",
    "The bank had the first half since the crash with no big float.",
    # a dotted number over ten after "at" with no day or clock time beside it may be a price
    "Shares closed at 14.30, up 2 per cent.",
    "The krona traded at 10.45 to the euro.",
    # a dotted figure after "off at" is a race time only where something is off ("is off at")
    "The shares were sold off at 3.45 a share.",
    "The dollar went off at 1.35 against the euro.",
    "The debt was paid off at 1.25 on the pound.",
    # a hyphenated range of ages is no length of time
    "The camp takes children 6-8 years old.",
    # a weekday after a title is a given name ("Dr. Sunday Adeyemi")
    "Dr. Sunday Adeyemi, who runs the unit, said nurses were exhausted.",
    "Mrs Tuesday Okafor said the ward was full.",
    "Professor Friday Okonkwo led the research.",
    "Sister Monday Eze, a nurse at the clinic, said demand had doubled.",
    "Prof. Sunday Ojo led the research.",
    # a kind of timetable named by a weekday is no day ("a Sunday service" on a holiday)
    "Buses will operate a Sunday service across the city.",
    "The line runs a Saturday timetable during the works.",
    # an ordinal after a verb of being and before "in" ranks a shooting among others, no day
    "The shooting was the 12th in the neighborhood.",
    "It is the 21st in the city, police said.",
    # so does one set after a comma before "in a row": the season among the last ones
    "Forecasters expect a busy season, the 10th in a row.",
    # a season's opening hours or recreation program is a timetable, not the season itself
    "The transfer station keeps its winter hours.",
    "Summer hours at the library are posted online.",
    "Sign-ups for the summer recreation program are open.",
    # a day set aside for a cause is one day, not how long something lasted
    "Organisers have called for a day of action.",
    "The president called for a day of mourning.",
    "Thousands took part in a day of protest.",
    # the most days of a kind is a record, not a habit; a part of the day opening a
    # sentence with no verb of being after it is no recurrence
    "Phoenix had the most days above 100 degrees on record.",
    "Evenings ago the crowd left.",
    # a dish named after the day it is eaten on is no day
    "Our Sunday roast is a rolled pork loin.",
    "Her Sunday gravy is a family recipe.",
    # the weekly congregational prayer named after its day is no day
    "A gunman opened fire at the mosque during Friday prayers.",
    "About 40,000 worshippers attended Friday prayers at Al-Aqsa.",
    "The church will resume singing at Sunday worship.",
    "Sunday Masses will be said in the parish hall as usual.",
    # a broadcaster's weekly games sold as rights are no day
    "The Thursday night package that CBS won will be sold again.",
    "ESPN's Monday deal was renewed as well.",
    "The league's Sunday contracts expire, and Seven holds Friday night football.",
    "Fox gains a new national Saturday night package.",
    # the extra pay for work on a weekday is a rate of pay, not a day
    "Some retailers have cut paid breaks and Sunday premiums to offset the cost.",
    "Hospitality workers will lose part of their Sunday penalty rates.",
    "The award sets a Saturday loading of 25 per cent.",
    # a loyal aide ("his Man Friday") and a person named August are no dates
    "The chief of staff was long described as his Man Friday.",
    "She called the assistant her Girl Friday.",
    "A revival of August Wilson's Fences drew crowds.",
    # a month that is a given name, set off by commas with its surname after a post
    "\"We held on as long as we could,\" the editor, March Holloway, said.",
    "Students should apply early, said the dean, March Ellison.",
    # a season written as a surname after a title
    "Ms. Winter said the plan may work.",
    "Dr. Spring said the vaccine works.",
    # a programme's quoted title that ends in "Tonight"
    "The student programme \"Campus Tonight\" will be cut.",
    # a paper's weekday issue is a kind of paper, not a day
    "Its Sunday sister title will print for the last time.",
    "A Sunday edition of a sister paper may follow.",
    "The magazine was launched as a Saturday supplement.",
    # British Sunday papers named for the day
    "The Mail on Sunday first reported the story.",
    "A poll for the Independent on Sunday put Labour ahead.",
    # a band named after a year, and songs and albums whose titles hold a time
    "The 1975 will headline the festival, and The 1975's singer spoke.",
    "Morgan Wallen's \"Last Night\" held at No. 1.",
    "Taylor Swift's \"1989 (Taylor's Version)\" returns to No. 1.",
    # a letter Z after four figures is a zone only on its own: "1200ZX" and "0800z" are models
    "The 1200ZX engine failed, and the 0800z pump was replaced.",
    # a month given as a name is no date, nor is the census of birds named for the feast
    "The great white shark named May has been tracked off the coast.",
    "The orphaned calf, dubbed April by keepers, is thriving.",
    "Volunteers signed up for the Christmas Bird Count.",
    # "run an hour" is how long something runs; "ran a day of events" is an occasion put on
    "The library ran a day of events for families.",
    # "$2 million a month" is a rate (rule "set_rate_per_unit"); a sum each year is not tagged,
    # as TimeBank leaves it
    "The cuts will save $500 million a year, the company said.",
    "The paper has lost about $2 million a year since.",
    # the timetable of another day a transport operator runs, not that weekday
    "The agency will operate a Saturday schedule because ridership has fallen.",
    # a phase of the moon, not a quarter of the year
    "A first-quarter moon will hang low in the south.",
    "The third quarter moon rises well after dark.",
    "The moon reaches first quarter, then waxes to full.",
    "The moon is at last quarter, rising late.",
    "The moon reaches last quarter, half lit.",
    # opening times named "walk-in" or "drop-in hours" are no length of time
    "The clinic posts its walk-in hours online.",
    "The office will post drop-in hours on its website.",
    # a price before a ticket's name is no length of time: "a $5 day pass"
    "Riders can buy a $5 day pass at any station.",
    "A £12 weekend ticket covers every zone.",
    "The €9 month ticket was a bargain.",
    # "the late" before a name is a person who has died, not the end of a month
    "She is the granddaughter of the late April Cole, who opened the bakery.",
    "The prize honors the late June Whitaker, a longtime teacher.",
    # "May" before a plain verb that is never a noun is the modal, whatever its capital
    "The label May unveil a capsule line, its founder said.",
    # "May" opening a question is the modal, whatever its subject
    "May fans apply more than once? No, duplicate entries are removed.",
    "Tickets are limited. May children attend? Yes, from age 12.",
    "The house May reopen the boutique after repairs.",
    # an award named for a calling is no year
    "She was named the state's teacher of the year.",
    "He was voted the hospital's nurse of the year.",
    "Results of the band of the year competition were a surprise.",
    "She was named photographer of the year for the second time.",
    # the water of a season is no date ("the low winter water")
    "Searchers hoped the low winter water would reveal more of the marsh.",
    # a capitalised month right after a closing quotation mark is the speaker's surname
    '"We just march on," March said after the game.',
    "“We keep going,” May told reporters.",
    # severance counted by years of service: a measure of seniority, no recurrence
    "Laid-off staff get a bonus for every year of service.",
    "Each year worked adds to the payout.",
    # so is a year of a life or a reign, counted one by one
    "Guns fired 96 rounds, one for each year of her life.",
    "The bell tolled once for every year of the king's reign.",
    # the last year or week a clause picks out is the final one, not the one before publication
    "It is the last year the prize will be open only to Commonwealth writers.",
    "This was the last week that the show aired.",
    # a small sum each year is left alone, as a large one
    "Members pay $40 a year to join.",
    "Room rates will be between $35 and $55 a night.",
    # a house kept for a season is a place, not the season
    "The pope left the summer residence at Castel Gandolfo by helicopter.",
    "Guests toured the winter palace of the former king.",
    # an animal's seasonal shelter, ground or coat is a place or a thing, not the season
    "The flamingos left their winter house for the lake.",
    "The herd grazed on summer pasture; the ptarmigan shed its winter plumage.",
    # people at a seasonal camp
    "Summer campers painted the fence.",
    # a polar station's winter-over crew stays through the winter; the word names the staff
    "The winter-over crew of 40 took charge of the station.",
    "Winter-over staff at the pole see no sun.",
    # "Day Zero", when a city in drought would turn off its taps, is a name
    "The city warned that Day Zero could come if the dams kept falling.",
    # high-school football's "Friday night lights" and a club's weeknight league are no dates
    "Friday night lights returned to Memorial Field with a thriller.",
    "The Tuesday Night Men's League teed off with 64 players.",
    # and so is a club, a class or a market held on every such day
    "She has run a Friday night boxing club for girls.",
    "He set up a Saturday morning market in the square.",
    "She teaches a Tuesday evening class.",
    # "May blossom" is the hawthorn's flower
    "May blossom covered the hawthorn along the lane.",
    # a month at the head of an investment firm's name is part of the name
    "March Street Capital, the group's largest investor, voted in favour.",
    "October Hill Partners, which owns 6%, backed the dividend cut.",
    # so are companies named after a weekday: a web address, a restaurant chain, a retailer
    "Monday.com named a new chief financial officer.",
    "Shares of monday.com rose after the appointment.",
    "TGI Fridays named a new chief executive.",
    "The former head of TGI Friday's joined the board.",
    "Tuesday Morning Corp. named a new chief executive.",
    # a weekday in the title of a law is no date
    "The Sunday Trading Act lets large shops open.",
    "The holiday was shifted under the Uniform Monday Holiday Act.",
    "The Sunday Observance Act was repealed.",
    # a day bid on is a lot at a charity auction only when it is spent somewhere
    "Buyers bid on a day in which prices fell.",
    # a minute of a meeting in government papers is a record, not a length
    "A minute signed by the secretary notes that the two sides met in a parish house.",
    "A minute records that the two sides met in a parish house.",
    # a grade of petrol made for the cold or the warm months is not a time
    "Regulators allowed an early switch to cheaper winter-blend gasoline.",
    "Refineries switch to summer blends and begin maintenance.",
    "Stations may sell winter-grade diesel.",
    # London's Birthday Parade, Trooping the Colour, is not the Australian holiday
    "The RAF flypast follows the Queen's Birthday Parade on Horse Guards.",
    "Crowds lined the Mall for the King's Birthday Parade.",
    # a weekday quoted alone inside a sentence is a show's title
    'The second season of "Wednesday" logged 50 million views.',
    'Jenna Ortega, the star of "Wednesday," thanked fans.',
    # a feast's cake, pudding or hamper is a thing, not a day
    "Christmas cake orders are being taken at the counter.",
    "The shop sold out of Christmas puddings and Christmas hampers.",
    # a plain sum of money each year is left alone, as TimeBank mostly does
    "Conscripts were paid $1,200 a year.",
    # springs of water and falls of a person are not seasons counted
    "The valley has 20 springs and two lakes.",
    "She suffered two falls at home.",
    # the practice of trading, shopping or working on a weekday, in general, is no date of it
    "MPs voted against restrictions on Sunday trading.",
    "Solidarity has long demanded a ban on Sunday shopping.",
    "Shopworkers may opt out of Sunday work, and few want longer Sunday shifts.",
    "The Keep Sunday Special campaign welcomed the vote.",
]


@pytest.mark.parametrize("sentence", NO_EXPRESSIONS)
def test_no_false_positive(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert [e.text for e in doc.expressions] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a story that keeps time by the clock writes its later hours bare
    ("The shop opened at 6 a.m., and by 9 the cannoli were gone.", [("9", "2021-12-09T09:00")]),
    ("Her shift ends at 8pm, but she rarely leaves before 9.30.", [("9.30", "2021-12-09T21:30")]),
    # in the half of the day nearest the clock time told before it
    ("Main Street will be closed from 9 a.m. to noon. A ceremony will be held at about 11.",
     [("11", "2021-12-09T11:00")]),
    ("By noon he had reached the county line. At 1.30 he stopped for coffee.",
     [("1.30", "2021-12-09T13:30")]),
    # no clock time before it: a figure, an age or a count as much as an hour
    ("She is usually asleep by 9.", []),
    ("The doors opened at 6 p.m. Nobody came. The band was late. The hall was empty by 9.", []),
    # a margin, a score or a price is no hour
    ("Kickoff was at 7:30 p.m. Ohio State won by 9.", []),
    ("Trading resumed at 2 p.m. The shares closed at 4.50.", []),
    # an hour of a list or a range is the list's
    ("Masses on Christmas Day will be at 8, 10 and noon.",
     [("8", "2021-12-25T08:00"), ("10", "2021-12-25T10:00")]),
])
def test_a_bare_figure_is_an_hour_only_where_the_story_keeps_time_by_the_clock(
        text: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text(text, DCT)
    bare = [(e.text, e.value) for e in doc.expressions if e.text[0].isdigit() and
            not any(c.isalpha() for c in e.text)]
    assert bare == expected


def test_lunchtime_after_a_preposition_is_midday_of_the_day_told() -> None:
    doc = parse_text("Ballot boxes were opened at 9 a.m., and by lunchtime the No campaign had "
                     "conceded. The count resumed at lunchtime yesterday.", DCT)
    found = [(e.text, e.type, e.value) for e in doc.expressions]
    assert ("lunchtime", TIME, "2021-12-09T12:00") in found
    assert ("lunchtime yesterday", TIME, "2021-12-08T12:00") in found


@pytest.mark.parametrize("sentence", [
    "He died in hospital two days after the fall.",
    "She was found unconscious hours after the fall, her family said.",
])
def test_a_fall_days_or_hours_before_a_death_is_a_tumble(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert all("fall" not in e.text for e in doc.expressions)


@pytest.mark.parametrize("sentence", [
    # a drop dated by its day, or a collapse itself, is no autumn
    "The Dow lost 22.6%, nearly double the fall on Oct. 28, 1929.",
    "The tower took months to prepare. The fall itself takes about 15 seconds.",
])
def test_a_fall_dated_by_its_day_or_itself_is_a_drop(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert doc.expressions and all("fall" not in e.text for e in doc.expressions)


def test_a_fall_after_a_rise_told_with_a_season_is_a_drop() -> None:
    # "fall" after "summer and" is autumn ("in spring and fall"), unless it falls by something
    doc = parse_text("Hotel rates rise in summer and fall by half in winter.", DCT)
    assert "fall" not in [e.text for e in doc.expressions]


def test_an_ordinal_ranking_among_the_last_years_is_no_day() -> None:
    doc = parse_text("NOAA predicted an above-normal season, the 10th in the past 11 years.", DCT)
    assert [e.text for e in doc.expressions] == ["the past 11 years"]


def test_event_month_after_year_is_no_date() -> None:
    # "In 1848, the February Revolution": the year alone, the month names the event
    doc = parse_text("In 1848, the February Revolution spread across Europe.", DCT)
    assert [e.text for e in doc.expressions] == ["1848"]


# a number that looks like a year next to a real one: only the year is one
COUNTS_BESIDE_YEARS = [
    ("In 1863 the army numbered 1800 men.", [("1863", "1863")]),
    ("In 1990 women could not vote; the plant employed 1990 workers.", [("1990", "1990")]),
    ("The town grew to 1900 by 1910.", [("1910", "1910")]),
    ("The vote in 1998 was 2012 to 1987.", [("1998", "1998")]),
    ("The index fell from 2012 to 1987 in 1998.", [("1998", "1998")]),
    ("The 1987 Wall Street crash shook Tokyo.", [("1987", "1987")]),
    ("In May prices rose from 500 to 600.", [("May", "2021-05")]),
    # seats counted from one number to another, backward or after "the number of"
    ("In May the plan cut the seats from 533 to 501.", [("May", "2021-05")]),
    ("In May the number of seats went from 158 to 160.", [("May", "2021-05")]),
    # a range of years before a count is still a range of years
    ("From 1990 to 1995 students protested.", [("1990", "1990"), ("1995", "1995")]),
    ("Between 1990 and 1995 people fled.", [("1990", "1990"), ("1995", "1995")]),
    ("Growth is forecast at 4% for 2022 and 2.5% in 2023.", [("2022", "2022"), ("2023", "2023")]),
    # "the year to May" is the twelve months up to it, not this year
    ("Inflation eased to 5.6 per cent in the year to May.",
     [("the year", "P1Y"), ("May", "2021-05")]),
    # both years of an early range, however the first is qualified
    ("He lived c. 1390\u20131441.", [("c. 1390", "1390"), ("1441", "1441")]),
    ("The painting dates from about 1505\u20131506.", [("1505", "1505"), ("1506", "1506")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTS_BESIDE_YEARS,
                         ids=[case[0] for case in COUNTS_BESIDE_YEARS])
def test_a_count_beside_a_year_is_not_one(sentence: str,
                                          expected: list[tuple[str, str]]) -> None:
    doc = parse_text(sentence, DCT)
    assert [(e.text, e.value) for e in doc.expressions] == expected


# a car's model year is part of its name, not a date; a year before a make after "in" is a year
MODEL_YEARS = [
    ("Honda is recalling 2019-2021 model-year Pilot SUVs built since 2018.", [("2018", "2018")]),
    ("The fix covers the 2020 model year and is due in 2022.", [("2022", "2022")]),
    ("The 2025 Camry became hybrid-only in 2024.", [("2024", "2024")]),
    ("The recall includes 2012-2013 Impreza sedans.", []),
    ("Owners of 2019 Ford Explorers will be notified.", []),
    ("In 2019 Ford cut 7,000 jobs.", [("2019", "2019")]),
    ("By 2030 Toyota aims to sell 3.5 million electric vehicles.", [("2030", "2030")]),
    ("Toyota is recalling some 2019-21 Tacoma pickups.", []),
    ("The recall covers model-year 2020 and 2021 vehicles.", []),
    ("The air bags were installed in model-year 2015-17 vehicles.", []),
    ("Sales of model years 2019-21 rose in 2022.", [("2022", "2022")]),
    # the last of the model years a rule names is one too
    ("The standard covers model years 2027 through 2032, the agency said in 2024.", [("2024", "2024")]),
    ("It applies to model years 2027 and 2028.", []),
    ("It affects the 2018 through 2020 model years, the agency said in 2023.", [("2023", "2023")]),
    # a make or model that is also a person's or a place's name counts only with its model
    ("Dodge recalled some 2020 Dodge Chargers and 2021 Tesla Model 3 sedans.", []),
    ("The 1974 Ford pardon of Nixon still divides historians.", [("1974", "1974")]),
    ("Survivors of the 2011 Tucson shooting met the governor.", [("2011", "2011")]),
    ("The 2018 Malibu fire destroyed 1,600 buildings.", [("2018", "2018")]),
    ("The 1860 Lincoln campaign relied on newspapers.", [("1860", "1860")]),
    # classic makes at collector-car sales
    ("A 1963 Ferrari 250 GTO sold for $48.4 million in 2018.", [("2018", "2018")]),
    ("The 1937 Bugatti Type 57 and a 1959 Aston Martin DB4 lead the sale.", []),
    # a year before "model" or "models" is a model year, unless it is a model of something
    ("The car will be sold as a 1990 model, and cars sold this year are 1986 models.", [("this year", "2021")]),
    ("The 2022 model sold out in January.", [("January", "2021-01")]),
    ("In 2019 models of the economy failed.", [("2019", "2019")]),
    ("It follows the 2008 model of bank rescues.", [("2008", "2008")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MODEL_YEARS, ids=[c[0] for c in MODEL_YEARS])
def test_a_model_year_is_not_a_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text(sentence, DCT)
    assert [(e.text, e.value) for e in doc.expressions] == expected


@pytest.mark.parametrize("sentence", [
    "The minister said on Tuesday that winter payments would rise.",
    "Officials announced last week that summer hours would end.",
])
def test_that_opening_what_was_said_does_not_point_back(sentence: str) -> None:
    """After a reporting verb and its day, "that" opens a clause: no "that winter"."""
    texts = [e.text.lower() for e in parse_text(sentence, DCT).expressions]
    assert not any(text.startswith("that ") for text in texts), texts


def test_those_days_without_in_points_back_to_days_told() -> None:
    """ "those days" names a past only after "in"; else it is the days just counted."""
    texts = [e.text for e in parse_text("We sailed on Monday and Tuesday. Those days were calm.",
                                        DCT).expressions]
    assert texts == ["Monday", "Tuesday"], texts


def test_a_game_half_played_on_a_weekday_is_not_a_half_year() -> None:
    texts = [e.text for e in parse_text("Kansas erased a 15-point deficit in the second half "
                                        "Saturday to beat Villanova.", DCT).expressions]
    assert texts == ["Saturday"], texts


def test_a_part_of_the_day_joined_to_a_habit_is_not_a_time() -> None:
    texts = [e.text for e in parse_text("The bus will run every 15 minutes during the morning "
                                        "and evening commute.", DCT).expressions]
    assert "evening" not in texts, texts


@pytest.mark.parametrize("sentence", ["Pharmacies are open every day of the week.",
                                      "The shelter serves meals every day of the year."])
def test_every_day_of_the_week_is_a_set_not_this_week(sentence: str) -> None:
    assert [e.text for e in parse_text(sentence, DCT).expressions] == ["every day"]


def test_a_start_to_a_year_is_no_length() -> None:
    # "its worst start to a year since 2018": the opening weeks of a year, compared with earlier ones
    doc = parse_text("Bitcoin is on track for its worst start to a year since 2018.", DCT)
    assert [e.text for e in doc.expressions] == ["2018"]


def test_the_month_since_a_year_after_for_is_no_length() -> None:
    # "the lowest level for the month since 2013": March compared with earlier Marches
    doc = parse_text("Sales in March fell to their lowest level for the month since 2013.", DCT)
    assert [e.text for e in doc.expressions] == ["March", "2013"]


@pytest.mark.parametrize("sentence", [
    "Police were on alert in the week ahead of the vote.",
    "The bridge opened a week ahead of schedule.",
])
def test_a_week_ahead_of_something_is_no_coming_week(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert all("ahead" not in e.text for e in doc.expressions)


@pytest.mark.parametrize("sentence", [
    "Traffic was heavy the day before and after the storm.",
    "Crowds came the night before and the night after the vote.",
    "He flew in the day before and the day of the race.",
])
def test_a_day_before_shared_with_after_or_of_is_not_the_day_before(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert all("before" not in e.text for e in doc.expressions)


@pytest.mark.parametrize("sentence", [
    "The temple fair is held on the third day of the Lunar New Year.",
    "Shops reopen on the fourth day of the new year.",
])
def test_a_day_counted_in_a_new_year_is_no_day_of_a_run(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert all(not e.text.endswith(" day") for e in doc.expressions)


def test_seconds_back_in_a_race_are_a_gap_not_a_time_ago() -> None:
    doc = parse_text("Landis finished 57 seconds back in third.", "2006-07-25")
    assert [(x.text, x.value) for x in doc.expressions] == [("57 seconds", "PT57S")]


def test_a_decimal_number_of_hours_is_a_length_not_a_clock_time() -> None:
    doc = parse_text("The drug works within 1.25 hours.", "2020-01-01")
    assert [(x.text, x.type.value, x.value) for x in doc.expressions] == [
        ("1.25 hours", "DURATION", "PT1H15M")]
@pytest.mark.parametrize(("sentence", "future"), [
    ("Scientists hope that one day robots could clean the oceans.", True),
    ("He said that one day, a farmer found a gold coin in the field.", False),
])
def test_one_day_after_that_is_some_future_day_only_before_a_modal(sentence: str,
                                                                   future: bool) -> None:
    doc = parse_text(sentence, DCT)
    values = [e.value for e in doc.expressions if e.text.lower() == "one day"]
    assert (values == ["FUTURE_REF"]) is future


@pytest.mark.parametrize(("sentence", "year"), [
    ("Yields of the 2021 winter wheat crop fell.", "2021"),
    ("Tickets for the 2022 Winter Olympics sold out.", "2022"),
])
def test_a_season_naming_a_thing_after_its_year_is_only_the_year(sentence: str, year: str) -> None:
    doc = parse_text(sentence, DCT)
    assert [e.text for e in doc.expressions] == [year]


@pytest.mark.parametrize(("sentence", "span"), [
    ("The route returns in the summer 2023 schedule.", "summer 2023"),
    ("Fares rise when the winter 2024 timetable starts.", "winter 2024"),
    ("The route returns in the fall 2023 schedule.", "fall 2023"),
    ("The ferry runs more often in the summer 2023.", "the summer 2023"),
])
def test_the_before_a_season_and_year_naming_a_schedule_is_the_schedule_s(sentence: str,
                                                                          span: str) -> None:
    doc = parse_text(sentence, DCT)
    assert [e.text for e in doc.expressions] == [span]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # "most recently" before the date it orders is the last time, no time of its own
        ("Floods have hit the town three times, most recently in 2011.", ["2011"]),
        ("Two doctors were killed, most recently last October.", ["last October"]),
        ("The dam has burst twice, most recently four years ago.", ["four years ago"]),
        ("The cup has changed hands often, most recently a decade ago.", ["a decade ago"]),
        # so before a bare weekday or "over", and before the length of that last time
        ("The site has crashed four times, most recently Thursday.", ["Thursday"]),
        ("The network has failed often, most recently over the weekend.", ["the weekend"]),
        ("The app has failed twice, most recently for six hours last Thursday.",
         ["six hours", "last Thursday"]),
        ("The site went down often, most recently for about 40 minutes on Friday.",
         ["40 minutes", "Friday"]),
        ("She has moved jobs, most recently a partner at a firm.", ["recently"]),
        ("He has played for five clubs, most recently for Leeds.", ["recently"]),
        # alone it is the recent past
        ("Most recently, she ran the agency.", ["recently"]),
    ],
)
def test_most_recently_before_a_date_is_no_time(text: str, spans: list[str]) -> None:
    assert [e.text for e in parse_text(text, dt.date(2020, 2, 2)).expressions] == spans


@pytest.mark.parametrize("sentence", [
    "He was invited in 2019 to present the award.",
    "From 2012 to present evidence of fraud was hard.",
])
def test_the_verb_present_after_a_year_is_no_present(sentence: str) -> None:
    doc = parse_text(sentence, DCT)
    assert "present" not in [e.text for e in doc.expressions]


def test_a_share_after_a_weekday_is_no_day_of_a_month() -> None:
    doc = parse_text("On Saturday 2/3 of the members voted.", DCT)
    assert [e.text for e in doc.expressions] == ["Saturday"]


@pytest.mark.parametrize(("sentence", "month"), [
    ("Net profit rose in the April-September first half.", "September"),
    ("Operating profit in the October-December third quarter fell.", "October-December"),
    ("sales fell in september first half", "september"),
])
def test_a_half_or_quarter_numbered_after_a_month_is_no_day_of_it(sentence: str,
                                                                   month: str) -> None:
    texts = [e.text for e in parse_text(sentence, DCT).expressions]
    assert month in texts, texts
    assert not any(text.startswith(f"{month} ") for text in texts), texts


def test_a_date_someone_went_on_is_no_day() -> None:
    doc = parse_text("She said that date went well.", DCT)
    assert [e.text for e in doc.expressions] == []


def test_an_initial_stretch_keeps_its_article() -> None:
    doc = parse_text("Checks will run for an initial six months.", DCT)
    assert [(e.text, e.value) for e in doc.expressions] == [("an initial six months", "P6M")]


def test_an_age_in_thousands_of_years_is_no_length() -> None:
    doc = parse_text("The trees are thousands of years old.", DCT)
    assert [e.text for e in doc.expressions] == []


@pytest.mark.parametrize(("sentence", "value"), [
    # a figure for today set against a year a decade or more away: the level nowadays
    ("One in four will be over 65 by 2050, up from one in six today.", "PRESENT_REF"),
    ("The population will grow from 8 billion today to 10 billion by 2050.", "PRESENT_REF"),
    ("Only 9 percent smoked in 1990, compared with 12 percent today.", "PRESENT_REF"),
    ("Spending will climb from 5 percent of national income today to 7 percent by 2070.",
     "PRESENT_REF"),
    ("The share rises from 29 percent of total outlays today to 33 percent by 2060.", "PRESENT_REF"),
    # against a day or a recent year it stays the day
    ("Shares rose to $48 today, up from $45 on Monday.", "2021-12-09"),
    ("The index fell to 3,400 today from 3,500 in 2020.", "2021-12-09"),
])
def test_today_dating_a_figure_set_against_a_far_year(sentence: str, value: str) -> None:
    doc = parse_text(sentence, DCT)
    assert [e.value for e in doc.expressions if e.text == "today"] == [value]


@pytest.mark.parametrize("sentence", [
    "Venture firms raised more money in the 2010s than in any previous decade.",
    "Sales were higher than in any previous year.",
])
def test_any_previous_unit_is_a_comparison_not_a_date(sentence: str) -> None:
    # "any previous decade" is every decade before, no one decade of its own
    texts = [e.text for e in parse_text(sentence, DCT).expressions]
    assert not any("previous" in t for t in texts), texts


@pytest.mark.parametrize(("sentence", "length"), [
    ("The new analysis extends the follow-up to seven years.", "seven years"),
    ("In the run-up to two weeks of talks, envoys met in Geneva.", "two weeks"),
])
def test_up_ending_a_hyphenated_noun_is_no_bound_on_the_length(sentence: str,
                                                               length: str) -> None:
    # "follow-up to seven years" is seven years, not "up to seven years" (at most seven)
    doc = parse_text(sentence, DCT)
    assert [(e.text, e.mod) for e in doc.expressions] == [(length, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The board wants classes to start an hour earlier next fall.",
     [("an hour", "PT1H", None), ("next fall", "2022-FA", None)]),
    ("Shops will close two hours later next week.",
     [("two hours", "PT2H", None), ("next week", "2021-W50", None)]),
    # with no length before it, "later" is still the end of the period
    ("The results are due later next year.", [("later next year", "2022", "END")]),
])
def test_a_comparative_after_a_length_goes_with_the_length(
        sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    # "an hour earlier next fall" is how much earlier, not the early part of the fall
    doc = parse_text(sentence, DCT)
    assert [(e.text, e.value, e.mod) for e in doc.expressions] == expected


@pytest.mark.parametrize("sentence", [
    "Wait a minute. The story said the pool opens in June.",
    "\u201cWait a second,\u201d the reader wrote.",
])
def test_wait_a_minute_as_an_objection_is_no_length(sentence: str) -> None:
    texts = [e.text for e in parse_text(sentence, DCT).expressions]
    assert "a minute" not in texts and "a second" not in texts, texts


@pytest.mark.parametrize("sentence", [
    "His son kept the pictures for decades, selling one now and then to pay his bills.",
    "Every now and again a dealer would call.",
    "Now and then the family lent a painting to the museum.",
])
def test_now_and_then_is_from_time_to_time_not_the_present(sentence: str) -> None:
    texts = [e.text.lower() for e in parse_text(sentence, DCT).expressions]
    assert "now" not in texts, texts


@pytest.mark.parametrize("sentence", [
    "Hopper's \"Early Sunday Morning\" hangs in New York.",
    "The museum returned \"Sunday Morning\" to the heirs.",
    # a title's small words stay in lower case
    "The museum returned \"Saturday Night in Paris\" to the heirs.",
])
def test_a_quoted_title_naming_a_weekday_is_no_day(sentence: str) -> None:
    assert parse_text(sentence, DCT).expressions == [], sentence


@pytest.mark.parametrize(("sentence", "text"), [
    ("\"Early Sunday morning we left,\" he said.", "Early Sunday morning"),
    ("\"Sunday morning we left,\" he said.", "Sunday morning"),
])
def test_a_quoted_sentence_keeps_its_weekday(sentence: str, text: str) -> None:
    assert [e.text for e in parse_text(sentence, DCT).expressions] == [text]


@pytest.mark.parametrize("sentence", [
    "White smoke rose at 6:07 p.m., on the second day of the conclave.",
    "Black smoke appeared at 7:41 p.m. on the third day of voting.",
])
def test_a_clock_time_on_a_day_counted_in_a_run_keeps_both_tags(sentence: str) -> None:
    """ "6:07 p.m. on the second day of the conclave": the time of that day, the day its own tag."""
    found = [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions]
    assert len(found) == 2, found
    assert found[0][1] is TIME and found[0][2].startswith("2021-12-09T"), found
    assert found[1][0].endswith("day") and found[1][1:] == (DATE, "2021-12-09"), found


@pytest.mark.parametrize("sentence", [
    "Brady retired for 40 days earlier this year.",
    "The panel heard evidence over several weeks earlier this year.",
])
def test_a_length_gone_on_before_earlier_this_year_keeps_both(sentence: str) -> None:
    """ "for 40 days earlier this year": how long, then when; "earlier" opens the second."""
    found = [(e.text, e.type) for e in parse_text(sentence, DCT).expressions]
    assert found[-1] == ("earlier this year", DATE), found
    assert found[0][1] is DURATION, found


def test_a_length_before_earlier_says_how_much_earlier() -> None:
    """ "an hour earlier next fall": "earlier" goes with the length, not with the season."""
    found = [e.text for e in parse_text("Classes will start an hour earlier next fall.",
                                        DCT).expressions]
    assert found == ["an hour", "next fall"], found


@pytest.mark.parametrize(("sentence", "expected"), [
    # "a day trip" is a kind of outing, not a length
    ("The pope travels to Verona Saturday, three weeks after a day trip to Venice.",
     ["Saturday", "three weeks"]),
    ("Families came home after a day-trip to the coast.", []),
    # a day told as how long still is one
    ("The visit came after a day of talks.", ["a day"]),
])
def test_a_day_trip_is_no_length(sentence: str, expected: list[str]) -> None:
    found = [e.text for e in parse_text(sentence, DCT).expressions]
    assert found == expected, found


def test_an_ordinal_ranking_a_report_in_its_series_is_no_day() -> None:
    doc = parse_text("The report, the 14th in the series, came 10 days before the summit.", DCT)
    assert [e.text for e in doc.expressions] == ["10 days"]


def test_a_turn_of_the_century_house_is_no_date() -> None:
    doc = parse_text("They lived in a turn-of-the-century house until 2019.", DCT)
    assert [e.text for e in doc.expressions] == ["2019"]


def test_a_title_before_a_surname_keeps_the_weekday_after_it() -> None:
    doc = parse_text("Commissioner Olson Tuesday approved the rate increase.", dt.date(2023, 6, 8))
    assert [(e.text, e.value) for e in doc.expressions] == [("Tuesday", "2023-06-06")]


def test_a_season_of_a_show_is_no_recurrence() -> None:
    doc = parse_text("She has watched every season of the show twice.", DCT)
    assert [e.text for e in doc.expressions if "season" in e.text] == []



def test_the_length_of_each_show_is_no_recurrence() -> None:
    doc = parse_text("Each half-hour edition is repeated, and each hour-long show takes a day.", DCT)
    assert [(e.text, e.type, e.value) for e in doc.expressions] == [
        ("half-hour", DURATION, "PT30M"), ("hour-long", DURATION, "PT1H"), ("a day", DURATION, "P1D")]


def test_all_month_or_all_year_is_a_length_of_time_not_a_year_round_schedule() -> None:
    spans = {e.text: (e.type, e.value) for e in parse_text(
        "The road was shut all month, and she promised to be good all year.", DCT).expressions}
    assert spans == {"all month": (DURATION, "P1M"), "all year": (DURATION, "P1Y")}
    assert not parse_text("The kiosk is open all year round.", DCT).expressions


@pytest.mark.parametrize("sentence", [
    "The future USS John F. Kennedy was floated out of her dry dock.",
    "Crowds cheered as the future HMAS Stalwart left the dock.",
    "The yard began work on the future flagship in March.",
])
def test_the_future_before_a_ship_not_yet_commissioned_is_no_time(sentence: str) -> None:
    assert [e.text for e in parse_text(sentence, DCT).expressions if e.value == "FUTURE_REF"] == []


@pytest.mark.parametrize("sentence", [
    "The bomber was lost in the final months of the war.",
    "Aides quarrelled during the last days of the campaign.",
    "Bids rose from $100 to over $60 million in the final minutes.",
])
def test_the_closing_stretch_of_an_event_is_no_length_of_time(sentence: str) -> None:
    assert parse_text(sentence, DCT).expressions == []


def test_the_opening_stretch_and_the_days_just_past_stay_lengths() -> None:
    found = [(e.text, e.type, e.value) for e in parse_text(
        "Thousands fled in the first days of the offensive, and prices rose over the last days.",
        DCT).expressions]
    assert found == [("the first days", DURATION, "PXD"), ("the last days", DURATION, "PXD")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Takahanada won the New Year Grand Sumo Tournament in Tokyo.", []),
    ("He will be promoted after the New Year tournament in January.", ["January"]),
    ("The Vienna Philharmonic plays the New Year Concert again.", []),
])
def test_a_meet_or_a_show_named_after_the_new_year_is_no_date(sentence: str,
                                                               found: list[str]) -> None:
    assert [e.text for e in parse_text(sentence, DCT).expressions] == found


def test_the_new_year_on_its_own_stays_the_year_ahead() -> None:
    found = [(e.text, e.value) for e in parse_text("Talks will resume in the new year.",
                                                   DCT).expressions]
    assert found == [("the new year", "2022")]


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Royal Mail issued its Christmas stamps on Tuesday.", [("Tuesday", DATE, "2021-12-07")]),
    ("The Postal Service asked Congress to let it end Saturday deliveries.",
     [("Saturday", SET, "XXXX-WXX-6")]),
    ("Saturday delivery began in 1863.", [("Saturday", SET, "XXXX-WXX-6"), ("1863", DATE, "1863")]),
    ("Saturday deliveries were delayed by the snow.", [("Saturday", DATE, "2021-12-04")]),
    ("There will be no Saturday delivery this week.",
     [("Saturday", DATE, "2021-12-11"), ("this week", DATE, "2021-W49")]),
])
def test_the_post_s_stamps_and_weekday_delivery(sentence: str,
                                                found: list[tuple[str, TimexType, str]]) -> None:
    assert [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Transfers at the base will continue through the rest of the week.",
     [("the rest of the week", DATE, "2021-W49")]),
    ("The ship will stay in port for the remainder of the week.",
     [("the remainder of the week", DATE, "2021-W49")]),
    ("Flags will fly at half-staff for the rest of December.",
     [("the rest of December", DATE, "2021-12")]),
    ("Tours were cancelled for the rest of the month.",
     [("the rest of the month", DATE, "2021-12")]),
    # a year keeps "the rest of" outside its span
    ("The unit will stay in Kuwait the rest of the year.", [("the year", DATE, "2021")]),
])
def test_the_rest_of_a_week_or_month_joins_its_span(
        sentence: str, found: list[tuple[str, TimexType, str]]) -> None:
    assert [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions] == found


def test_a_title_of_the_year_given_since_a_date_is_no_length() -> None:
    # "a word of the year since 2006": a title given each year, not a year-long stretch
    doc = parse_text("The dictionary has named a word of the year since 2006.", DCT)
    assert [(e.text, e.value) for e in doc.expressions] == [("2006", "2006")]
    # "the year since" on its own is still one year from the event
    doc = parse_text("In the year since the flood, 40 homes were rebuilt.", DCT)
    assert [(e.text, e.value) for e in doc.expressions] == [("the year", "P1Y")]


@pytest.mark.parametrize(("sentence", "found"), [
    # a bare hour after a recurring part of the day is the clock time of the habit
    ("Supporters held a vigil outside the prison every evening at 6.",
     [("every evening at 6", SET, "XXXX-XX-XXT18:00")]),
    ("Those who gathered every evening at 7 said they would stay.",
     [("every evening at 7", SET, "XXXX-XX-XXT19:00")]),
    ("The strikers met each morning at 8 to vote.",
     [("each morning at 8", SET, "XXXX-XX-XXT08:00")]),
    # not an hour the part cannot hold, nor a count after it
    ("Every morning at 3, the baby woke.", [("Every morning", SET, "XXXX-XX-XXTMO")]),
    ("The band plays every night at 8 venues.", [("every night", SET, "XXXX-XX-XXTNI")]),
    ("Negotiators met every morning at 8 in the Green Room.",
     [("every morning", SET, "XXXX-XX-XXTMO")]),
])
def test_the_hour_of_a_daily_habit_joins_its_set(
        sentence: str, found: list[tuple[str, TimexType, str]]) -> None:
    assert [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions] == found


@pytest.mark.parametrize("sentence", [
    "The state's winter moratorium on shutoffs ends March 31.",
    "Utilities must follow the winter disconnection rules until spring.",
    "The winter shutoff protection covers low-income customers.",
    "Ontario's winter disconnection ban ends April 30.",
])
def test_a_utility_winter_rule_is_no_season(sentence: str) -> None:
    found = [e.text for e in parse_text(sentence, DCT).expressions]
    assert not any("winter" in text.lower() for text in found), found


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("The changes take effect as of the close of May 28.", "May 28", "2022-05-28"),
    ("Holders at the end of June 30, 2020 qualify for the payout.", "June 30, 2020", "2020-06-30"),
])
def test_a_day_after_the_close_of_its_month_is_the_day(sentence: str, span: str,
                                                        value: str) -> None:
    found = [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions]
    assert found == [(span, DATE, value)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # two ordinals joined before a noun count tees or holes, and the tee time keeps its day
    ("The first groups go off the 1st and 10th tees at 6:50 a.m.",
     [("6:50 a.m.", TIME, "2021-12-09T06:50")]),
    ("Players started on the 1st and 10th holes because of the delay.", []),
    # two ordinals alone are still days of the month
    ("The fair runs on the 14th and 15th.", [("the 14th", DATE, "2021-12-14")]),
])
def test_ordinals_before_a_noun_count_things_not_days(sentence: str,
                                                      expected: list[tuple[str, TimexType, str]]
                                                      ) -> None:
    found = [(e.text, e.type, e.value) for e in parse_text(sentence, DCT).expressions]
    assert found == expected
