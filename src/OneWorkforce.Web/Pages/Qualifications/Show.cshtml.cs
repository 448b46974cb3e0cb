using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

public sealed class QualificationShowModel(QualificationDetails details) : PageModel
{
    public QualificationView Qualification { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var found = await details.FindAsync(reference);
        if (found is null)
        {
            return NotFound();
        }
        Qualification = found;
        return Page();
    }
}
