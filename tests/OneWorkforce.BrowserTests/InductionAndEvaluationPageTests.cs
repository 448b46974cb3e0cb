using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Demo;
using OneWorkforce.Data.Training;
using OneWorkforce.Testing;

namespace OneWorkforce.BrowserTests;

/// <summary>
/// The common induction (a manager signs off and completes it, the certificate checks out, a lead keeps the checklist)
/// and evaluation (the anonymous feedback form on a phone and without JavaScript, the provider's report) in a real
/// browser; every page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InductionAndEvaluationPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_manager_signs_off_a_new_workers_induction_completes_it_and_the_certificate_checks_out()
    {
        var prefix = $"NEW{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        var worker = (await fixture.App.WithScopeAsync(s => TrainingData.WorkersAsync(s, fixture.App.NurseryId, prefix, 1)))[0];
        var manager = await fixture.SignedInAsync("manager@demo.example.org");
        await manager.GotoAsync("/training/induction?Outstanding=true");
        Assert.Equal("Your team's induction", await manager.Locator("h1").InnerTextAsync());
        await manager.AssertNoViolationsAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = worker.StaffReference }).ClickAsync();
        await manager.AssertNoViolationsAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Sign off Your role and your organisation" }).ClickAsync();
        Assert.Equal("Your role and your organisation", await manager.Locator("h1").InnerTextAsync());
        await manager.AssertNoViolationsAsync();
        await manager.GetByLabel("Year").FillAsync("2030");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        Assert.Contains("must be today or in the past", await manager.Locator(".govuk-error-summary").InnerTextAsync());
        await manager.AssertNoViolationsAsync();
        await manager.GetByLabel("Year").FillAsync("2024");
        await manager.GetByLabel("How did they meet it? (optional)").FillAsync("Read the handbook with me");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        Assert.Contains("Signed off: Your role and your organisation.", await manager.Locator(".govuk-notification-banner").InnerTextAsync());

        // The rest signed off as the service does it, then completed on the page.
        await fixture.App.WithScopeAsync(async s =>
        {
            var inductions = s.GetRequiredService<Inductions>();
            foreach (var standard in (await inductions.ChecklistAsync(worker.AreaId)).Where(x => !x.Retired).Skip(1))
            {
                var errors = await inductions.SignOffAsync(worker, standard.Id, new DateOnly(2024, 2, 1), null, null, "test");
                Assert.False(errors.Any, errors.ToString());
            }
        });
        await manager.ReloadAsync();
        Assert.Contains("Ready to complete", await manager.Locator("main").InnerTextAsync());
        await manager.GetByLabel("Name to print on the certificate").FillAsync("Robin Newstart");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Complete induction and issue certificate" }).ClickAsync();
        Assert.Contains("Induction completed", await manager.Locator(".govuk-notification-banner").InnerTextAsync());
        await manager.AssertNoViolationsAsync();
        await manager.GetByRole(AriaRole.Link, new() { NameRegex = new("^Certificate ") }).ClickAsync();
        Assert.Equal("Robin Newstart", await manager.Locator("h1").InnerTextAsync());
        Assert.Contains("Information sharing", await manager.Locator("main").InnerTextAsync());
        await manager.AssertNoViolationsAsync();

        // The area lead keeps the checklist; a mistake is named.
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/training/induction");
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Change the checklist" }).ClickAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add standard" }).ClickAsync();
        Assert.Contains("Enter the standard", await lead.Locator(".govuk-error-summary").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Someone_who_came_gives_feedback_on_a_phone_and_the_provider_reads_the_evaluation()
    {
        var title = $"Browser feedback {Guid.NewGuid():N}"[..26];
        var (courseId, sessionId) = await fixture.App.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, fixture.App.DemoAreaId, 5, title));
        var token = await fixture.App.WithScopeAsync(async s =>
        {
            var worker = (await TrainingData.WorkersAsync(s, fixture.App.NurseryId, $"FB{sessionId}", 1))[0];
            var booked = await s.GetRequiredService<TrainingBookings>().BookAsync(sessionId, Attendee.ForWorker(worker, "Fran Feedback", "fran@example.org"), "test");
            await TrainingData.StartSessionAsync(s, sessionId);
            await s.GetRequiredService<TrainingBookings>().MarkAttendanceAsync(sessionId, new Dictionary<long, bool> { [booked.Booking!.Id] = true });
            Assert.Equal(1, await s.GetRequiredService<TrainingEvaluations>().RequestFeedbackAsync(sessionId));
            return await s.GetRequiredService<OneWorkforceDbContext>().QuestionnaireResponses
                .Where(r => r.Kind == TrainingEvaluation.FeedbackKind && r.OwnerId == sessionId).Select(r => r.Token).SingleAsync();
        });

        foreach (var javaScript in new[] { true, false })
        {
            var phone = await fixture.NewPageAsync(javaScript, 390);
            await phone.GotoAsync($"/training/feedback/{token}");
            if (!javaScript)
            {
                // Sent already on the first pass: the page says thank you again (axe needs JavaScript, so it ran on the first pass).
                Assert.Equal("Thank you", await phone.Locator("h1").InnerTextAsync());
                break;
            }
            Assert.Equal("Feedback on the course", await phone.Locator("h1").InnerTextAsync());
            await phone.AssertNoViolationsAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            Assert.Contains("Select an answer to 'Overall, how good was the course?'", await phone.Locator(".govuk-error-summary").InnerTextAsync());
            await phone.AssertNoViolationsAsync();
            await phone.GetByRole(AriaRole.Group, new() { Name = "Overall, how good was the course?" }).GetByLabel("4 – Good").CheckAsync();
            await phone.GetByRole(AriaRole.Group, new() { Name = "Did the course do what it said it would?" }).GetByLabel("Yes").CheckAsync();
            await phone.GetByRole(AriaRole.Group, new() { Name = "How good was the trainer?" }).GetByLabel("5 – Very good").CheckAsync();
            await phone.GetByLabel("4 – Confident", new() { Exact = true }).CheckAsync();
            await phone.GetByLabel("Finding cover for staff, or time away from work").CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            Assert.Equal("Thank you", await phone.Locator("h1").InnerTextAsync());
            await phone.AssertNoViolationsAsync();
        }

        var provider = await fixture.SignedInAsync("provider@demo.example.org");
        await provider.GotoAsync("/training/evaluation");
        await provider.AssertNoViolationsAsync();
        await provider.GotoAsync($"/training/evaluation?Course={courseId}");
        Assert.Equal(title, await provider.Locator("h1").InnerTextAsync());
        Assert.Contains("Comments show once at least 5 people have given feedback", await provider.Locator("main").InnerTextAsync());
        await provider.AssertNoViolationsAsync();
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/training/evaluation");
        Assert.Contains("Providers", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }
}
