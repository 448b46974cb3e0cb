using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data.Accounts;

namespace OneWorkforce.Web.Pages.Account;

public sealed class AcceptInvitationModel(AccountAdministration accounts) : PasswordLinkPage
{
    public async Task<IActionResult> OnPostAsync()
    {
        var errors = await accounts.AcceptInvitationAsync(UserId, Code, Input.Password);
        foreach (var (_, message) in errors.All)
        {
            ModelState.AddModelError("Input.Password", message);
        }
        Done = !errors.Any;
        return Page();
    }
}
