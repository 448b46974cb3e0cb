using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training.Induction;

/// <summary>
/// The common induction: a manager sees everyone in post and how far each has got (newest starters first); a
/// practitioner whose account is linked to their record sees their own checklist; an area lead is pointed to the
/// checklist they keep and to the induction figures of the workforce reports.
/// </summary>
public sealed class IndexModel(OneWorkforceDbContext db, Inductions inductions, UserManager<ApplicationUser> users, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Outstanding { get; set; }

    public bool IsManager { get; private set; }
    public bool IsAreaLead { get; private set; }
    public IReadOnlyList<TeamInduction> Team { get; private set; } = [];
    public int TeamTotal { get; private set; }
    public Worker? Own { get; private set; }
    public InductionProgress? OwnProgress { get; private set; }
    public IReadOnlyList<InductionStandard> Checklist { get; private set; } = [];
    public IReadOnlySet<int> OwnSigned { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.Scope();
        IsManager = user.OrganisationId is { } org && AccessRules.CanManagePeopleOf(user, org);
        IsAreaLead = user.AreaId is { } area && AccessRules.CanSetAreaRequiredTraining(user, area);
        if (IsManager)
        {
            var team = await inductions.TeamAsync(user.AreaId!.Value, user.OrganisationId!.Value);
            TeamTotal = team.Count;
            Team = Outstanding ? team.Where(t => t.Completion is null).ToList() : team;
            audit.Record("induction-view", "Organisation", user.OrganisationId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), organisationId: user.OrganisationId);
            await db.SaveChangesAsync();
            return Page();
        }
        if (IsAreaLead)
        {
            Checklist = (await inductions.ChecklistAsync(user.AreaId!.Value)).Where(s => !s.Retired).ToList();
            return Page();
        }
        var me = await users.GetUserAsync(User);
        if (me?.WorkerId is { } workerId && await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId) is { } own)
        {
            Own = own;
            var (checklist, signOffs, completion) = await inductions.PersonAsync(own);
            Checklist = checklist.Where(s => !s.Retired).ToList();
            OwnSigned = signOffs.Select(s => s.StandardId).ToHashSet();
            OwnProgress = InductionChecklist.Progress(checklist, signOffs, completion);
        }
        return Page();
    }

    public static string Tag(string status) => status switch
    {
        "Completed" => "govuk-tag--green",
        "Ready to complete" => "govuk-tag--blue",
        "In progress" => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
