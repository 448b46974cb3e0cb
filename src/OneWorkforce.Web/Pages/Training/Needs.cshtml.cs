using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Training;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>
/// Training needs analysis. A practitioner sees their own needs; a manager their organisation's, person by person and
/// by topic; an area lead the demand by topic and district to plan courses from (small numbers hidden). Each downloads.
/// </summary>
public sealed class NeedsModel(TrainingNeedsAnalysis analysis, OneWorkforceDbContext db, UserManager<ApplicationUser> users, AuditLog audit,
    IOptions<WorkforceSettings> settings) : PageModel
{
    public string View { get; private set; } = "person";
    public IReadOnlyList<PersonNeeds> People { get; private set; } = [];
    public NeedsDemand? Demand { get; private set; }
    public bool[,] Hidden { get; private set; } = new bool[0, 0];
    public int Threshold => settings.Value.DisclosureThreshold;
    public bool Linked { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnGetDownloadAsync(string? format)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var name = $"training-needs-{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}";
        if (View == "area")
        {
            var d = Demand!;
            return CsvDownload.File(format ?? "csv", name, ["topic", .. d.Districts, "total"],
                Enumerable.Range(0, d.Topics.Count + 1).Select(t => (IReadOnlyList<string>)
                    [t < d.Topics.Count ? TrainingNeeds.TopicLabel(d.Topics[t]) : "Total", .. Enumerable.Range(0, d.Districts.Count + 1).Select(c => Cell(t, c))]));
        }
        audit.Record("training-needs-export", View == "organisation" ? "Organisation" : "Worker",
            View == "organisation" ? User.Scope().OrganisationId!.Value.ToString(CultureInfo.InvariantCulture) : People.FirstOrDefault()?.Person.WorkerId.ToString(CultureInfo.InvariantCulture) ?? "",
            organisationId: User.Scope().OrganisationId);
        await db.SaveChangesAsync();
        return CsvDownload.File(format ?? "csv", name, ["staff_reference", "role", "need", "topic", "what", "due_by"],
            People.SelectMany(p => p.Needs.Select(n => (IReadOnlyList<string>)[p.Person.StaffReference, WorkforceCodes.Roles.LabelOf(p.Person.Role),
                NeedKinds.Label(n.Kind), TrainingNeeds.TopicLabel(n.Topic), n.Description, n.DueBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""])));
    }

    /// <summary>A cell of the demand table with its totals (the last row and column), or the marker when hidden.</summary>
    public string Cell(int topic, int district)
    {
        var d = Demand!;
        if (Hidden[topic, district])
        {
            return ReportExport.HiddenMarker;
        }
        var totals = Disclosure.WithTotals(d.Counts);
        return totals[topic, district].ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>How many people need each topic (a person counts once per topic).</summary>
    public IEnumerable<(string Topic, int People)> ByTopic() =>
        People.SelectMany(p => p.Needs.Select(n => n.Topic).Distinct()).GroupBy(t => t).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal);

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.AreaId is not { } area)
        {
            return Forbid();
        }
        if (user.IsIn(ServiceRoles.AreaLead) && AccessRules.CanViewArea(user, area))
        {
            View = "area";
            var needs = await analysis.ForAsync(area);
            Demand = await analysis.DemandAsync(area, needs);
            Hidden = Demand.Topics.Count == 0 ? new bool[1, 1] : Disclosure.Suppress(Demand.Counts, Threshold);
            return null;
        }
        if (user.OrganisationId is { } organisation && AccessRules.CanManagePeopleOf(user, organisation))
        {
            View = "organisation";
            People = await analysis.ForAsync(area, organisation);
            audit.Record("training-needs-view", "Organisation", organisation.ToString(CultureInfo.InvariantCulture), organisationId: organisation);
            await db.SaveChangesAsync();
            return null;
        }
        var me = await users.GetUserAsync(User);
        if (me?.WorkerId is { } workerId && me.OrganisationId is { } own)
        {
            Linked = true;
            People = await analysis.ForAsync(area, own, workerId);
        }
        return null;
    }
}
