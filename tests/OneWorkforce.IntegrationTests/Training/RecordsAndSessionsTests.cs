using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// Training records entered by hand with evidence, a provider calling a session off, and a manager linking an account
/// to a person's record: through the pages, with bad input named and who may do what.
/// </summary>
public sealed class RecordsAndSessionsTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [Fact]
    public async Task A_manager_enters_training_done_elsewhere_with_evidence_and_bad_input_names_each_field()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "HAND", 1));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        const string form = "/training/records/add?Staff=HAND-001";
        var future = DateTime.UtcNow.AddYears(1);
        var bad = await Browser.SubmitAsync(manager, form,
            [new("Staff", "HAND-001"), new("Title", new string('x', 201)), new("Topic", "safeguarding"), new("Level", ""),
             new("CompletedOn.Day", future.Day.ToString()), new("CompletedOn.Month", future.Month.ToString()), new("CompletedOn.Year", future.Year.ToString()),
             new("Evidence", ""), new("CoreAreas", "2")], form);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("200 characters or fewer", html);
        Assert.Contains("Choose the level of the safeguarding training", html);
        Assert.Contains("must be today or in the past", html);
        Assert.Contains("Say what shows the training was done", html);
        Assert.Contains("Common Core areas are only given for Common Core training", html);
        var notADate = await Browser.SubmitAsync(manager, form,
            [new("Staff", "HAND-001"), new("Title", "Paediatric first aid"), new("Topic", "first-aid"), new("CompletedOn.Day", "31"), new("CompletedOn.Month", "2"),
             new("CompletedOn.Year", "2025"), new("Evidence", "Certificate 123")], form);
        Assert.Contains("must be a real date", WebUtility.HtmlDecode(await notADate.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).TrainingRecords.CountAsync(t => t.StaffReference == "HAND-001")));

        var good = await Browser.SubmitAsync(manager, form,
            [new("Staff", "HAND-001"), new("Title", "Safeguarding level 2 (county course)"), new("Topic", "safeguarding"), new("Level", "2"),
             new("CompletedOn.Day", "3"), new("CompletedOn.Month", "2"), new("CompletedOn.Year", "2025"), new("Provider", "County Council"),
             new("Evidence", "Certificate SG2-0042 seen by the manager")], form);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(good.Headers.Location!.OriginalString));
        Assert.Contains("Added: Safeguarding level 2 (county course).", page);
        Assert.Contains("Evidence: Certificate SG2-0042 seen by the manager", page);
        var record = await app.WithScopeAsync(s => Db(s).TrainingRecords.AsNoTracking().SingleAsync(t => t.StaffReference == "HAND-001"));
        Assert.Equal(new DateOnly(2028, 2, 3), record.ExpiresOn);
        Assert.Equal(workers[0].Id, record.WorkerId);
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "training-record-add" && e.EntityId == workers[0].Id.ToString())));
        var twice = await Browser.SubmitAsync(manager, form,
            [new("Staff", "HAND-001"), new("Title", "Safeguarding level 2 (county course)"), new("Topic", "safeguarding"), new("Level", "2"),
             new("CompletedOn.Day", "3"), new("CompletedOn.Month", "2"), new("CompletedOn.Year", "2025"), new("Evidence", "Again")], form);
        Assert.Contains("already has a record of this training on this date", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));

        // Only the person's own organisation's managers.
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync(form)).StatusCode);
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync(form)).StatusCode);
    }

    [Fact]
    public async Task A_provider_cancels_a_session_everyone_booked_or_waiting_is_told_why_and_nobody_can_book_it()
    {
        var (_, sessionId) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, 1, "Called off"));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "OFF", 2));
        foreach (var worker in workers)
        {
            await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", worker.StaffReference), ("Email", $"{worker.StaffReference}@example.org"));
        }
        var register = $"/training/sessions/{sessionId}/register";
        Assert.Equal(HttpStatusCode.Forbidden, (await Browser.SubmitAsync(manager, $"{register}?handler=CancelSession", [new("Reason", "No")], "/training/bookings")).StatusCode);

        var provider = await Browser.SignedInClientAsync(app, "provider@demo.example.org");
        var noReason = await Browser.SubmitAsync(provider, $"{register}?handler=CancelSession", [new("Reason", " ")], register);
        Assert.Contains("Say why the session is cancelled", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        var cancelled = await Browser.SubmitAsync(provider, $"{register}?handler=CancelSession", [new("Reason", "The trainer is ill.")], register);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Session cancelled. 2 people were told", WebUtility.HtmlDecode(await provider.GetStringAsync(register)));

        var bookings = await app.WithScopeAsync(s => Db(s).Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).ToListAsync());
        Assert.All(bookings, b => Assert.Equal(Status.Cancelled, b.Status));
        var session = await app.WithScopeAsync(s => Db(s).CourseSessions.AsNoTracking().SingleAsync(x => x.Id == sessionId));
        Assert.True(session.Cancelled);
        Assert.Equal(0, session.PlacesTaken);
        var mails = app.Mails().Where(m => m.Contains("Cancelled: Called off")).ToList();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Contains("The trainer is ill.", m));
        Assert.Contains(mails, m => m.Contains("place on the waiting list"));

        var again = await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", "OFF-001"), ("Name", "x"), ("Email", ""));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("cancelled", (await again.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "training-session-cancelled" && e.EntityId == sessionId.ToString())));
    }

    [Fact]
    public async Task A_manager_links_an_account_to_a_persons_record_and_the_person_then_sees_their_own_training()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "LINK", 1));
        await app.WithScopeAsync(s => TrainingData.RecordAsync(s, workers[0], "first-aid", null, new DateOnly(2025, 5, 1)));
        var practitionerId = await app.WithScopeAsync(s => Db(s).Users.Where(u => u.Email == "practitioner@demo.example.org").Select(u => u.Id).SingleAsync());
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        const string person = "/training/records?Staff=LINK-001";
        Assert.Contains("No account is linked to this record", await manager.GetStringAsync(person));
        var linked = await Browser.SubmitAsync(manager, "/training/records?handler=Link", [new("Staff", "LINK-001"), new("Account", practitionerId)], person);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(workers[0].Id, await app.WithScopeAsync(s => Db(s).Users.Where(u => u.Id == practitionerId).Select(u => u.WorkerId).SingleAsync()));
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Contains("first-aid", await practitioner.GetStringAsync("/training/records"));

        // Another organisation's manager cannot link to it; unlinking leaves the account free.
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(otherManager, "/training/records?handler=Link", [new("Staff", "LINK-001"), new("Account", practitionerId)], "/training/records")).StatusCode);
        await Browser.SubmitAsync(manager, "/training/records?handler=Link", [new("Staff", "LINK-001"), new("Account", "")], person);
        Assert.Null(await app.WithScopeAsync(s => Db(s).Users.Where(u => u.Id == practitionerId).Select(u => u.WorkerId).SingleAsync()));
        Assert.Equal(2, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.Action == "account-link")));
    }
}
