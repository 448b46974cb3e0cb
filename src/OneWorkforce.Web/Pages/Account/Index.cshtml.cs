using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Account;

public sealed class AccountIndexModel(UserManager<ApplicationUser> users, ApiTokens tokens) : PageModel
{
    public sealed class TokenInput
    {
        public string? Name { get; set; }
    }

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public string? NewSecret { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var outcome = await tokens.CreateAsync(user.Id, Input.Name);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
        }
        else
        {
            NewSecret = outcome.Value!.Secret;
            Input = new TokenInput();
            ModelState.Clear();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await tokens.RevokeAsync(user.Id, tokenId))
        {
            return NotFound();
        }
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }
        Name = user.DisplayName;
        Email = user.Email ?? "";
        Roles = string.Join(", ", (await users.GetRolesAsync(user)).Select(ServiceRoles.Label));
        TwoFactorEnabled = user.TwoFactorEnabled;
        Tokens = await tokens.ListAsync(user.Id);
        return true;
    }
}
