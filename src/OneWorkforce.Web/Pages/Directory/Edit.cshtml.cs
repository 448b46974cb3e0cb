using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Partners;
using OneWorkforce.Data;
using OneWorkforce.Data.Partners;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Directory;

/// <summary>An organisation's managers write its directory listing: the first save asks to be listed, later saves confirm it.</summary>
public sealed class EditModel(OneWorkforceDbContext db, PartnerDirectory directory) : PageModel
{
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> Categories { get; set; } = [];
    [BindProperty] public List<string> AgeRanges { get; set; } = [];
    [BindProperty] public string? Where { get; set; }
    [BindProperty] public List<string> Districts { get; set; } = [];
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }
    [TempData] public string? Notice { get; set; }

    public DirectoryEntry Entry { get; private set; } = null!;
    public IReadOnlyList<Core.Reference.CodeListItem> DistrictChoices { get; private set; } = [];
    public static readonly IReadOnlyList<Core.Reference.CodeListItem> WhereChoices = [new("all", "The whole area"), new("districts", "Some districts")];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == Entry.Id);
        Description = Entry.Description;
        Categories = Entry.Categories.ToList();
        AgeRanges = Entry.AgeRanges.ToList();
        Where = organisation.DistrictsServed == PartnerListing.CountyWide ? "all" : organisation.DistrictsServed is null && organisation.DistrictId is null ? null : "districts";
        Districts = (organisation.DistrictsServed is null && organisation.DistrictId is { } home ? [home] : PartnerListing.ParseDistricts(organisation.DistrictsServed))
            .Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        (Website, Phone, ContactEmail) = (Entry.Website, Entry.Phone, Entry.ContactEmail);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var listing = new PartnerListing
        {
            Description = Description, Categories = Categories, AgeRanges = AgeRanges, WholeArea = Where == "all",
            Districts = Where == "districts" ? Districts.Select(d => int.TryParse(d, out var id) ? id : -1).ToList() : [],
            Website = Website, Phone = Phone, ContactEmail = ContactEmail,
        };
        if (Where is not ("all" or "districts"))
        {
            ModelState.AddModelError(nameof(Where), "Say whether you work across the whole area or in some districts");
        }
        // Without an answer to "where", that one question is named; the rest of the form is still checked.
        var errors = Where is ("all" or "districts") ? await directory.SaveAsync(Entry.Id, listing) : new PartnerListing
        {
            Description = Description, Categories = Categories, AgeRanges = AgeRanges, WholeArea = true, Website = Website, Phone = Phone, ContactEmail = ContactEmail,
        }.Check([]);
        ModelState.AddFieldErrors(errors, "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Notice = Entry.ListingStatus == PartnerListing.Listed
            ? "Listing saved and confirmed as correct."
            : "Listing saved. Your area's workforce lead will check it before it appears in the directory.";
        return Redirect("/directory/listing");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.OrganisationId is not { } organisation || !AccessRules.CanManagePeopleOf(user, organisation))
        {
            return Forbid();
        }
        Entry = (await directory.FindAsync(organisation, anyStatus: true))!;
        DistrictChoices = (await db.Districts.AsNoTracking().Where(d => d.AreaId == user.AreaId).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync())
            .Select(d => new Core.Reference.CodeListItem(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Name)).ToList();
        return null;
    }
}
