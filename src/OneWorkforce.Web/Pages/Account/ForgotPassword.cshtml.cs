using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Web.Pages.Account;

public sealed class ForgotPasswordModel(UserManager<ApplicationUser> users, IMailSender mail, IOptions<SiteSettings> site) : PageModel
{
    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }

    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address");
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { PasswordHash: not null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = $"{site.Value.BaseUrl.TrimEnd('/')}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(token)}";
            await mail.SendAsync(new MailMessageText(user.Email!, "Reset your OneWorkforce password",
                $"""
                Dear {user.DisplayName},

                To reset your password, open this link within 2 hours:
                {link}

                If you did not ask to reset your password, you can ignore this email: your password has not changed.
                """));
        }
        // The same answer whether or not the account exists, so the page cannot be used to find accounts.
        Sent = true;
        return Page();
    }
}
