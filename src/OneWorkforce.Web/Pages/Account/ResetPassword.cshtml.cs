using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<ApplicationUser> users) : PageModel
{
    public sealed class PasswordInput
    {
        public string? Password { get; set; }
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null || Code is null)
        {
            ModelState.AddModelError("Input.Password", "This link has expired or has already been used. Ask for a new link from the sign-in page");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Code, Input.Password ?? "");
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                ModelState.AddModelError("Input.Password", "This link has expired or has already been used. Ask for a new link from the sign-in page");
            }
            else
            {
                ModelState.AddFieldErrors(AccountAdministration.ErrorsOf(result));
            }
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        Done = true;
        return Page();
    }
}
