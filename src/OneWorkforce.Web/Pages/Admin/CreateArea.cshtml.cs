using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data.Areas;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Admin;

public sealed class CreateAreaModel(AreaAdministration areas) : PageModel
{
    public sealed class AreaForm
    {
        public string? Name { get; set; }
        public string? Code { get; set; }
        public string? Districts { get; set; }
    }

    [BindProperty]
    public AreaForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var districts = (Input.Districts ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outcome = await areas.CreateAreaAsync(new AreaInput(Input.Name, Input.Code, districts));
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        return Redirect($"/areas/{outcome.Value!.Code}");
    }
}
