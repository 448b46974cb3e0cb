using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>One success indicator: its definition, baseline and target, its rating now, every value with its date and source, and recording the next.</summary>
public sealed class IndicatorModel(StrategyStore store, StrategyIndicators indicators) : StrategyPage(store)
{
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public string? Evidence { get; set; }

    public SuccessIndicator Indicator { get; private set; } = null!;
    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];
    public Measure? Measure => Measures.Find(Indicator.Measure);
    public DateOnly Today => indicators.Today;
    public string RagNow => Values.Count == 0 ? Rag.Grey : Rag.ForIndicator(Indicator, Values[^1].Value, Values[^1].On, Today);

    private async Task<IActionResult?> PrepareAsync(int id, int indicatorId, bool manage)
    {
        if (await LoadAsync(id, manage) is { } refused)
        {
            return refused;
        }
        if (await indicators.FindAsync(Strategy, indicatorId) is not { } indicator)
        {
            return NotFound();
        }
        Indicator = indicator;
        Values = await indicators.ValuesAsync(indicator.Id);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, int indicatorId)
    {
        if (await PrepareAsync(id, indicatorId, manage: false) is { } instead)
        {
            return instead;
        }
        On = DateParts.From(Today);
        return Page();
    }

    /// <summary>A manual indicator's value, with its evidence.</summary>
    public async Task<IActionResult> OnPostAsync(int id, int indicatorId)
    {
        if (await PrepareAsync(id, indicatorId, manage: true) is { } instead)
        {
            return instead;
        }
        if (On.Problem("The date") is { } problem)
        {
            ModelState.AddModelError(nameof(On), problem);
            return Page();
        }
        var errors = await indicators.RecordAsync(Strategy, Indicator, new ValueInput(Value, On.Date, Evidence), Actor);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = "Value recorded.";
        return Redirect($"{StrategyPath}/indicators/{Indicator.Id}");
    }

    /// <summary>A computed indicator's value read from the live data today.</summary>
    public async Task<IActionResult> OnPostComputeAsync(int id, int indicatorId)
    {
        if (await PrepareAsync(id, indicatorId, manage: true) is { } instead)
        {
            return instead;
        }
        var value = await indicators.ComputeAsync(Strategy, Indicator, Today, Actor);
        Notice = value is null ? "There is no data to compute it from yet." : $"Today's value recorded: {IndicatorUnits.Format(Indicator.Unit, value.Value)}.";
        return Redirect($"{StrategyPath}/indicators/{Indicator.Id}");
    }
}
