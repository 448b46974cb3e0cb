using System.Text;
using OneWorkforce.Core.Training;

namespace OneWorkforce.UnitTests.Training;

/// <summary>Expiry, session timing, booking rules, iCalendar and the course and session forms.</summary>
public sealed class TrainingCalculationTests
{
    [Theory]
    [InlineData("safeguarding", "2024-02-29", "2027-02-28")] // three years on from a leap day ends on 28 February
    [InlineData("first-aid", "2026-03-10", "2029-03-10")]
    [InlineData("food-hygiene", "2025-01-01", "2028-01-01")]
    public void Training_runs_out_after_its_topics_refresh_period(string topic, string completed, string expires) =>
        Assert.Equal(DateOnly.Parse(expires), TrainingExpiry.ExpiresOn(topic, DateOnly.Parse(completed)));

    [Fact]
    public void Topics_without_a_refresh_period_do_not_expire_unless_a_period_is_set()
    {
        Assert.Null(TrainingExpiry.ExpiresOn("leadership", new DateOnly(2026, 1, 1)));
        Assert.Equal(new DateOnly(2028, 1, 1), TrainingExpiry.ExpiresOn("leadership", new DateOnly(2026, 1, 1), refreshYears: 2));
        Assert.Equal(new DateOnly(2027, 1, 1), TrainingExpiry.ExpiresOn("safeguarding", new DateOnly(2026, 1, 1), refreshYears: 1)); // an area's own period wins
    }

