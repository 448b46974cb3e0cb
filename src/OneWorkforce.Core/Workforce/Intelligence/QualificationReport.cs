using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Highest relevant qualification level by workforce sector (the organisation's main sector). Facts: "SECTOR|LEVEL"
/// for each sector and level, with "not-known" for either when it is not recorded.
/// </summary>
internal static class QualificationReport
{
    public static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Build(ReportCalculator.Context context)
    {
        var allSectors = Bands.WithNotKnown(WorkforceCodeLists.WorkforceSectors);
        var sectors = allSectors.Where(s => context.Has(s.Code + "|")).ToList();
        var levels = Bands.WithNotKnown(WorkforceCodes.QualificationLevels);
        var levelCodes = levels.Select(l => l.Code).ToList();
        var counts = new long[sectors.Count, levels.Count];
        for (var r = 0; r < sectors.Count; r++)
        {
            for (var c = 0; c < levels.Count; c++)
            {
                counts[r, c] = context[sectors[r].Code + "|" + levels[c].Code].N;
            }
        }
        var totals = Disclosure.WithTotals(counts);
        // A sector's row is its own cells; the row of all sectors sums each level over every sector, and its total is everyone in post.
        IReadOnlyList<string> KeysOf(int r, string level) =>
            r < sectors.Count ? [sectors[r].Code + "|" + level] : allSectors.Select(s => s.Code + "|" + level).ToList(); // every sector: one key whatever the scope holds
        CountLine LineOf(int r) => new(levelCodes, Enumerable.Range(0, levels.Count).Select(c => totals[r, c]).ToList(),
            levelCodes.Select(level => KeysOf(r, level)).ToList(), context.Suppress ? context.Protect : null,
            r < sectors.Count ? "sector:" + sectors[r].Code : Populations.InPost);
        var known = levelCodes.Where(c => c != Bands.NotKnown).ToList();
        var level3 = known.Where(WorkforceCodes.IsLevel3OrAbove).ToList();
        var columns = levels.Select(l => new ReportColumn(l.Code == Bands.NotKnown ? "Not known" : l.Code == "none" ? "None" : l.Label, FigureKind.Count))
            .Append(new ReportColumn("Total", FigureKind.Count)).Append(new ReportColumn("Level 3 or above (%)", FigureKind.Percent)).ToList();
        var rows = new List<ReportRow>();
        var headlines = new List<Headline>();
        for (var r = 0; r <= sectors.Count; r++)
        {
            var line = LineOf(r);
            var isTotal = r == sectors.Count;
            var (code, label) = isTotal ? ("total", "All sectors") : (sectors[r].Code, sectors[r].Label);
            var share = line.Share("level-3:" + code, isTotal ? "Staff at level 3 or above" : $"{label} staff at level 3 or above", level3, known,
                "of people in post whose qualification level is known");
            var figures = Enumerable.Range(0, levels.Count).Select(line.CountOf).Append(line.TotalFigure).Append(share.Shown).ToList();
            rows.Add(new ReportRow(code, label, null, figures, isTotal));
            if (isTotal || code == "early-years")
            {
                headlines.Insert(isTotal ? headlines.Count : 0, share with { Code = isTotal ? "level-3" : "level-3-early-years" });
            }
        }
        // The chart draws each sector's people (the "Total" column), not its first level's: it once drew only "None".
        var table = new ReportTable("People in post by workforce sector and highest relevant qualification level", "Workforce sector", columns, rows, ChartColumn: levels.Count);
        return (headlines, [table], ["A person's sector is the main workforce sector of the organisation they work in."]);
    }
}
