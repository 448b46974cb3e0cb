using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

public sealed class QualificationShowModel(QualificationDetails details, StructureQueries structures, OfferQueries offers) : PageModel
{
    public QualificationView Qualification { get; private set; } = null!;
    public OneWorkforce.Core.Qualifications.Structure.QualificationStructure? Structure { get; private set; }
    public IReadOnlyDictionary<string, OneWorkforce.Core.Qualifications.Structure.UnitInfo> Units { get; private set; } = new Dictionary<string, OneWorkforce.Core.Qualifications.Structure.UnitInfo>();
    public IReadOnlyList<AreaCoverageView> Coverage { get; private set; } = [];
    public IReadOnlyList<RoleLinkView> Roles { get; private set; } = [];
    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var found = await details.FindAsync(reference);
        if (found is null)
        {
            return NotFound();
        }
        Qualification = found;
        (Structure, Units) = await structures.StructureAsync(found.Id);
        Coverage = await structures.CommonCoreCoverageAsync(found.Id, Structure);
        Roles = await structures.RolesOfQualificationAsync(found.Id);
        Offers = await offers.OffersAsync(found.Id);
        return Page();
    }
}
