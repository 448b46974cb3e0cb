using OneWorkforce.Core.Plans;

namespace OneWorkforce.Core.Strategy;

/// <summary>An indicator's line in the report: its latest value by the end of the quarter against its target.</summary>
public sealed record IndicatorLine(int Id, string Name, string Unit, decimal? Baseline, decimal Target, DateOnly DueOn, decimal? Value, DateOnly? ValueOn,
    string? Source, string Rag, decimal? PreviousValue);

/// <summary>An action's line in the report: where it stands and its latest progress note in the quarter.</summary>
public sealed record ActionLine(int Id, int Number, string Title, string? Priority, string Status, string Rag, DateOnly? DueOn, string? LatestNote);

/// <summary>
/// The quarterly report to the management group (seed 001 "Monitoring performance"): indicators against target with red,
/// amber and green, actions by status, what changed since the last issued report, and the exceptions that need the
/// group's attention. Built from the live data, then stored whole when issued.
/// </summary>
public sealed record QuarterReport(string Quarter, string Strategy, string Period, DateOnly From, DateOnly To,
    IReadOnlyList<IndicatorLine> Indicators, IReadOnlyList<ActionLine> Actions, IReadOnlyDictionary<string, int> ActionsByStatus,
    IReadOnlyList<string> Changes, IReadOnlyList<string> Exceptions, string? PreviousQuarter);

public sealed record ActionFacts(PlanAction Action, string? Priority, IReadOnlyList<ActionProgressNote> Notes);

public static class QuarterlyReport
{
    public static QuarterReport Build(WorkforceStrategy strategy, Quarter quarter, IReadOnlyList<(SuccessIndicator Indicator, IReadOnlyList<IndicatorValue> Values)> indicators,
        IReadOnlyList<ActionFacts> actions, QuarterReport? previous)
    {
        var end = quarter.Ends;
        var indicatorLines = indicators.Select(x =>
        {
            var latest = x.Values.Where(v => v.On <= end).OrderBy(v => v.On).ThenBy(v => v.Id).LastOrDefault();
            var before = previous?.Indicators.FirstOrDefault(p => p.Id == x.Indicator.Id)?.Value;
            return new IndicatorLine(x.Indicator.Id, x.Indicator.Name, x.Indicator.Unit, x.Indicator.Baseline, x.Indicator.Target, x.Indicator.DueOn,
                latest?.Value, latest?.On, latest?.Source, Rag.ForIndicator(x.Indicator, latest?.Value, latest?.On, end), before);
        }).ToList();
        var actionLines = actions.OrderBy(a => a.Action.Number).Select(a => new ActionLine(a.Action.Id, a.Action.Number, a.Action.Title, a.Priority, a.Action.Status,
            Rag.ForAction(a.Action.Status, a.Action.DueOn, end), a.Action.DueOn,
            a.Notes.Where(n => n.On >= quarter.Starts && n.On <= end).OrderBy(n => n.On).ThenBy(n => n.Id).LastOrDefault()?.Text)).ToList();
        var byStatus = ActionStatuses.All.ToDictionary(s => s.Name, s => actionLines.Count(a => a.Status == s.Code));

        var changes = new List<string>();
        if (previous is not null)
        {
            foreach (var line in actionLines)
            {
                var was = previous.Actions.FirstOrDefault(p => p.Id == line.Id);
                if (was is null)
                {
                    changes.Add($"New action {line.Number}: {line.Title}");
                }
                else if (was.Status != line.Status)
                {
                    changes.Add($"Action {line.Number} moved from {ActionStatuses.Find(was.Status)?.Name ?? was.Status} to {ActionStatuses.Find(line.Status)?.Name ?? line.Status}: {line.Title}");
                }
            }
            foreach (var line in indicatorLines)
            {
                var was = previous.Indicators.FirstOrDefault(p => p.Id == line.Id);
                if (was is not null && was.Rag != line.Rag)
                {
                    changes.Add($"{line.Name} moved from {Rag.Words(was.Rag).ToLowerInvariant()} to {Rag.Words(line.Rag).ToLowerInvariant()} ({IndicatorUnits.Format(line.Unit, was.Value)} to {IndicatorUnits.Format(line.Unit, line.Value)})");
                }
                else if (was is not null && was.Value != line.Value && line.Value is not null)
                {
                    changes.Add($"{line.Name} is now {IndicatorUnits.Format(line.Unit, line.Value)} (was {IndicatorUnits.Format(line.Unit, was.Value)})");
                }
            }
        }
        foreach (var line in actionLines.Where(a => a.LatestNote is not null))
        {
            changes.Add($"Action {line.Number}: {line.LatestNote}");
        }

        var exceptions = new List<string>();
        exceptions.AddRange(indicatorLines.Where(i => i.Rag == Rag.Red).Select(i => i.DueOn < end
            ? $"{i.Name}: the target of {IndicatorUnits.Format(i.Unit, i.Target)} was due by {i.DueOn:d MMMM yyyy} and is at {IndicatorUnits.Format(i.Unit, i.Value)}"
            : $"{i.Name} is at {IndicatorUnits.Format(i.Unit, i.Value)}, well behind the way to {IndicatorUnits.Format(i.Unit, i.Target)} by {i.DueOn:d MMMM yyyy}"));
        exceptions.AddRange(actionLines.Where(a => a.Rag == Rag.Red).Select(a => a.DueOn is { } due && due < end && a.Status != ActionStatuses.OffTrack
            ? $"Action {a.Number} was due by {due:d MMMM yyyy} and is not done: {a.Title}"
            : $"Action {a.Number} is off track: {a.Title}"));
        return new QuarterReport(quarter.ToString(), strategy.Title, strategy.Period, quarter.Starts, end, indicatorLines, actionLines, byStatus, changes, exceptions,
            previous?.Quarter);
    }

    public static readonly IReadOnlyList<string> Header = ["Section", "Item", "Baseline", "Value", "Target", "Due", "Rating", "Detail"];

    /// <summary>The report as rows for CSV and Excel, in the page's order.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(QuarterReport report)
    {
        foreach (var i in report.Indicators)
        {
            yield return ["Indicator", i.Name, IndicatorUnits.Format(i.Unit, i.Baseline), IndicatorUnits.Format(i.Unit, i.Value), IndicatorUnits.Format(i.Unit, i.Target),
                i.DueOn.ToString("yyyy-MM-dd"), Rag.Words(i.Rag), i.Source ?? ""];
        }
        foreach (var a in report.Actions)
        {
            yield return ["Action", $"{a.Number}. {a.Title}", "", ActionStatuses.Find(a.Status)?.Name ?? a.Status, "", a.DueOn?.ToString("yyyy-MM-dd") ?? "", Rag.Words(a.Rag),
                a.LatestNote ?? a.Priority ?? ""];
        }
        foreach (var (status, count) in report.ActionsByStatus)
        {
            yield return ["Actions by status", status, "", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "", "", ""];
        }
        foreach (var change in report.Changes)
        {
            yield return ["Changed since the last report", change, "", "", "", "", "", ""];
        }
        foreach (var exception in report.Exceptions)
        {
            yield return ["Exception", exception, "", "", "", "", "", ""];
        }
    }
}
