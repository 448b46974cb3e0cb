using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Partners;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Partners;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Directory;

/// <summary>The area lead's directory: listings waiting for approval, listings due for review (not confirmed for 12 months), and a CSV or Excel export.</summary>
public sealed class ManageModel(PartnerDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [TempData] public string? Notice { get; set; }

    public IReadOnlyList<DirectoryEntry> Requested { get; private set; } = [];
    public IReadOnlyList<DirectoryEntry> Listed { get; private set; } = [];
    public DateOnly Today => directory.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanManageOrganisationsIn(user, area))
        {
            return Forbid();
        }
        var all = await directory.ForAreaAsync(area);
        Requested = all.Where(e => e.ListingStatus == PartnerListing.Requested).ToList();
        Listed = all.Where(e => e.ListingStatus == PartnerListing.Listed).OrderByDescending(e => PartnerListing.NeedsReview(e.ListingConfirmedOn, Today)).ThenBy(e => e.Name).ToList();
        if (Format is "csv" or "xlsx")
        {
            return CsvDownload.File(Format, "directory",
                ["Name", "Status", "Checked", "Due for review", "What it does", "Kinds", "Ages", "Where", "Website", "Telephone", "Email"],
                all.Select(e => (IReadOnlyList<string>)[e.Name, e.ListingStatus ?? "", e.ListingConfirmedOn?.ToString("yyyy-MM-dd") ?? "",
                    e.ListingStatus == PartnerListing.Listed && PartnerListing.NeedsReview(e.ListingConfirmedOn, Today) ? "yes" : "no", e.Description ?? "",
                    string.Join("; ", e.Categories.Select(WorkforceCodeLists.OrganisationCategories.LabelOf)), string.Join("; ", e.AgeRanges.Select(WorkforceCodes.AgeRanges.LabelOf)),
                    string.Join("; ", e.DistrictsServed), e.Website ?? "", e.Phone ?? "", e.ContactEmail ?? ""]));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string decision)
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanManageOrganisationsIn(user, area))
        {
            return Forbid();
        }
        if (decision is not ("list" or "remove") || !await directory.DecideAsync(area, id, decision == "list"))
        {
            return NotFound();
        }
        Notice = decision == "list" ? "Listed in the directory." : "Taken out of the directory.";
        return Redirect("/directory/manage");
    }
}
