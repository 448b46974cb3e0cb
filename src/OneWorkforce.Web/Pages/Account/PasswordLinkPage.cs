using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneWorkforce.Web.Pages.Account;

/// <summary>A page opened from an emailed link (<c>?user=…&amp;code=…</c>) where someone chooses a password.</summary>
public abstract class PasswordLinkPage : PageModel
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

    public bool Done { get; protected set; }

    public const string ExpiredLink = "This link has expired or has already been used";

    public void OnGet()
    {
    }
}
