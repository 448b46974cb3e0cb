using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>Find a qualification: open to everyone, a GET form that works without JavaScript.</summary>
public sealed class QualificationSearchModel(QualificationSearch search) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Level { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(string Code, string Title)> Roles { get; private set; } = [];
    public IReadOnlyList<(string Code, string Title)> Areas { get; private set; } = [];

    public IReadOnlyList<QualificationSummary> Results { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<string> AwardingBodies { get; private set; } = [];

    /// <summary>Set when the words as typed found nothing and a spelling correction did: the results are for these words.</summary>
    public string? CorrectedQ { get; private set; }

    public static readonly IReadOnlyList<CodeListItem> LevelChoices =
        QualificationLevels.All.Select(l => new CodeListItem(l.Code, l.Name)).ToList();

    public static readonly IReadOnlyList<CodeListItem> StatusChoices =
        [new("", "Current and withdrawn"), .. QualificationCodeLists.Statuses.Items];

    public async Task OnGetAsync()
    {
        var status = string.IsNullOrEmpty(Status) ? null : Status;
        var query = new QualificationQuery(Q, Level, Body, status) { Role = Role, Area = Area, Sector = Sector };
        var errors = await search.CheckAsync(query);
        foreach (var (field, message) in errors.All)
        {
            ModelState.AddModelError(field switch { "level" => "Level", "status" => "Status", "role" => "Role", "area" => "Area", "sector" => "Sector", _ => "Q" }, message);
        }
        var filters = await search.FiltersAsync();
        (AwardingBodies, Roles, Areas) = (filters.AwardingBodies, filters.Roles, filters.Areas);
        if (errors.Any)
        {
            return;
        }
        PageNumber = Math.Max(1, PageNumber);
        (Results, Total) = await search.SearchAsync(query, (PageNumber - 1) * PageSize, PageSize);
        if (Total == 0 && await search.CorrectedQueryAsync(Q) is { } corrected)
        {
            var (results, total) = await search.SearchAsync(query with { Q = corrected }, 0, PageSize);
            if (total > 0)
            {
                (Results, Total, CorrectedQ, PageNumber) = (results, total, corrected, 1);
            }
        }
    }

    /// <summary>The link to another page of the same results.</summary>
    public string PageLink(int page)
    {
        var parts = new List<string>();
        var q = CorrectedQ ?? Q;
        if (!string.IsNullOrWhiteSpace(q)) parts.Add("Q=" + Uri.EscapeDataString(q));
        parts.AddRange(Level.Select(l => "Level=" + Uri.EscapeDataString(l)));
        if (!string.IsNullOrEmpty(Status)) parts.Add("Status=" + Uri.EscapeDataString(Status));
        if (!string.IsNullOrEmpty(Body)) parts.Add("Body=" + Uri.EscapeDataString(Body));
        if (!string.IsNullOrEmpty(Role)) parts.Add("Role=" + Uri.EscapeDataString(Role));
        if (!string.IsNullOrEmpty(Area)) parts.Add("Area=" + Uri.EscapeDataString(Area));
        if (!string.IsNullOrEmpty(Sector)) parts.Add("Sector=" + Uri.EscapeDataString(Sector));
        parts.Add("PageNumber=" + page);
        return "/qualifications?" + string.Join("&", parts);
    }
}
