namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Turnover: leavers in the 12 months to the report date over the average of the headcount at the start and
/// the end of those months. Facts: "leaver:REASON" for each leaving reason, "headcount-now" and "headcount-year-ago".
/// </summary>
internal static class TurnoverReport
{
    public static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Build(ReportCalculator.Context context, DateOnly asAt)
    {
        var items = WorkforceCodes.LeavingReasons.Items;
        var line = context.Line(items.Select(i => i.Code).ToList(), "leaver:", "leavers");
        var table = ReportCalculator.CountTable("Leavers in the last 12 months by reason for leaving", "Reason for leaving", items, line);
        var now = context["headcount-now"].N;
        var yearAgo = context["headcount-year-ago"].N;
        var average = (now + yearAgo) / 2.0;
        // Both headcounts are everyone in post on their date: the same cell as any report's total on that date.
        var nowShown = context.Count("headcount-now", Populations.InPost);
        var agoShown = context.Count("headcount-year-ago", Populations.InPost);
        var rate = line.TotalHidden || nowShown.Hidden || agoShown.Hidden ? Figure.HiddenFigure
            : CountLine.Ratio(line.TotalFigure, Figure.Of((nowShown.Value!.Value + agoShown.Value!.Value) / 2.0));
        Headline[] headlines =
        [
            new("turnover", "Turnover in the last 12 months", FigureKind.Percent, line.Total, average, rate,
                $"leavers over the average of the headcount on {asAt.AddYears(-1):d MMMM yyyy} and on {asAt:d MMMM yyyy}"),
            new("leavers", "Leavers in the last 12 months", FigureKind.Count, line.Total, 1, line.TotalFigure, "people who left"),
            new("headcount-now", $"Headcount on {asAt:d MMMM yyyy}", FigureKind.Count, now, 1, nowShown, "people in post"),
            new("headcount-year-ago", $"Headcount on {asAt.AddYears(-1):d MMMM yyyy}", FigureKind.Count, yearAgo, 1, agoShown, "people in post"),
        ];
        return (headlines, [table], ["Turnover counts every leaver, volunteers included; a person who left and came back counts once for each time they left."]);
    }
}
