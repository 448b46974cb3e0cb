using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Partners;

/// <summary>
/// Workforce development events (seed 000's rolling programme of half-day workshops) on the training booking model: the
/// lead adds one and its date, it is listed with the area's events and not in the training search, people book it and
/// the register records who came.
/// </summary>
public sealed class EventTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_lead_adds_a_workshop_people_book_it_and_the_register_records_who_came()
    {
        var anonymous = app.CreateClient();
        var listed = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/events?Area=E99999999"));
        Assert.Contains("4 events coming up", listed); // demo load's rolling programme
        Assert.Contains("Private, voluntary and independent sector forum", listed);
        Assert.DoesNotContain("Private, voluntary and independent sector forum", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/training?Area=E99999999&Q=forum")));
        Assert.DoesNotContain("sector forum", await anonymous.GetStringAsync("/api/v1/courses?area=E99999999&q=forum"));
        var bad = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/events?Area=nowhere"));
        Assert.Contains("Choose an area from the list", bad);

        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        Assert.Contains("Add an event", await lead.GetStringAsync("/events"));
        var tp = await app.WithScopeAsync(s => TestData.OrganisationIdAsync(s, app.DemoAreaId, "TP600006"));
        var refused = await Browser.SubmitAsync(lead, "/training/courses/new", [new("Provider", tp.ToString()), new("Input.Kind", "party"), new("Input.Title", "Networking lunch")],
            "/training/courses/new?kind=event");
        Assert.Contains("Select whether it is a training course or a workforce development event", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var made = await Browser.SubmitAsync(lead, "/training/courses/new", [new("Provider", tp.ToString()), new("Input.Kind", "event"), new("Input.Title", "Joint recruitment road show planning"),
            new("Input.Summary", "Plan the spring road show together."), new("Input.Topic", "other"), new("Input.Tier", "universal"), new("Input.AudienceWorkforce", "both"),
            new("Input.Delivery", "classroom"), new("Input.Cost", "0")], "/training/courses/new?kind=event");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var coursePath = made.Headers.Location!.OriginalString;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var session = await Browser.SubmitAsync(lead, $"{coursePath}/sessions/new", [new("Date.Day", day.Day.ToString()), new("Date.Month", day.Month.ToString()),
            new("Date.Year", day.Year.ToString()), new("Starts", "9:30am"), new("Ends", "12:30pm"), new("Venue", "Northbridge Library"), new("Capacity", "2"),
            new("BookingClosesDaysBefore", "1"), new("CancelDaysBefore", "1")], $"{coursePath}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Contains("Joint recruitment road show planning", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/events?Area=E99999999")));

        var sessionId = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().CourseSessions
            .Where(x => x.Course!.Title == "Joint recruitment road show planning" && x.Course.Kind == Course.Event).Select(x => x.Id).SingleAsync());
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "EVT", 3));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        foreach (var worker in workers)
        {
            await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", worker.StaffReference), ("Email", ""));
        }
        var bookings = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Bookings.AsNoTracking()
            .Where(b => b.SessionId == sessionId).OrderBy(b => b.Id).ToListAsync());
        Assert.Equal([TrainingCodes.BookingStatus.Booked, TrainingCodes.BookingStatus.Booked, TrainingCodes.BookingStatus.Waiting], bookings.Select(b => b.Status));
        Assert.Contains("Full: join the waiting list", await anonymous.GetStringAsync("/events?Area=E99999999"));

        await app.WithScopeAsync(s => TrainingData.StartSessionAsync(s, sessionId));
        var register = $"/training/sessions/{sessionId}/register";
        var marked = await Browser.SubmitAsync(lead, register, [new("Attended", bookings[0].Id.ToString())], register);
        Assert.Contains("1 attended, 1 did not.", await marked.Content.ReadAsStringAsync());
    }
}
