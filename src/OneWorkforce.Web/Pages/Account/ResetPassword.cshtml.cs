using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<ApplicationUser> users) : PasswordLinkPage
{
    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        var result = user is null || Code is null ? null : await users.ResetPasswordAsync(user, Code, Input.Password ?? "");
        if (result is null || result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            ModelState.AddModelError("Input.Password", $"{ExpiredLink}. Ask for a new link from the sign-in page");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(AccountAdministration.ErrorsOf(result));
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user!);
        await users.SetLockoutEndDateAsync(user!, null);
        Done = true;
        return Page();
    }
}
