using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Account;

public sealed class AcceptInvitationModel(AccountAdministration accounts) : PageModel
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
        var errors = await accounts.AcceptInvitationAsync(UserId, Code, Input.Password);
        if (errors.Any)
        {
            foreach (var (field, message) in errors.All)
            {
                ModelState.AddModelError(field is "Password" or "Code" or "Account" ? "Input.Password" : $"Input.{field}", message);
            }
            return Page();
        }
        Done = true;
        return Page();
    }
}
