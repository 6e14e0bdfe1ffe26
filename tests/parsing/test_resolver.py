

def test_timetable_present_day_after_a_day_ahead_is_the_next_one() -> None:
    import datetime as dt

    from timeline_app.parsing import parse_text
    doc = parse_text("The relay begins in Victoria on Oct. 30 and ends at BC Place on Feb. 12.",
                     dt.date(2009, 4, 16))
    assert [e.value for e in doc.expressions] == ["2009-10-30", "2010-02-12"]
