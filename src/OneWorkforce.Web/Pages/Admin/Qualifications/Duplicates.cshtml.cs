using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Admin.Qualifications;

/// <summary>The near-duplicate review list (national administrator): keep both, or merge one into the other.</summary>
public sealed class DuplicatesModel(DuplicateReviews reviews) : PageModel
{
    public IReadOnlyList<NearDuplicatePair> Pairs { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => Pairs = await reviews.ListAsync();

    public async Task<IActionResult> OnPostKeepAsync(int first, int second) =>
        await reviews.KeepAsync(first, second) ? Decided("Both qualifications are kept and the pair has left the list.") : NotFound();

    public async Task<IActionResult> OnPostMergeAsync(int kept, int merged) =>
        await reviews.MergeAsync(kept, merged) ? Decided("The duplicate is marked as replaced and withdrawn. It is kept, not deleted.") : NotFound();

    private RedirectToPageResult Decided(string message)
    {
        Done = message;
        return RedirectToPage();
    }
}
