using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// The common induction through the pages: the area's checklist (the Common Core defaults, then the lead's changes), a
/// manager signing off each standard with named errors, completing it with a certificate anyone can check, the worker's
/// induction answer kept in step for the workforce reports, and who may do what.
/// </summary>
public sealed partial class InductionTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [GeneratedRegex(@"Certificate code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})")]
    private static partial Regex CertificateCode();

    private async Task<List<InductionStandard>> InUseAsync() =>
        await app.WithScopeAsync(s => Db(s).InductionStandards.AsNoTracking().Where(x => x.AreaId == app.DemoAreaId && !x.Retired).OrderBy(x => x.Position).ToListAsync());

    [Fact]
    public async Task A_manager_signs_off_every_standard_completes_the_induction_and_anyone_can_check_the_certificate()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "IND", 1));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        const string person = "/training/induction/person?Staff=IND-001";
        var first = WebUtility.HtmlDecode(await manager.GetStringAsync(person));
        Assert.Contains("Not started", first);
        Assert.Contains("Safeguarding and promoting the welfare of the child", first);
        var standards = await InUseAsync();
        Assert.True(standards.Count >= 10, $"the default checklist has the six Common Core areas and four more, got {standards.Count}");
        Assert.Equal(6, standards.Count(s => s.CommonCoreArea is not null));

        // Bad input is named field by field, and nothing is written.
        var signOff = $"/training/induction/sign-off?Staff=IND-001&Standard={standards[0].Id}";
        var tomorrow = DateTime.UtcNow.AddDays(2);
        var future = await Browser.SubmitAsync(manager, signOff,
            [new("Staff", "IND-001"), new("Standard", standards[0].Id.ToString()), new("SignedOn.Day", tomorrow.Day.ToString()),
             new("SignedOn.Month", tomorrow.Month.ToString()), new("SignedOn.Year", tomorrow.Year.ToString()), new("Note", new string('n', 501))], signOff);
        var futureHtml = WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync());
        Assert.Contains("must be today or in the past", futureHtml);
        Assert.Contains("500 characters or fewer", futureHtml);
        var early = await Browser.SubmitAsync(manager, signOff,
            [new("Staff", "IND-001"), new("Standard", standards[0].Id.ToString()), new("SignedOn.Day", "1"), new("SignedOn.Month", "1"), new("SignedOn.Year", "2020")], signOff);
        Assert.Contains("a year before they started", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).InductionSignOffs.CountAsync(x => x.WorkerId == workers[0].Id)));

        // Completing before everything is signed off is refused, naming what is left.
        foreach (var standard in standards.Take(standards.Count - 1))
        {
            var url = $"/training/induction/sign-off?Staff=IND-001&Standard={standard.Id}";
            var signed = await Browser.SubmitAsync(manager, url,
                [new("Staff", "IND-001"), new("Standard", standard.Id.ToString()), new("SignedOn.Day", "10"), new("SignedOn.Month", "1"), new("SignedOn.Year", "2024"), new("Note", "Shadowed the room leader")], url);
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }
        Assert.Equal("no", await app.WithScopeAsync(s => Db(s).Workers.Where(w => w.Id == workers[0].Id).Select(w => w.InductionCompleted).SingleAsync()));
        var tooSoon = await Browser.SubmitAsync(manager, $"{person}&handler=Complete", [new("Staff", "IND-001"), new("Name", "Sam Patel")], person);
        Assert.Contains($"1 still to do, starting with '{standards[^1].Title}'", WebUtility.HtmlDecode(await tooSoon.Content.ReadAsStringAsync()));
        var twice = await Browser.SubmitAsync(manager, signOff,
            [new("Staff", "IND-001"), new("Standard", standards[0].Id.ToString()), new("SignedOn.Day", "10"), new("SignedOn.Month", "1"), new("SignedOn.Year", "2024")], signOff);
        Assert.Contains("is already signed off", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));

        // Take one back, sign it again, then the last.
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(manager, $"{person}&handler=Undo", [new("Staff", "IND-001"), new("StandardId", standards[0].Id.ToString())], person)).StatusCode);
        foreach (var standard in new[] { standards[0], standards[^1] })
        {
            var url = $"/training/induction/sign-off?Staff=IND-001&Standard={standard.Id}";
            await Browser.SubmitAsync(manager, url,
                [new("Staff", "IND-001"), new("Standard", standard.Id.ToString()), new("SignedOn.Day", "12"), new("SignedOn.Month", "1"), new("SignedOn.Year", "2024")], url);
        }
        Assert.Contains("Ready to complete", await manager.GetStringAsync(person));
        var noName = await Browser.SubmitAsync(manager, $"{person}&handler=Complete", [new("Staff", "IND-001"), new("Name", " ")], person);
        Assert.Contains("Enter the name to print on the certificate", WebUtility.HtmlDecode(await noName.Content.ReadAsStringAsync()));
        var completed = await Browser.SubmitAsync(manager, $"{person}&handler=Complete", [new("Staff", "IND-001"), new("Name", "Sam Patel")], person);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        var after = WebUtility.HtmlDecode(await manager.GetStringAsync(person));
        var code = CertificateCode().Match(after).Groups[1].Value;
        Assert.NotEmpty(code);
        Assert.Equal("yes", await app.WithScopeAsync(s => Db(s).Workers.Where(w => w.Id == workers[0].Id).Select(w => w.InductionCompleted).SingleAsync()));
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "induction-complete" && e.EntityId == workers[0].Id.ToString())));
        Assert.Equal(standards.Count + 1, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.Action == "induction-sign-off" && e.EntityId == workers[0].Id.ToString())));

        // The certificate is public; checking it by its code (typed untidily) finds it; a completed induction cannot be changed.
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var certificate = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/training/certificates/{code}"));
        Assert.Contains("Sam Patel", certificate);
        Assert.Contains("common induction", certificate);
        Assert.Contains("Information sharing", certificate);
        var check = await anonymous.GetAsync($"/training/certificates?Code={code.Replace("-", " ").ToLowerInvariant()}");
        Assert.Equal($"/training/certificates/{code}", check.Headers.Location!.OriginalString);
        var undoAfter = await Browser.SubmitAsync(manager, $"{person}&handler=Undo", [new("Staff", "IND-001"), new("StandardId", standards[0].Id.ToString())], person);
        Assert.Contains("cannot be taken back", WebUtility.HtmlDecode(await undoAfter.Content.ReadAsStringAsync()));
        var again = await Browser.SubmitAsync(manager, $"{person}&handler=Complete", [new("Staff", "IND-001"), new("Name", "Sam Patel")], person);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await app.WithScopeAsync(s => Db(s).InductionCompletions.CountAsync(c => c.WorkerId == workers[0].Id)));

        // The team list shows it completed, and "only not completed" leaves it out.
        Assert.Contains("Completed", await manager.GetStringAsync("/training/induction"));
        Assert.DoesNotContain("IND-001", await manager.GetStringAsync("/training/induction?Outstanding=true"));
    }

    [Fact]
    public async Task Only_the_persons_own_managers_see_or_sign_off_their_induction()
    {
        var worker = (await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "INDX", 1)))[0];
        var standard = (await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforce.Data.Training.Inductions>().ChecklistAsync(app.DemoAreaId)))[0];
        const string person = "/training/induction/person?Staff=INDX-001";
        var signOff = $"/training/induction/sign-off?Staff=INDX-001&Standard={standard.Id}";

        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync(person)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync(signOff)).StatusCode);
        foreach (var email in new[] { "practitioner@demo.example.org", "lead@demo.example.org", "provider@demo.example.org" })
        {
            var client = await Browser.SignedInClientAsync(app, email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(person)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(signOff)).StatusCode);
        }
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(person)).StatusCode);

        // A standard of another area cannot be signed off here.
        var otherStandard = (await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforce.Data.Training.Inductions>().ChecklistAsync(app.OtherAreaId)))[0];
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/training/induction/sign-off?Staff=INDX-001&Standard={otherStandard.Id}")).StatusCode);
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).InductionSignOffs.CountAsync(x => x.WorkerId == worker.Id)));
    }

    [Fact]
    public async Task An_area_lead_adds_rewords_and_removes_standards_and_nobody_else_can()
    {
        const string page = "/training/induction/checklist";
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        Assert.Contains("Common Core area 1", WebUtility.HtmlDecode(await lead.GetStringAsync(page)));
        var before = await InUseAsync();
        var blank = await Browser.SubmitAsync(lead, $"{page}?handler=Save", [new("Title", ""), new("Description", new string('d', 1001)), new("CoreArea", "9")], page);
        var blankHtml = WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync());
        Assert.Contains("Enter the standard", blankHtml);
        Assert.Contains("1,000 characters or fewer", blankHtml);
        Assert.Contains("Choose a Common Core area from the list", blankHtml);
        var duplicate = await Browser.SubmitAsync(lead, $"{page}?handler=Save", [new("Title", before[0].Title.ToUpperInvariant()), new("Description", "x"), new("CoreArea", "")], page);
        Assert.Contains("already has a standard with this name", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(lead, $"{page}?handler=Save", [new("Title", "Lone working"), new("Description", "What to do when working alone with a child"), new("CoreArea", "")], page)).StatusCode);
        var added = (await InUseAsync()).Single(s => s.Title == "Lone working");
        Assert.Equal(before.Max(s => s.Position) + 1, added.Position);
        var edit = $"{page}?Edit={added.Id}";
        Assert.Contains("What to do when working alone with a child", await lead.GetStringAsync(edit));
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(lead, $"{page}?handler=Save", [new("Edit", added.Id.ToString()), new("Title", "Lone and home visiting"), new("Description", "Keeping safe when alone or visiting a home"), new("CoreArea", "3")], edit)).StatusCode);
        var reworded = (await InUseAsync()).Single(s => s.Id == added.Id);
        Assert.Equal(("Lone and home visiting", 3), (reworded.Title, reworded.CommonCoreArea));

        // Managers read it but cannot change it; another area's lead cannot touch this area's standards.
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var read = WebUtility.HtmlDecode(await manager.GetStringAsync(page));
        Assert.Contains("Lone and home visiting", read);
        Assert.DoesNotContain("Add a standard", read);
        Assert.Equal(HttpStatusCode.Forbidden, (await Browser.SubmitAsync(manager, $"{page}?handler=Retire&id={added.Id}", [], page)).StatusCode);
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(otherLead, $"{page}?handler=Retire&id={added.Id}", [], page)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(lead, $"{page}?handler=Retire&id={added.Id}", [], page)).StatusCode);
        Assert.DoesNotContain(await InUseAsync(), s => s.Id == added.Id);
        Assert.Equal(3, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.EntityType == "InductionStandard" && e.EntityId == added.Id.ToString())));
    }
}
