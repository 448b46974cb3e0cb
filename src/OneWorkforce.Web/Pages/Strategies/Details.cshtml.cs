using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>Changes a strategy's title, vision, scope and period.</summary>
public sealed class DetailsModel(StrategyStore store) : StrategyPage(store)
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Vision { get; set; }
    [BindProperty] public string? Scope { get; set; }
    [BindProperty] public int? StartYear { get; set; }
    [BindProperty] public int? EndYear { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, manage: true) is { } refused)
        {
            return refused;
        }
        (Title, Vision, Scope, StartYear, EndYear) = (Strategy.Title, Strategy.Vision, Strategy.Scope, Strategy.StartYear, Strategy.EndYear);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, manage: true) is { } refused)
        {
            return refused;
        }
        var errors = await Store.UpdateAsync(Strategy, new StrategyInput(Title, Vision, Scope, StartYear, EndYear, null));
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = "Saved.";
        return Redirect(StrategyPath);
    }
}
