using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>
/// The quarterly report to the management group: the issued report exactly as it was issued, or a draft from the live data
/// that the lead issues when it is ready. Printable; CSV and Excel.
/// </summary>
public sealed class ReportModel(StrategyStore store, StrategyReports reports, StrategyIndicators indicators) : StrategyPage(store)
{
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public Quarter Quarter { get; private set; }
    public QuarterReport Report { get; private set; } = null!;
    public Core.Strategy.StrategyReport? Issued { get; private set; }
    public bool Future => Quarter.Starts > Store.Today;
    /// <summary>The date computed indicators are read as at when the report is issued: the quarter's end, or today for the current quarter.</summary>
    public DateOnly IssueAsAt => Quarter.AsAt(Store.Today);

    private async Task<IActionResult?> PrepareAsync(int id, string quarter, bool manage)
    {
        if (await LoadAsync(id, manage) is { } refused)
        {
            return refused;
        }
        if (!Quarter.TryParse(quarter, out var parsed))
        {
            return NotFound();
        }
        Quarter = parsed;
        (Report, Issued) = await reports.ForQuarterAsync(Strategy, Quarter);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, string quarter)
    {
        if (await PrepareAsync(id, quarter, manage: false) is { } instead)
        {
            return instead;
        }
        if (Format is "csv" or "xlsx")
        {
            return CsvDownload.File(Format, $"strategy-{Strategy.Id}-{Quarter}", QuarterlyReport.Header, QuarterlyReport.Rows(Report).ToList());
        }
        return Page();
    }

    /// <summary>Reads every computed indicator as at the end of the quarter (or today, for the current one), then issues the report as it stands.</summary>
    public async Task<IActionResult> OnPostIssueAsync(int id, string quarter)
    {
        if (await PrepareAsync(id, quarter, manage: true) is { } instead)
        {
            return instead;
        }
        if (Future)
        {
            Notice = $"{Quarter.Describe()} has not started: issue its report once it has.";
            return Redirect($"{StrategyPath}/reports/{Quarter}");
        }
        await indicators.ComputeAllAsync(Strategy, IssueAsAt, Actor);
        Notice = await reports.IssueAsync(Strategy, Quarter, Actor)
            ? $"The report for {Quarter} is issued. It will read the same from now on."
            : $"The report for {Quarter} was already issued.";
        return Redirect($"{StrategyPath}/reports/{Quarter}");
    }
}
