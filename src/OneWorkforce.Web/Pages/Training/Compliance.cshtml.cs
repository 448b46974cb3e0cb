using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Training;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>
/// The compliance dashboard: everyone in post against the training their role requires. A manager sees their own
/// organisation in full, person by person (out of date, never done, running out within 30, 60 or 90 days). An area
/// lead sees the area by requirement and by organisation with small numbers hidden, and people only in organisations
/// that share them with the area; the lead can send the reminder emails now.
/// </summary>
public sealed class ComplianceModel(TrainingCompliance compliance, TrainingReminders reminders, OneWorkforceDbContext db, AuditLog audit,
    IOptions<WorkforceSettings> settings) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Text)> ShowChoices =
    [
        ("action", "Everyone who needs to act"), ("out-of-date", "Out of date"), ("missing", "Never done"),
        ("30", "Runs out within 30 days"), ("60", "Runs out within 60 days"), ("90", "Runs out within 90 days"),
    ];

    [BindProperty(SupportsGet = true)] public int? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [TempData] public string? Notice { get; set; }

    public bool IsAreaView { get; private set; }
    public string ScopeName { get; private set; } = "";
    public bool Suppressed { get; private set; }
    public bool SeesPeople { get; private set; }
    public int Threshold => settings.Value.DisclosureThreshold;
    public DateOnly Today { get; private set; }
    public int RequirementCount { get; private set; }
    public IReadOnlyList<ComplianceTableRow> ByRequirement { get; private set; } = [];
    public IReadOnlyList<ComplianceTableRow> ByOrganisation { get; private set; } = [];
    public IReadOnlyList<(PersonCompliance Person, ComplianceCheck Check)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    /// <summary>The list of people and their training as CSV or Excel: only where this person may see people.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!SeesPeople)
        {
            return Forbid();
        }
        audit.Record("training-compliance-export", "Organisation", Organisation!.Value.ToString(CultureInfo.InvariantCulture), organisationId: Organisation);
        await db.SaveChangesAsync();
        return CsvDownload.File(format ?? "csv", $"training-compliance-{Today:yyyy-MM-dd}",
            ["staff_reference", "role", "training", "state", "last_completed", "due_on"],
            People.Select(p => (IReadOnlyList<string>)[p.Person.StaffReference, WorkforceCodes.Roles.LabelOf(p.Person.Role), p.Check.Requirement.Describe(),
                StateLabel(p.Check.State), p.Check.LastCompleted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                p.Check.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""]));
    }

    /// <summary>Sends the reminder emails for the area now (they also go whenever <c>training remind</c> runs).</summary>
    public async Task<IActionResult> OnPostRemindAsync()
    {
        var user = User.Scope();
        if (user.AreaId is not { } area || !AccessRules.CanSetAreaRequiredTraining(user, area))
        {
            return Forbid();
        }
        var sent = await reminders.SendAsync(area);
        Notice = sent.TrainingDue == 0
            ? "No new reminders were due: each reminder goes once, at 90, 60 and 30 days before training runs out and when it has run out."
            : $"Reminders sent about {sent.TrainingDue} piece{(sent.TrainingDue == 1 ? "" : "s")} of training: {sent.PeopleEmailed} to people, {sent.ManagersEmailed} to managers.";
        return RedirectToPage();
    }

    public static string StateLabel(ComplianceState state) => state switch
    {
        ComplianceState.Missing => "Never done",
        ComplianceState.OutOfDate => "Out of date",
        ComplianceState.Within30Days => "Runs out within 30 days",
        ComplianceState.Within60Days => "Runs out within 60 days",
        ComplianceState.Within90Days => "Runs out within 90 days",
        _ => "In date",
    };

    public static string StateTag(ComplianceState state) => state switch
    {
        ComplianceState.Missing or ComplianceState.OutOfDate => "govuk-tag--red",
        ComplianceState.Within30Days => "govuk-tag--orange",
        ComplianceState.Within60Days or ComplianceState.Within90Days => "govuk-tag--yellow",
        _ => "govuk-tag--green",
    };

    private bool Shows(ComplianceState state) => Show switch
    {
        "out-of-date" => state == ComplianceState.OutOfDate,
        "missing" => state == ComplianceState.Missing,
        "30" => state == ComplianceState.Within30Days,
        "60" => state is ComplianceState.Within30Days or ComplianceState.Within60Days,
        "90" => state is ComplianceState.Within30Days or ComplianceState.Within60Days or ComplianceState.Within90Days,
        _ => state != ComplianceState.InDate,
    };

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.AreaId is not { } area)
        {
            return Forbid();
        }
        if (Show is not null && ShowChoices.All(c => c.Value != Show))
        {
            Show = null;
        }
        var lead = AccessRules.CanViewArea(user, area) && user.IsIn(ServiceRoles.AreaLead);
        if (!lead)
        {
            if (user.OrganisationId is not { } own || !AccessRules.CanManagePeopleOf(user, own))
            {
                return Forbid();
            }
            Organisation = own;
        }
        IsAreaView = lead && Organisation is null;
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaId == area).Select(o => new { o.Id, o.Name, o.SharesPeopleWithArea }).ToListAsync();
        if (Organisation is { } chosen)
        {
            var organisation = organisations.SingleOrDefault(o => o.Id == chosen);
            if (organisation is null)
            {
                return NotFound();
            }
            ScopeName = organisation.Name;
            SeesPeople = AccessRules.CanSeeComplianceOfPeople(user, area, chosen, organisation.SharesPeopleWithArea);
        }
        else
        {
            ScopeName = await db.Areas.Where(a => a.Id == area).Select(a => a.Name).SingleAsync();
        }
        Suppressed = !SeesPeople;

        var result = await compliance.AssessAsync(area, Organisation);
        Today = result.Today;
        RequirementCount = result.Requirements.Count;
        ByRequirement = ComplianceTable.Build(result.ByRoleAndTopic(), Suppressed, Threshold);
        if (IsAreaView)
        {
            ByOrganisation = ComplianceTable.Build(result.ByOrganisation(organisations.ToDictionary(o => o.Id, o => o.Name)), suppress: true, Threshold);
        }
        if (SeesPeople)
        {
            People = result.People.SelectMany(p => p.Checks.Select(c => (Person: p, Check: c))).Where(x => Shows(x.Check.State))
                .OrderBy(x => x.Check.State).ThenBy(x => x.Check.DueOn).ThenBy(x => x.Person.StaffReference, StringComparer.Ordinal).ToList();
            audit.Record("training-compliance-view", "Organisation", Organisation!.Value.ToString(CultureInfo.InvariantCulture), organisationId: Organisation);
            await db.SaveChangesAsync();
        }
        return null;
    }
}
