namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Headcount and full-time equivalent by contract. Facts: for each contract code, N people in post and M the
/// sum of their contracted hours, each capped at full time (a full-time contract with no hours counts as full time).
/// </summary>
internal static class HeadcountReport
{
    public static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Build(ReportCalculator.Context context)
    {
        var items = Bands.WithNotKnown(WorkforceCodes.Contracts);
        var line = context.Line(items.Select(i => i.Code).ToList());
        double Fte(string code) => context[code].M / (double)WorkforceStandard.FullTimeHours;
        var rows = items.Select((item, i) => new ReportRow(item.Code, item.Label, null,
            [line.CountOf(i), line.ShareOf(i), context.Number([item.Code], Fte(item.Code), line.CountOf(i), "fte")])).ToList();
        var allCodes = items.Select(i => i.Code).ToList();
        var totalFte = items.Sum(i => Fte(i.Code));
        rows.Add(new ReportRow("total", "Total", null,
            [line.TotalFigure, line.Total == 0 ? Figure.None : line.TotalHidden ? Figure.HiddenFigure : Figure.Of(100), context.Number(allCodes, totalFte, line.TotalFigure, "fte")], IsTotal: true));
        var table = new ReportTable("People in post by contract", "Contract",
            [new ReportColumn("People", FigureKind.Count), new ReportColumn("Share (%)", FigureKind.Percent), new ReportColumn("Full-time equivalent", FigureKind.Number)], rows);
        var (_, paidShown) = line.Sum(WorkforceCodes.PaidContracts);
        var paidFte = WorkforceCodes.PaidContracts.Sum(Fte);
        Headline[] headlines =
        [
            new("people", "People in post", FigureKind.Count, line.Total, 1, line.TotalFigure, "staff and volunteers"),
            new("fte", "Full-time equivalent of paid staff", FigureKind.Number, Math.Round(paidFte, 1), 1,
                context.Number(WorkforceCodes.PaidContracts.ToList(), paidFte, paidShown, "fte"), $"contracted hours over {WorkforceStandard.FullTimeHours}, each person counted at most once"),
            line.Share("volunteers", "Volunteers and committee members", ["volunteer", "committee"], null, "of people in post"),
        ];
        return (headlines, [table], [$"Full-time equivalent is contracted hours over {WorkforceStandard.FullTimeHours} a week, at most 1 for each person; a full-time contract with no hours recorded counts as 1."]);
    }
}
