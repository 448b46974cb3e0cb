using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>
/// One intelligence report for a scope: headline figures, a chart and a table for each breakdown, benchmarks for an
/// organisation, the trend across snapshots, the areas compared for the national administrator, and downloads.
/// Figures are suppressed for everyone but the organisation's own managers looking at their organisation.
/// </summary>
public sealed class WorkforceReportModel(OneWorkforceDbContext db, WorkforceIntelligence intelligence, WorkforceBenchmarks benchmarks,
    WorkforceSnapshots snapshots, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsAt { get; set; }

    public ReportScope Scope { get; private set; } = null!;
    public WorkforceReport Report { get; private set; } = null!;
    public IReadOnlyList<Benchmark> Benchmarks { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trend { get; private set; } = new Dictionary<string, IReadOnlyList<TrendPoint>>();
    public IReadOnlyList<AreaFigures> Areas { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Districts { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> AreaChoices { get; private set; } = [];
    public bool CanChooseArea { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refused)
        {
            return refused;
        }
        var user = User.Scope();
        if (Scope.Filter.OrganisationId is { } organisationId)
        {
            var place = (await intelligence.PlacesAsync(null, organisationId, cancellationToken))[organisationId];
            Benchmarks = await benchmarks.ForOrganisationAsync(Report.Definition, place, Scope.AsAt, cancellationToken);
        }
        if (Scope.Filter.AreaId is { } areaId)
        {
            Trend = await snapshots.TrendAsync(areaId, Scope.Filter, Report.Definition, cancellationToken);
            Districts = (await db.Districts.AsNoTracking().Where(d => d.AreaId == areaId).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.Name)).ToList();
        }
        else if (AccessRules.CanCompareAreas(user))
        {
            Areas = await benchmarks.CompareAreasAsync(Report.Definition, Scope.AsAt, cancellationToken);
        }
        CanChooseArea = user.IsNationalAdministrator;
        if (CanChooseArea)
        {
            AreaChoices = (await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken)).Select(a => (a.Code, a.Name)).ToList();
        }
        return Page();
    }

    /// <summary>The report as CSV or Excel: headline figures and every table, hidden figures as [c].</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string name, string format, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refused)
        {
            return refused;
        }
        return CsvDownload.File(format, $"workforce-{Report.Definition.Name}-{Scope.AsAt:yyyy-MM-dd}", ReportExport.CsvHeader, ReportExport.CsvRows(Report, Scope.Label).ToList());
    }

    private async Task<IActionResult?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var definition = WorkforceReports.Find(name);
        if (definition is null)
        {
            return NotFound();
        }
        var (scope, notFound) = await ReportScope.ResolveAsync(db, User.Scope(), Area, Organisation, District, Sector, Category, AsAt,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (scope is null)
        {
            return notFound is null ? Forbid() : NotFound(notFound);
        }
        Scope = scope;
        Report = await intelligence.BuildAsync(definition, scope.Filter, scope.AsAt, suppress: !scope.SeesOwnFigures, cancellationToken);
        return null;
    }
}
