using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>"What counts towards this qualification?": units and qualifications already held, against its rules of combination.</summary>
public sealed class CreditModel(QualificationDetails details, StructureQueries structures) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public List<string> Unit { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Holds { get; set; }

    public QualificationView Qualification { get; private set; } = null!;
    public QualificationStructure? Structure { get; private set; }
    public IReadOnlyDictionary<string, UnitInfo> Units { get; private set; } = new Dictionary<string, UnitInfo>();
    public CreditAssessment? Assessment { get; private set; }
    public IReadOnlyList<CodeListItem> UnitChoices { get; private set; } = [];
    public bool Asked => Request.Query.ContainsKey("Unit") || Request.Query.ContainsKey("Holds");

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var found = await details.FindAsync(reference);
        if (found is null)
        {
            return NotFound();
        }
        Qualification = found;
        (Structure, Units) = await structures.StructureAsync(found.Id);
        if (Structure is null)
        {
            return Page();
        }
        UnitChoices = Structure.AllUnits.Select(u => new CodeListItem(u, $"{Units[u].Title} ({Units[u].Credits} credits)", u)).ToList();
        if (Asked)
        {
            var held = (Holds ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            var (assessment, unknown) = await structures.CreditAsync(found.Id, Unit, held);
            foreach (var reference2 in unknown)
            {
                ModelState.AddModelError(nameof(Holds), $"There is no qualification {reference2}. Check the reference on the qualification's page");
            }
            Assessment = unknown.Count == 0 ? assessment : null;
        }
        return Page();
    }
}
