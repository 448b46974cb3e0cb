using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Find training: the shared offer of every provider, searched and filtered on what puts people off (seed 000 Q14: not knowing, distance, timing, cost).</summary>
public sealed class TrainingSearchModel(CourseCatalogue catalogue, OneWorkforceDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Delivery { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> When { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Needs { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateParts? From { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SessionListing> Results { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => (Total + PageSize - 1) / PageSize;
    public IReadOnlyList<(int Id, string Name)> Districts { get; private set; } = [];

    public static readonly IReadOnlyList<CodeListItem> WhenChoices =
    [
        new("evening", "Evenings", "Starting at 5pm or later"),
        new("weekend", "Weekends"),
    ];

    public static readonly IReadOnlyList<CodeListItem> NeedsChoices =
    [
        new("free", "Free for volunteers and small voluntary groups"),
        new("step-free", "Step-free access"),
        new("places", "Places left (not only the waiting list)"),
        new("accredited", "Accredited (counts towards a qualification)"),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Topic is not null && !WorkforceCodes.TrainingTopics.Contains(Topic)) ModelState.AddModelError(nameof(Topic), "Select a topic from the list");
        if (Tier is not null && !TrainingCodes.Tiers.Contains(Tier)) ModelState.AddModelError(nameof(Tier), "Select universal, targeted or specialist");
        if (Delivery is not null && !TrainingCodes.Deliveries.Contains(Delivery)) ModelState.AddModelError(nameof(Delivery), "Select a way of delivery from the list");
        if (Sector is not null && !WorkforceCodeLists.WorkforceSectors.Contains(Sector)) ModelState.AddModelError(nameof(Sector), "Select a workforce sector from the list");
        DateOnly? from = null;
        if (From is { } parts && !parts.IsEmpty)
        {
            from = parts.Date;
            if (parts.Problem("The date to search from") is { } problem)
            {
                ModelState.AddModelError("From", problem);
            }
        }
        Districts = (await db.Districts.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync()).Select(d => (d.Id, d.Name)).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        PageNumber = Math.Max(1, PageNumber);
        var (items, total) = await catalogue.SessionsAsync(Filter(from), (PageNumber - 1) * PageSize, PageSize);
        Results = items;
        Total = total;
        return Page();
    }

    private CourseFilter Filter(DateOnly? from) => new()
    {
        Text = Q,
        Topic = Topic,
        Tier = Tier,
        Delivery = Delivery,
        Sector = Sector,
        District = District,
        Evening = When.Contains("evening"),
        Weekend = When.Contains("weekend"),
        FreeForVolunteers = Needs.Contains("free"),
        StepFree = Needs.Contains("step-free"),
        PlacesLeft = Needs.Contains("places"),
        Accredited = Needs.Contains("accredited"),
        From = from,
    };

    public string PageLink(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "PageNumber").SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return "/training?" + string.Join("&", query.Append($"PageNumber={page}"));
    }
}
