using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Accounts;

namespace OneWorkforce.Web.Pages.Account;

public sealed class SignInTwoFactorModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        var code = (Input.Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", "Enter the code from your authenticator app");
            return Page();
        }
        var result = code.Length == 6 && code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("Input.Code", "Your account is locked after too many wrong codes. Try again in 15 minutes");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", "The code is not correct. Enter the latest code from your authenticator app");
            return Page();
        }
        return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
