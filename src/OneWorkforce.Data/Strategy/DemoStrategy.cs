using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;

namespace OneWorkforce.Data.Strategy;

/// <summary>
/// The demo area's workforce strategy: the Sector Skills Agreement's priorities and solutions over five years from last
/// year, a steering group, some actions under way with progress notes, five indicators (four computed from the demo's
/// data, one entered by hand from induction feedback) and last quarter's report issued.
/// </summary>
public sealed class DemoStrategy(OneWorkforceDbContext db, StrategyStore store, StrategyIndicators indicators, StrategyReports reports)
{
    public async Task LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.Strategies.AnyAsync(s => s.AreaId == area.Id, cancellationToken))
        {
            return;
        }
        var today = store.Today;
        var created = await store.CreateAsync(area.Id, new StrategyInput("Demoshire Children's Workforce Strategy", null, null, today.Year - 1, today.Year + 3,
            StrategyTemplates.SectorSkillsAgreement), cancellationToken);
        var strategy = created.Value ?? throw new InvalidOperationException(created.Errors.ToString());
        foreach (var (name, organisation, role) in new[]
                 {
                     ("Jo Patel", "Demoshire County Council", "Chair; Assistant Director, Children's Services"),
                     ("Sam Okafor", "Demoshire Training Partnership", "Workforce Strategy Manager"),
                     ("Alex Morgan", "Little Acorns Day Nursery", "Representative of private, voluntary and independent providers"),
                 })
        {
            await store.AddMemberAsync(strategy, name, organisation, role, cancellationToken);
        }
        var actions = await db.PlanActions.Where(a => a.StrategyId == strategy.Id).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var statuses = new[] { ActionStatuses.OnTrack, ActionStatuses.OnTrack, ActionStatuses.AtRisk, ActionStatuses.Done, ActionStatuses.OnTrack, ActionStatuses.OffTrack };
        for (var i = 0; i < actions.Count && i < statuses.Length; i++)
        {
            actions[i].Status = statuses[i];
        }
        await db.SaveChangesAsync(cancellationToken);
        await store.AddNoteAsync(strategy, actions[0].Id, today.AddDays(-20), "Recruitment road show held in Northbridge: 40 visitors, 12 volunteer sign-ups.", "Sam Okafor", cancellationToken);
        await store.AddNoteAsync(strategy, actions[2].Id, today.AddDays(-10), "Joint advertising pack drafted; two partners still to sign off.", "Sam Okafor", cancellationToken);

        var baselineOn = today.AddYears(-1);
        foreach (var (measure, target) in new[]
                 {
                     ("workforce:qualifications:level-3-early-years", 85m), ("workforce:turnover:turnover", 10m), ("workforce:training:safeguarding", 95m),
                     (Measures.TrainingAttendance, 400m),
                 })
        {
            var (indicator, _) = await indicators.AddAsync(strategy, new IndicatorInput(null, null, measure, null, true, null, null, target.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new DateOnly(today.Year + 3, 3, 31)), cancellationToken);
            if (indicator is null)
            {
                continue;
            }
            var first = await indicators.ComputeAsync(strategy, indicator, baselineOn, "demo", cancellationToken);
            if (first is not null)
            {
                await db.SuccessIndicators.Where(i => i.Id == indicator.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Baseline, first.Value).SetProperty(i => i.BaselineOn, baselineOn), cancellationToken);
            }
            await indicators.ComputeAsync(strategy, indicator, today, "demo", cancellationToken);
        }
        var (feedback, _) = await indicators.AddAsync(strategy, new IndicatorInput("New starters rating their induction good or better", "From the induction feedback forms", IndicatorInput.Manual,
            IndicatorUnits.Percent, true, "72", baselineOn, "90", new DateOnly(today.Year + 3, 3, 31)), cancellationToken);
        if (feedback is not null)
        {
            var lastQuarterEnd = Quarter.Of(today).Previous.Ends;
            await indicators.RecordAsync(strategy, feedback, new ValueInput("72", baselineOn, "Induction feedback forms, baseline year"), "demo", cancellationToken);
            await indicators.RecordAsync(strategy, feedback, new ValueInput("79", lastQuarterEnd, "Induction feedback forms for the quarter"), "demo", cancellationToken);
        }
        await reports.IssueAsync(strategy, Quarter.Of(today).Previous, "demo", cancellationToken);
    }
}
