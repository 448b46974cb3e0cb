namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>Ethnicity in the 19 census categories and their 5 groups, and the share from minority ethnic groups (everyone but White British).</summary>
internal static class EthnicityReport
{
    public static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Build(ReportCalculator.Context context)
    {
        var items = Bands.WithNotKnown(WorkforceCodes.Ethnicities);
        var codes = items.Select(i => i.Code).ToList();
        var line = context.Line(codes);
        var detail = ReportCalculator.CountTable("People in post by ethnicity", "Ethnicity", items, line);
        var stated = codes.Where(c => c is not "not-given" and not Bands.NotKnown).ToList();
        var groupRows = WorkforceCodes.EthnicGroups.Items.Select(group =>
        {
            var (_, shown) = line.Sum(items.Where(i => i.Hint == group.Code).Select(i => i.Code));
            return new ReportRow(group.Code, group.Label, null, [shown, CountLine.Ratio(shown, line.TotalFigure)]);
        }).ToList();
        foreach (var code in new[] { "not-given", Bands.NotKnown })
        {
            var index = codes.IndexOf(code);
            groupRows.Add(new ReportRow(code, items[index].Label, null, [line.CountOf(index), line.ShareOf(index)]));
        }
        groupRows.Add(detail.Rows[^1]);
        var groups = new ReportTable("People in post by ethnic group", "Ethnic group", detail.Columns, groupRows);
        Headline[] headlines =
        [
            line.Share("minority", "From minority ethnic groups", stated.Where(WorkforceCodes.IsMinorityEthnic), stated, "of people who gave their ethnicity"),
        ];
        return (headlines, [groups, detail],
            ["Minority ethnic groups are counted as the Office for National Statistics counts them: everyone except White British."]);
    }
}
