using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>Adds a success indicator: computed from the live data, or entered by hand; with its baseline, target and due date.</summary>
public sealed class IndicatorNewModel(StrategyStore store, StrategyIndicators indicators) : StrategyPage(store)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Definition { get; set; }
    [BindProperty] public string? Measure { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? Direction { get; set; } = "higher";
    [BindProperty] public string? Baseline { get; set; }
    [BindProperty] public DateParts BaselineOn { get; set; } = new();
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();

    public static IReadOnlyList<CodeListItem> MeasureItems =>
        [.. Measures.All.Select(m => new CodeListItem(m.Code, m.Name, $"Computed from {m.Source}")), new(IndicatorInput.Manual, "Entered by hand", "With the evidence for each value, such as induction feedback or the views of children and young people")];
    public static IReadOnlyList<CodeListItem> UnitItems => IndicatorUnits.All.Items;
    public static readonly IReadOnlyList<CodeListItem> DirectionItems = [new("higher", "Higher is better"), new("lower", "Lower is better")];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id, manage: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, manage: true) is { } refused)
        {
            return refused;
        }
        foreach (var (field, parts, words) in new[] { (nameof(BaselineOn), BaselineOn, "The baseline's date"), (nameof(DueOn), DueOn, "The due date") })
        {
            if (parts.Problem(words) is { } problem)
            {
                ModelState.AddModelError(field, problem);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (indicator, errors) = await indicators.AddAsync(Strategy,
            new IndicatorInput(Name, Definition, Measure, Unit, Direction != "lower", Baseline, BaselineOn.Date, Target, DueOn.Date));
        if (indicator is null)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"'{indicator.Name}' added.";
        return Redirect($"{StrategyPath}/indicators/{indicator.Id}");
    }
}
