using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Strategy;

/// <summary>
/// Success indicators and their values: a computed indicator's value is read from the live data and kept with its date and
/// source, so its trend does not move when the data does; a manual one takes values entered with their evidence.
/// </summary>
public sealed class StrategyIndicators(OneWorkforceDbContext db, StrategyMeasures measures, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<(SuccessIndicator? Indicator, FieldErrors Errors)> AddAsync(WorkforceStrategy strategy, IndicatorInput input, CancellationToken cancellationToken = default)
    {
        var (indicator, errors) = input.Validate(strategy.Id);
        if (indicator is null)
        {
            return (null, errors);
        }
        indicator.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.SuccessIndicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("strategy-indicator-add", "SuccessIndicator", indicator.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["name"] = new(null, indicator.Name), ["target"] = new(null, indicator.Target.ToString(CultureInfo.InvariantCulture)) }, strategy.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        return (indicator, errors);
    }

    public Task<SuccessIndicator?> FindAsync(WorkforceStrategy strategy, int id, CancellationToken cancellationToken = default) =>
        db.SuccessIndicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.StrategyId == strategy.Id, cancellationToken);

    public Task<List<IndicatorValue>> ValuesAsync(int indicatorId, CancellationToken cancellationToken = default) =>
        db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicatorId).OrderBy(v => v.On).ThenBy(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>Records a value entered by hand, with its evidence (manual indicators only).</summary>
    public async Task<FieldErrors> RecordAsync(WorkforceStrategy strategy, SuccessIndicator indicator, ValueInput input, string recordedBy, CancellationToken cancellationToken = default)
    {
        if (indicator.Measure is not null)
        {
            return new FieldErrors().Add("Value", "This indicator is computed from the data: record its value with 'Record today's value' instead");
        }
        var (value, errors) = input.Validate(Today);
        if (errors.Any)
        {
            return errors;
        }
        await AddValueAsync(strategy, indicator, input.On!.Value, value!.Value, input.Evidence!.Trim(), recordedBy, cancellationToken);
        return errors;
    }

    /// <summary>Reads a computed indicator's value from the live data as at the date and keeps it; null when there is nothing to read yet.</summary>
    public async Task<IndicatorValue?> ComputeAsync(WorkforceStrategy strategy, SuccessIndicator indicator, DateOnly asAt, string recordedBy, CancellationToken cancellationToken = default)
    {
        if (Measures.Find(indicator.Measure) is not { } measure || await measures.ComputeAsync(measure, strategy.AreaId, asAt, cancellationToken) is not { } computed)
        {
            return null;
        }
        return await AddValueAsync(strategy, indicator, asAt, computed.Value, computed.Source, recordedBy, cancellationToken);
    }

    /// <summary>Computes every computed indicator of the strategy as at the date: how many got a value.</summary>
    public async Task<int> ComputeAllAsync(WorkforceStrategy strategy, DateOnly asAt, string recordedBy, CancellationToken cancellationToken = default)
    {
        var computed = 0;
        foreach (var indicator in await db.SuccessIndicators.AsNoTracking().Where(i => i.StrategyId == strategy.Id && i.Measure != null).ToListAsync(cancellationToken))
        {
            if (await ComputeAsync(strategy, indicator, asAt, recordedBy, cancellationToken) is not null)
            {
                computed++;
            }
        }
        return computed;
    }

    private async Task<IndicatorValue> AddValueAsync(WorkforceStrategy strategy, SuccessIndicator indicator, DateOnly on, decimal value, string source, string recordedBy,
        CancellationToken cancellationToken)
    {
        var row = new IndicatorValue
        {
            IndicatorId = indicator.Id, On = on, Value = value, Source = source.Length > 500 ? source[..500] : source, RecordedBy = recordedBy,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.IndicatorValues.Add(row);
        audit.Record("strategy-indicator-value", "SuccessIndicator", indicator.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["value"] = new(null, value.ToString(CultureInfo.InvariantCulture)), ["on"] = new(null, on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) },
            strategy.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }
}

/// <summary>
/// Quarterly reports: built from the live plan and indicators, or read back exactly as issued. Issuing stores the whole
/// report, once per quarter, so a past quarter reads the same a year later; the next report lists what changed since.
/// </summary>
public sealed class StrategyReports(OneWorkforceDbContext db, StrategyStore store, AuditLog audit, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The issued report of the quarter if there is one; otherwise a draft from the live data. The flag says which.</summary>
    public async Task<(QuarterReport Report, StrategyReport? Issued)> ForQuarterAsync(WorkforceStrategy strategy, Quarter quarter, CancellationToken cancellationToken = default)
    {
        var key = quarter.ToString();
        var issued = await db.StrategyReports.AsNoTracking().SingleOrDefaultAsync(r => r.StrategyId == strategy.Id && r.Quarter == key, cancellationToken);
        if (issued is not null)
        {
            return (JsonSerializer.Deserialize<QuarterReport>(issued.ReportJson, Json)!, issued);
        }
        return (await DraftAsync(strategy, quarter, cancellationToken), null);
    }

    public async Task<QuarterReport> DraftAsync(WorkforceStrategy strategy, Quarter quarter, CancellationToken cancellationToken = default)
    {
        var plan = await store.PlanAsync(strategy, cancellationToken);
        var key = quarter.ToString();
        var previousJson = await db.StrategyReports.AsNoTracking().Where(r => r.StrategyId == strategy.Id && string.Compare(r.Quarter, key) < 0)
            .OrderByDescending(r => r.Quarter).Select(r => r.ReportJson).FirstOrDefaultAsync(cancellationToken);
        var previous = previousJson is null ? null : JsonSerializer.Deserialize<QuarterReport>(previousJson, Json);
        var priorities = plan.Priorities.ToDictionary(p => p.Id, p => p.Title);
        return QuarterlyReport.Build(strategy, quarter,
            plan.Indicators.Select(i => (i, (IReadOnlyList<IndicatorValue>)plan.Values.Where(v => v.IndicatorId == i.Id).ToList())).ToList(),
            plan.Actions.Select(a => new ActionFacts(a, a.PriorityId is { } p ? priorities.GetValueOrDefault(p) : null, a.Notes)).ToList(),
            previous);
    }

    /// <summary>Issues the quarter's report as it stands: false when it was issued before (it never changes after).</summary>
    public async Task<bool> IssueAsync(WorkforceStrategy strategy, Quarter quarter, string issuedBy, CancellationToken cancellationToken = default)
    {
        var key = quarter.ToString();
        if (await db.StrategyReports.AnyAsync(r => r.StrategyId == strategy.Id && r.Quarter == key, cancellationToken))
        {
            return false;
        }
        var report = await DraftAsync(strategy, quarter, cancellationToken);
        db.StrategyReports.Add(new StrategyReport
        {
            StrategyId = strategy.Id, Quarter = key, ReportJson = JsonSerializer.Serialize(report, Json), IssuedBy = issuedBy, IssuedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("strategy-report-issue", "Strategy", strategy.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["quarter"] = new(null, key) }, strategy.AreaId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // issued a moment ago on another node
        }
        return true;
    }
}
