using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Testing;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// The shared training offer through its pages and API: search, booking, the waiting list, cancellation, attendance
/// into training records and certificates, and who may do what.
/// </summary>
public sealed class BookingTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private Task<(int CourseId, int SessionId)> CourseAsync(int capacity, string title) =>
        app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, capacity, title));

    private Task<List<Booking>> BookingsAsync(int sessionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).OrderBy(b => b.Id).ToListAsync());

    private Task<int> PlacesTakenAsync(int sessionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().CourseSessions.Where(x => x.Id == sessionId).Select(x => x.PlacesTaken).SingleAsync());

    [Fact]
    public async Task The_demo_offer_is_searchable_by_filter_on_the_page_and_the_api()
    {
        var anyone = app.CreateClient();
        var all = await anyone.GetStringAsync("/training");
        Assert.Matches("[0-9,]+ sessions", all);
        var safeguarding = await anyone.GetStringAsync("/training?Topic=safeguarding");
        Assert.Contains("Safeguarding children: working together", safeguarding);
        Assert.DoesNotContain("Paediatric first aid (12 hours)", safeguarding);
        var evenings = await anyone.GetStringAsync("/training?When=evening&Topic=common-core");
        Assert.DoesNotContain("Designated safeguarding lead", evenings);

        using var json = JsonDocument.Parse(await anyone.GetStringAsync("/api/v1/courses?topic=safeguarding&area=E99999999&pageSize=50"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 3);
        Assert.All(items, c => Assert.Equal("safeguarding", c.GetProperty("topic").GetString()));
        Assert.All(items, c => Assert.NotEmpty(c.GetProperty("sessions").EnumerateArray()));
        using var evening = JsonDocument.Parse(await anyone.GetStringAsync("/api/v1/courses?evening=true&pageSize=200"));
        Assert.All(evening.RootElement.GetProperty("items").EnumerateArray().SelectMany(c => c.GetProperty("sessions").EnumerateArray()),
            s => Assert.True(s.GetProperty("evening").GetBoolean()));

        var bad = await anyone.GetAsync("/api/v1/courses?tier=everyone&from=27/3/2027&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("universal", errors.GetProperty("tier")[0].GetString());
        Assert.Contains("YYYY-MM-DD", errors.GetProperty("from")[0].GetString());
        Assert.True(errors.TryGetProperty("pageSize", out _));
        var page = await anyone.GetAsync("/training?Tier=everyone");
        Assert.Contains("Select universal, targeted or specialist", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_practitioner_books_gets_a_confirmation_with_a_calendar_file_and_cannot_book_twice()
    {
        var (courseId, sessionId) = await CourseAsync(5, "Practitioner books once");
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        var book = await Browser.SubmitAsync(practitioner, $"/training/sessions/{sessionId}/book", ("For", "self"), ("Name", "Pat Practitioner"), ("Email", "pat@example.org"));
        Assert.Equal(HttpStatusCode.Redirect, book.StatusCode);
        var done = await practitioner.GetStringAsync(book.Headers.Location!.OriginalString);
        Assert.Contains("Place booked", done);
        Assert.Contains("Practitioner books once", done);
        var mail = app.Mails().Last(m => m.Contains("Practitioner books once"));
        Assert.Contains("Booking confirmed", mail);
        Assert.Contains("text/calendar", mail);

        var again = await Browser.SubmitAsync(practitioner, $"/training/sessions/{sessionId}/book", ("For", "self"), ("Name", "Pat Practitioner"), ("Email", ""));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Pat Practitioner already has a place on this session", await again.Content.ReadAsStringAsync());
        Assert.Single(await BookingsAsync(sessionId));
        Assert.Equal(1, await PlacesTakenAsync(sessionId));

        var calendar = await app.CreateClient().GetAsync($"/training/sessions/{sessionId}/calendar.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"UID:session-{sessionId}@", await calendar.Content.ReadAsStringAsync());
        Assert.Contains($"/training/courses/{courseId}", await practitioner.GetStringAsync("/training/bookings"));
    }

    [Fact]
    public async Task A_bad_booking_form_names_each_field()
    {
        var (_, sessionId) = await CourseAsync(5, "Bad booking form");
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var sent = await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", "NOBODY-999"), ("Name", ""), ("Email", "not-an-email"));
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("Select the person from your organisation's staff list", html);
        Assert.Contains("Enter the name to show the trainer", html);
        Assert.Contains("Enter an email address in the correct format", html);
        Assert.Empty(await BookingsAsync(sessionId));
    }

    [Fact]
    public async Task A_full_session_puts_people_on_the_waiting_list_and_a_cancellation_promotes_exactly_the_first_of_them()
    {
        var (_, sessionId) = await CourseAsync(2, "Two places");
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "WAIT", 4));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        foreach (var worker in workers)
        {
            var sent = await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", worker.StaffReference), ("Email", $"{worker.StaffReference}@example.org"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        var bookings = await BookingsAsync(sessionId);
        Assert.Equal([Status.Booked, Status.Booked, Status.Waiting, Status.Waiting], bookings.Select(b => b.Status));
        Assert.Contains("Waiting list: Two places", app.Mails().Last(m => m.Contains("WAIT-004")));

        var cancel = await Browser.SubmitAsync(manager, $"/training/bookings?handler=Cancel&booking={bookings[0].Id}", [], "/training/bookings");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("place given to the next person", await manager.GetStringAsync(cancel.Headers.Location!.OriginalString));
        var after = await BookingsAsync(sessionId);
        Assert.Equal([Status.Cancelled, Status.Booked, Status.Booked, Status.Waiting], after.Select(b => b.Status));
        Assert.Equal(2, await PlacesTakenAsync(sessionId));
        Assert.Contains("A place has come up: Two places", app.Mails().Last(m => m.Contains("WAIT-003")));

        // Leaving the waiting list frees no place; cancelling with nobody waiting gives the place back.
        await Browser.SubmitAsync(manager, $"/training/bookings?handler=Cancel&booking={after[3].Id}", [], "/training/bookings");
        Assert.Equal(2, await PlacesTakenAsync(sessionId));
        await Browser.SubmitAsync(manager, $"/training/bookings?handler=Cancel&booking={after[1].Id}", [], "/training/bookings");
        Assert.Equal(1, await PlacesTakenAsync(sessionId));
        // Booking again after a cancellation reuses the person's row and takes the free place.
        await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", "WAIT-001"), ("Name", "WAIT-001"), ("Email", ""));
        Assert.Equal(Status.Booked, (await BookingsAsync(sessionId)).Single(b => b.Id == after[0].Id).Status);
        Assert.Equal(2, await PlacesTakenAsync(sessionId));
    }

    [Fact]
    public async Task Attendance_gives_a_certificate_anyone_can_check_and_a_training_record_with_its_expiry()
    {
        var (_, sessionId) = await CourseAsync(5, "Attendance counts");
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "ATT", 2));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        foreach (var worker in workers)
        {
            await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", $"Person {worker.StaffReference}"), ("Email", ""));
        }
        var provider = await Browser.SignedInClientAsync(app, "provider@demo.example.org");
        var early = await Browser.SubmitAsync(provider, $"/training/sessions/{sessionId}/register", [], $"/training/sessions/{sessionId}/register");
        Assert.Contains("Attendance can be marked once the session has started", await early.Content.ReadAsStringAsync());

        await app.WithScopeAsync(s => TrainingData.StartSessionAsync(s, sessionId));
        var bookings = await BookingsAsync(sessionId);
        var marked = await Browser.SubmitAsync(provider, $"/training/sessions/{sessionId}/register", [new("Attended", bookings[0].Id.ToString())], $"/training/sessions/{sessionId}/register");
        Assert.Contains("1 attended, 1 did not. 1 training record added", await marked.Content.ReadAsStringAsync());

        var after = await BookingsAsync(sessionId);
        Assert.Equal(Status.Attended, after[0].Status);
        Assert.Equal(Status.Absent, after[1].Status);
        Assert.Null(after[1].CertificateCode);
        var record = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().TrainingRecords.AsNoTracking().SingleAsync(t => t.Id == after[0].TrainingRecordId));
        Assert.Equal("ATT-001", record.StaffReference);
        Assert.Equal("safeguarding", record.Topic);
        Assert.Equal("2", record.SafeguardingLevel);
        Assert.Equal(record.CompletedOn.AddYears(3), record.ExpiresOn);

        // Marking again changes nothing more: same code, no second record.
        await Browser.SubmitAsync(provider, $"/training/sessions/{sessionId}/register", [new("Attended", bookings[0].Id.ToString())], $"/training/sessions/{sessionId}/register");
        Assert.Equal(after[0].CertificateCode, (await BookingsAsync(sessionId))[0].CertificateCode);
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().TrainingRecords.CountAsync(t => t.StaffReference == "ATT-001")));

        // The manager sees it on their team's records and the person's page; another organisation's manager cannot.
        var team = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/records"));
        Assert.Contains("ATT-001", team);
        var person = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/records?Staff=ATT-001"));
        Assert.Contains("Attendance counts", person);
        Assert.Contains($"In date until {record.ExpiresOn!.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", person);
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync("/training/records?Staff=ATT-001")).StatusCode);
        Assert.DoesNotContain("ATT-001", await otherManager.GetStringAsync("/training/records"));
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Contains("not linked to a record", await practitioner.GetStringAsync("/training/records?Staff=ATT-001"));
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().AuditEntries.AnyAsync(e => e.Action == "training-records-view")));

        var anyone = app.CreateClient(new() { AllowAutoRedirect = false });
        var check = await anyone.GetAsync($"/training/certificates?Code={after[0].CertificateCode!.Replace("-", " ").ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);
        var certificate = WebUtility.HtmlDecode(await anyone.GetStringAsync(check.Headers.Location!.OriginalString));
        Assert.Contains("Person ATT-001", certificate);
        Assert.Contains("Attendance counts", certificate);
        Assert.Contains("Refresh by", certificate);
        var wrong = WebUtility.HtmlDecode(await anyone.GetStringAsync("/training/certificates?Code=AAAA-BBBB-CCCC"));
        Assert.Contains("There is no certificate with this code", wrong);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/training/certificates/AAAA-BBBB-CCCC")).StatusCode);
    }

    [Fact]
    public async Task Only_a_courses_managers_see_its_register_and_change_it_and_people_see_only_their_own_bookings()
    {
        var (courseId, sessionId) = await CourseAsync(5, "Who may see");
        var otherWorkers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.YouthClubId, "YOUTH", 1));
        var nurseryWorkers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "MINE", 1));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", nurseryWorkers[0].StaffReference), ("Name", "Nursery person"), ("Email", ""));
        // A manager cannot book someone of another organisation.
        var other = await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", otherWorkers[0].StaffReference), ("Name", "x"), ("Email", ""));
        Assert.Contains("Select the person from your organisation", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        var booking = (await BookingsAsync(sessionId)).Single();

        var noRedirect = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient(noRedirect).GetAsync("/training/bookings")).StatusCode); // to sign in
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient(noRedirect).GetAsync($"/training/sessions/{sessionId}/book")).StatusCode);
        foreach (var (email, register, edit) in new[]
        {
            ("provider@demo.example.org", HttpStatusCode.OK, HttpStatusCode.OK),
            ("lead@demo.example.org", HttpStatusCode.OK, HttpStatusCode.OK),
            ("admin@demo.example.org", HttpStatusCode.OK, HttpStatusCode.OK),
            ("manager@demo.example.org", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            ("practitioner@demo.example.org", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (DemoAppFactory.OtherLeadEmail, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        })
        {
            var client = await Browser.SignedInClientAsync(app, email);
            Assert.True(register == (await client.GetAsync($"/training/sessions/{sessionId}/register")).StatusCode, $"{email} register");
            Assert.True(edit == (await client.GetAsync($"/training/courses/{courseId}/edit")).StatusCode, $"{email} edit");
            Assert.True(edit == (await client.GetAsync($"/training/courses/{courseId}/sessions/new")).StatusCode, $"{email} add session");
        }
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/training/manage")).StatusCode);
        Assert.DoesNotContain("Nursery person", await practitioner.GetStringAsync("/training/bookings"));
        var cancel = await Browser.SubmitAsync(practitioner, $"/training/bookings?handler=Cancel&booking={booking.Id}", [], "/training/bookings");
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.DoesNotContain("Nursery person", await otherManager.GetStringAsync("/training/bookings"));
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(otherManager, $"/training/bookings?handler=Cancel&booking={booking.Id}", [], "/training/bookings")).StatusCode);
        Assert.Equal(Status.Booked, (await BookingsAsync(sessionId)).Single().Status);
        Assert.Contains("Nursery person", await manager.GetStringAsync("/training/bookings"));
    }

    [Fact]
    public async Task A_provider_adds_a_course_and_a_session_and_bad_input_is_named_field_by_field()
    {
        var provider = await Browser.SignedInClientAsync(app, "provider@demo.example.org");
        var tp = await app.WithScopeAsync(s => TestData.OrganisationIdAsync(s, app.DemoAreaId, "TP600006"));
        var bad = await Browser.SubmitAsync(provider, "/training/courses/new", [new("Provider", tp.ToString()), new("Input.Title", ""), new("Input.Summary", "x"),
            new("Input.Topic", "first-aid"), new("Input.SafeguardingLevel", "3"), new("Input.Tier", "universal"), new("Input.AudienceWorkforce", "both"),
            new("Input.Delivery", "classroom"), new("Input.Cost", "£lots")], "/training/courses/new");
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter the course title", html);
        Assert.Contains("Only a safeguarding course has a safeguarding level", html);
        Assert.Contains("Enter the cost per place in pounds", html);

        var made = await Browser.SubmitAsync(provider, "/training/courses/new", [new("Provider", tp.ToString()), new("Input.Title", "Evening first aid refresher"),
            new("Input.Summary", "Three hours."), new("Input.Topic", "first-aid"), new("Input.SafeguardingLevel", ""), new("Input.Tier", "universal"),
            new("Input.AudienceWorkforce", "both"), new("Input.AudienceSectors", "early-years"), new("Input.CommonCoreAreas", "3"), new("Input.Delivery", "classroom"),
            new("Input.Cost", "25"), new("Input.FreeForVolunteers", "true")], "/training/courses/new");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var coursePath = made.Headers.Location!.OriginalString;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        var badSession = await Browser.SubmitAsync(provider, $"{coursePath}/sessions/new", [new("Date.Day", "31"), new("Date.Month", "2"), new("Date.Year", "2030"),
            new("Starts", "7pm"), new("Ends", "6pm"), new("Capacity", "many")], $"{coursePath}/sessions/new");
        var sessionHtml = WebUtility.HtmlDecode(await badSession.Content.ReadAsStringAsync());
        Assert.Contains("Enter the date of the session", sessionHtml);
        Assert.Contains("Enter the number of places", sessionHtml);
        Assert.Contains("Enter the venue", sessionHtml);
        var session = await Browser.SubmitAsync(provider, $"{coursePath}/sessions/new", [new("Date.Day", day.Day.ToString()), new("Date.Month", day.Month.ToString()),
            new("Date.Year", day.Year.ToString()), new("Starts", "6:30pm"), new("Ends", "9:30pm"), new("Venue", "Eastwick Community Hall"), new("Capacity", "12"),
            new("StepFreeAccess", "true"), new("BookingClosesDaysBefore", "2"), new("CancelDaysBefore", "3")], $"{coursePath}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        var course = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(coursePath));
        Assert.Contains("Evening first aid refresher", course);
        Assert.Contains("12 of 12 places left", course);
        Assert.Contains("£25 a place (free for volunteers", course);
        var evenings = await app.CreateClient().GetStringAsync("/training?When=evening&Q=first+aid+refresher");
        Assert.Contains("Evening first aid refresher", evenings);
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().AuditEntries.CountAsync(e => e.Action == "course-created" || e.Action == "course-session-added"));
        Assert.True(audit >= 2);
    }
}
