using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Web.Pages.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, AuditLog audit, OneWorkforceDbContext db) : PageModel
{
    public sealed class SignInInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address");
        }
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = SafeReturnUrl() });
        }
        if (result.IsLockedOut)
        {
            audit.Record("locked-out", "Account", user.Id);
            await db.SaveChangesAsync();
            ModelState.AddModelError("Input.Email",
                $"Your account is locked because the password was entered wrongly {IdentityRules.MaxFailedSignIns} times. Try again in {IdentityRules.LockoutTime.TotalMinutes:0} minutes, or reset your password");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
            return Page();
        }
        user.LastSignedInAt = DateTime.UtcNow;
        await users.UpdateAsync(user);
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
