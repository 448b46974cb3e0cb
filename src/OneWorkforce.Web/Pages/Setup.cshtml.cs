using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages;

/// <summary>Exists only while there is no administrator, and answers only requests from this machine.</summary>
[AllowAnonymous]
public sealed class SetupModel(AccountAdministration accounts) : PageModel
{
    public sealed class AdministratorInput
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public AdministratorInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await AvailableAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await AvailableAsync())
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Input.DisplayName))
        {
            ModelState.AddModelError("Input.DisplayName", "Enter your full name");
            return Page();
        }
        var outcome = await accounts.CreateAdministratorAsync(Input.Email, Input.Password, Input.DisplayName);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        return Redirect("/account/sign-in");
    }

    private async Task<bool> AvailableAsync() => HttpContext.IsLocal() && !await accounts.AnyAdministratorAsync();
}
