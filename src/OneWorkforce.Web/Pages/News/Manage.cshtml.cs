using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Data.Partners;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.News;

/// <summary>The area lead writes and sends the workforce news, and sees who gets it and what went before.</summary>
public sealed class ManageModel(WorkforceNews news) : PageModel
{
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [TempData] public string? Notice { get; set; }

    public NewsSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var user = User.Scope();
        var (sent, errors) = await news.SendAsync(user.AreaId!.Value, Subject, Body, user.UserId);
        if (sent is null)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Sent to {sent.Recipients} {(sent.Recipients == 1 ? "person" : "people")}.";
        return Redirect("/news/manage");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanManageOrganisationsIn(user, area))
        {
            return Forbid();
        }
        Summary = await news.SummaryAsync(area);
        return null;
    }
}
