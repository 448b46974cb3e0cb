using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>Where someone with an invitation code, or a code to come back, starts or carries on answering.</summary>
public sealed class RespondIndexModel(AssessmentResponses responses) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await responses.UseCodeAsync(Code);
        if (result.Response is null)
        {
            ModelState.AddModelError(nameof(Code), result.Problem!);
            return Page();
        }
        return Redirect($"/respond/{result.Response.Token}");
    }
}
