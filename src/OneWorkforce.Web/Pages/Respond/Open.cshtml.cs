using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>The open link of a cycle: anyone with it can start answering.</summary>
public sealed class RespondOpenModel(OneWorkforceDbContext db, AssessmentResponses responses) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public AssessmentCycle Cycle { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public IReadOnlyList<CodeListItem> Groups { get; private set; } = [];
    public IReadOnlyList<CodeListItem> Localities { get; private set; } = [];
    private List<string> districts = [];

    [BindProperty]
    public AboutYou About { get; set; } = new();

    private async Task<IActionResult?> FindAsync(string link)
    {
        var cycle = await responses.CycleByOpenLinkAsync(link);
        if (cycle is null)
        {
            return NotFound();
        }
        if (!responses.IsOpen(cycle))
        {
            return RedirectToPage("/Respond/Closed");
        }
        Cycle = cycle;
        AreaName = await db.Areas.Where(a => a.Id == cycle.AreaId).Select(a => a.Name).SingleAsync();
        districts = await RespondPage.LocalitiesAsync(db, cycle.AreaId);
        Groups = RespondPage.GroupItems(cycle);
        Localities = RespondPage.LocalityItems(districts);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string link) => await FindAsync(link) ?? Page();

    public async Task<IActionResult> OnPostAsync(string link)
    {
        if (await FindAsync(link) is { } instead)
        {
            return instead;
        }
        var (group, locality, name) = About.Check(Cycle, districts, ModelState, nameof(About));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var response = await responses.StartAsync(Cycle, group, locality, name: name);
        return Redirect($"/respond/{response!.Token}/arc/1");
    }
}