    [Fact]
    public void Evening_and_weekend_are_worked_out_in_uk_time_across_the_clock_change()
    {
        // 6pm in British Summer Time is 17:00 UTC; in winter 6pm is 18:00 UTC.
        var summer = SessionTiming.FromUk(new DateOnly(2026, 7, 7), new TimeOnly(18, 0));
        Assert.Equal(new DateTime(2026, 7, 7, 17, 0, 0, DateTimeKind.Utc), summer);
        Assert.True(SessionTiming.IsEvening(summer));
        var winterAfternoon = SessionTiming.FromUk(new DateOnly(2026, 12, 8), new TimeOnly(16, 30));
        Assert.Equal(new DateTime(2026, 12, 8, 16, 30, 0, DateTimeKind.Utc), winterAfternoon);
        Assert.False(SessionTiming.IsEvening(winterAfternoon));
        // Saturday 00:30 in summer is Friday 23:30 UTC: still a weekend session in the UK.
        var saturday = SessionTiming.FromUk(new DateOnly(2026, 7, 11), new TimeOnly(0, 30));
        Assert.Equal(DayOfWeek.Friday, saturday.DayOfWeek);
        Assert.True(SessionTiming.IsWeekend(saturday));
        // 1:30am on the night the clocks go forward does not exist: it moves on an hour.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), SessionTiming.FromUk(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }

    [Theory]
    [InlineData(9, 0, "9am")]
    [InlineData(18, 30, "6:30pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 15, "12:15pm")]
    public void Times_are_written_the_gov_uk_way(int hour, int minute, string shown) =>
        Assert.Equal(shown, SessionTiming.Clock(new DateTime(2026, 1, 1, hour, minute, 0)));

    private static CourseSession Session(DateTime starts) => new()
    {
        StartsAt = starts,
        EndsAt = starts.AddHours(3),
        Capacity = 10,
        BookingDeadline = DateOnly.FromDateTime(starts).AddDays(-3),
        CancellationDeadline = DateOnly.FromDateTime(starts).AddDays(-7),
    };

    [Fact]
    public void Booking_closes_after_its_deadline_and_never_opens_for_a_cancelled_or_started_session()
    {
        var session = Session(new DateTime(2027, 3, 20, 10, 0, 0, DateTimeKind.Utc));
        Assert.Null(BookingRules.WhyNotBookable(session, new DateTime(2027, 3, 17, 22, 0, 0, DateTimeKind.Utc))); // the deadline day itself
        Assert.Contains("closed on 17 March 2027", BookingRules.WhyNotBookable(session, new DateTime(2027, 3, 18, 9, 0, 0, DateTimeKind.Utc)));
        Assert.Contains("already started", BookingRules.WhyNotBookable(session, session.StartsAt));
        session.Cancelled = true;
        Assert.Contains("cancelled", BookingRules.WhyNotBookable(session, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        session.Cancelled = false;
        session.PlacesTaken = session.Capacity; // full: still bookable, onto the waiting list
        Assert.Null(BookingRules.WhyNotBookable(session, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_place_can_be_cancelled_until_the_cancellation_deadline_and_a_waiting_list_place_until_the_session()
    {
        var session = Session(new DateTime(2027, 3, 20, 10, 0, 0, DateTimeKind.Utc));
        var booked = new Booking { AttendeeKey = "u:1", AttendeeName = "A", BookedByUserId = "1", Status = TrainingCodes.BookingStatus.Booked };
        var waiting = new Booking { AttendeeKey = "u:2", AttendeeName = "B", BookedByUserId = "2", Status = TrainingCodes.BookingStatus.Waiting };
        var afterDeadline = new DateTime(2027, 3, 14, 9, 0, 0, DateTimeKind.Utc);
        Assert.Null(BookingRules.WhyNotCancellable(booked, session, new DateTime(2027, 3, 13, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Contains("last day to cancel was 13 March 2027", BookingRules.WhyNotCancellable(booked, session, afterDeadline));
        Assert.Null(BookingRules.WhyNotCancellable(waiting, session, afterDeadline));
        Assert.Contains("already taken place", BookingRules.WhyNotCancellable(waiting, session, session.StartsAt.AddMinutes(1)));
    }

    [Fact]
    public void The_calendar_file_escapes_text_folds_long_lines_at_75_octets_and_keeps_a_stable_uid()
    {
        var course = new Course { Title = "Safeguarding; level 2, working together", Summary = new string('é', 60) + "\nSecond line", Topic = "safeguarding", Tier = "targeted",
            AudienceWorkforce = "core", Delivery = "classroom" };
        var session = new CourseSession { Id = 42, StartsAt = new DateTime(2027, 3, 20, 10, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2027, 3, 20, 13, 0, 0, DateTimeKind.Utc), Venue = "Hall, Mill Lane" };
        var text = ICalendar.ForSession(session, course, "Demoshire Training Partnership", "Northbridge", new Uri("https://example.org/training/courses/7"), "example.org",
            new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.Contains("UID:session-42@example.org\r\n", text);
        Assert.Contains("DTSTART:20270320T100000Z\r\n", text);
        Assert.Contains("SUMMARY:Safeguarding\\; level 2\\, working together\r\n", text);
        Assert.Contains("LOCATION:Hall\\, Mill Lane\\, Northbridge\r\n", text);
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        // Unfolding gives back the description whole: no character cut in two.
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:" + new string('é', 60) + "\\nSecond line\\nProvided by", unfolded);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("45", 4500)]
    [InlineData("£1,045.50", 104550)]
    [InlineData("12.5", 1250)]
    [InlineData("", null)]
    [InlineData("-5", null)]
    [InlineData("12.345", null)]
    [InlineData("=1+1", null)]
    [InlineData("100001", null)]
    public void Costs_are_read_as_pounds(string typed, int? pence) => Assert.Equal(pence, CourseInput.CostPence(typed));

    [Theory]
    [InlineData("18:00", 18, 0)]
    [InlineData("6pm", 18, 0)]
    [InlineData("9.30am", 9, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("midday", 12, 0)]
    [InlineData("6 : 30 pm", 18, 30)]
    public void Times_are_read_as_people_type_them(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), SessionInput.ParseTime(typed));

    [Theory]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("9:5")]
    [InlineData("soon")]
    [InlineData("")]
    public void Times_that_are_not_times_are_refused(string typed) => Assert.Null(SessionInput.ParseTime(typed));

    [Fact]
    public void A_course_form_names_every_field_that_is_wrong()
    {
        var errors = new CourseInput { Title = new string('x', 201), Topic = "first-aid", SafeguardingLevel = "2", Tier = "everyone", Cost = "free",
            AudienceSectors = ["nowhere"], AudienceWorkforce = "both", Delivery = "classroom", Summary = "s" }.Validate("Input.");
        Assert.Equal("The course title must be 200 characters or fewer", errors.For("Input.Title"));
        Assert.Equal("Select universal, targeted or specialist", errors.For("Input.Tier"));
        Assert.StartsWith("Only a safeguarding course has a safeguarding level", errors.For("Input.SafeguardingLevel"));
        Assert.Equal("Enter the cost per place in pounds, like 0 or 45.50", errors.For("Input.Cost"));
        Assert.Equal("Select workforce sectors from the list", errors.For("Input.AudienceSectors"));
        Assert.Null(errors.For("Input.Delivery"));
    }

    [Fact]
    public void A_session_form_refuses_an_end_before_the_start_a_past_date_and_a_missing_venue_for_a_classroom()
    {
        var now = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var (session, errors) = new SessionInput { Day = "31", Month = "2", Year = "2027", Starts = "6pm", Ends = "5pm", Capacity = "0" }.Validate(now, classroom: true);
        Assert.Null(session);
        Assert.StartsWith("Enter the date of the session", errors.For("Day"));
        Assert.Equal("The end time must be after the start time", errors.For("Ends"));
        Assert.StartsWith("Enter the number of places", errors.For("Capacity"));
        Assert.StartsWith("Enter the venue", errors.For("Venue"));
        var past = new SessionInput { Day = "1", Month = "12", Year = "2026", Starts = "9am", Ends = "noon", Capacity = "10", Venue = "Hall" }.Validate(now, classroom: true);
        Assert.Equal("The session must be in the future", past.Errors.For("Day"));
        var (good, none) = new SessionInput { Day = "6", Month = "3", Year = "2027", Starts = "6:30pm", Ends = "9pm", Capacity = "20", Venue = "Hall",
            BookingClosesDaysBefore = "2", CancelDaysBefore = "5" }.Validate(now, classroom: true);
        Assert.False(none.Any);
        Assert.True(good!.IsWeekend); // 6 March 2027 is a Saturday
        Assert.True(good.IsEvening);
        Assert.Equal(new DateOnly(2027, 3, 4), good.BookingDeadline);
        Assert.Equal(new DateOnly(2027, 3, 1), good.CancellationDeadline);
    }

    [Fact]
    public void Certificate_codes_are_tidied_from_what_people_type()
    {
        Assert.Equal("ABCD-EFGH-2345", CertificateCodes.Normalise(" abcd efgh 2345 "));
        Assert.Null(CertificateCodes.Normalise("ABCD-EFGH"));
        Assert.Matches("^[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}$", CertificateCodes.New());
    }
}
