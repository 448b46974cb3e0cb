using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Partners;

namespace OneWorkforce.Web.Pages.News;

/// <summary>
/// The links in news emails. Confirming happens on opening the link; unsubscribing asks for one button press first, so a
/// mail scanner that follows links cannot unsubscribe anyone.
/// </summary>
public sealed class LinkModel(WorkforceNews news) : PageModel
{
    public string Action { get; private set; } = "";
    public string AreaName { get; private set; } = "";
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string token)
    {
        Action = kind;
        if (kind == "confirm")
        {
            AreaName = await news.ConfirmAsync(token) ?? "";
            Done = true;
            return AreaName.Length == 0 ? NotFound() : Page();
        }
        if (await news.FindAsync(token) is not { } found)
        {
            return NotFound();
        }
        AreaName = found.AreaName;
        Done = found.Subscriber.UnsubscribedAt is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, string token)
    {
        if (kind != "unsubscribe" || await news.UnsubscribeAsync(token) is not { } area)
        {
            return NotFound();
        }
        (Action, AreaName, Done) = (kind, area, true);
        return Page();
    }
}
