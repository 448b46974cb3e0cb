using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Turns the aggregated facts of a scope (counts by key, from <see cref="ReportFacts"/>) into a report: tables,
/// headline figures and notes, with disclosure control applied when the figures are shared beyond the
/// organisation that owns them. Pure: the same facts always give the same report.
/// </summary>
public static class ReportCalculator
{
    /// <summary>
    /// A report from its facts. Shared figures (<paramref name="suppress"/>) are protected with <paramref name="keys"/>:
    /// the cell keys of the organisations in the scope (ADR 0020). Without them the scope is taken as one block keyed by
    /// <see cref="UnkeyedSecret"/>, which is for tests of the calculation only: every shared report the product serves passes its keys.
    /// </summary>
    public static WorkforceReport Build(ReportDefinition definition, IReadOnlyDictionary<string, Measure> facts, DateOnly asAt, bool suppress,
        int threshold = Disclosure.DefaultThreshold, ICellKeys? keys = null)
    {
        if (suppress)
        {
            keys ??= new OrganisationCellKeys(UnkeyedSecret, [(0, facts)]);
        }
        var context = new Context(facts, suppress, threshold, keys);
        var (headlines, tables, notes) = definition.Name switch
        {
            "headcount" => HeadcountReport.Build(context),
            "age" => Distribution(context, Bands.AgeBands, "Age band", c => [
                c.Share("retire-5", "Could retire within 5 years (60 or over)", Bands.RetireWithin5Years, Known(Bands.AgeBands), "of people whose year of birth is known"),
                c.Share("retire-10", "Could retire within 10 years (55 or over)", Bands.RetireWithin10Years, Known(Bands.AgeBands), "of people whose year of birth is known")],
                "Age is worked out from the year of birth only: the year of the report less the year of birth."),
            "gender" => Distribution(context, WorkforceCodes.Genders, "Gender", c => [
                c.Share("female", "Female", ["female"], ["female", "male", "other"], "of people who gave their gender"),
                c.Share("male", "Male", ["male"], ["female", "male", "other"], "of people who gave their gender")]),
            "ethnicity" => EthnicityReport.Build(context),
            "disability" => Distribution(context, WorkforceCodes.Disability, "Disability", c => [
                c.Share("disabled", "Consider themselves disabled", ["yes"], ["yes", "no"], "of people who answered yes or no")]),
            "turnover" => TurnoverReport.Build(context, asAt),
            "stability" => Distribution(context, Bands.ServiceBands, "Length of service", c => [
                c.Share("stability", "With a year's service or more", Bands.ServiceBands.Items.Skip(1).Select(i => i.Code), null, "of people in post")],
                "Stability is the share of people in post who have worked here for a year or more."),
            "qualifications" => QualificationReport.Build(context),
            "training" => TrainingReport.Build(context),
            "apprenticeships" => Distribution(context, WorkforceCodes.Apprenticeship, "Apprenticeship", c => [
                c.Share("apprentices", "Apprentices now", ["current"], null, "of people in post"),
                c.Share("completed", "Completed an apprenticeship here", ["completed"], null, "of people in post")]),
            "induction" => Distribution(context, WorkforceCodes.YesNo, "Induction completed", c => [
                c.Share("induction", "Have completed their induction", ["yes"], ["yes", "no"], "of people whose induction is recorded")]),
            _ => throw new ArgumentException($"There is no report called '{definition.Name}'.", nameof(definition)),
        };
        var allNotes = new List<string>(notes) { $"People counted are those in post on {asAt:d MMMM yyyy}: started on or before it, and not left by it." };
        if (suppress)
        {
            allNotes.Add($"Figures shared beyond the organisation that owns them hide counts from 1 to {threshold - 1} ([c]) and round every other " +
                $"count to a multiple of {CellKeyRounding.Base}, up or down at random but always the same way for the same people, so totals may " +
                "not add up exactly and no figure can be worked out by subtracting one from another. Shares are worked out from the rounded counts.");
        }
        return new WorkforceReport(definition, asAt, suppress, threshold, headlines, tables, allNotes);
    }

    /// <summary>The key of calculations that are given no cell keys (unit tests of the figures). Never the product's own secret.</summary>
    public static readonly byte[] UnkeyedSecret = "unkeyed: tests of the calculation only"u8.ToArray();

    /// <summary>A list's codes without "not known": the people a share is out of when the unknown are left out.</summary>
    internal static IEnumerable<string> Known(CodeList list) => list.Items.Select(i => i.Code).Where(c => c != Bands.NotKnown && c != "not-given");

    /// <summary>One distribution: people in each code of a list (and "not known"), with their share of the total.</summary>
    internal static (IReadOnlyList<Headline>, IReadOnlyList<ReportTable>, IReadOnlyList<string>) Distribution(
        Context context, CodeList list, string heading, Func<CountLine, IReadOnlyList<Headline>> headlines, params string[] notes)
    {
        var items = Bands.WithNotKnown(list);
        var line = context.Line(items.Select(i => i.Code).ToList());
        var table = CountTable($"People in post by {heading.ToLowerInvariant()}", heading, items, line);
        return (headlines(line), [table], notes);
    }

    /// <summary>A table of people and share for each item of a line, with a total row.</summary>
    internal static ReportTable CountTable(string caption, string heading, IReadOnlyList<CodeListItem> items, CountLine line)
    {
        var rows = items.Select((item, i) => new ReportRow(item.Code, item.Label, item.Hint, [line.CountOf(i), line.ShareOf(i)])).ToList();
        rows.Add(new ReportRow("total", "Total", null, [line.TotalFigure, line.Total == 0 ? Figure.None : line.TotalHidden ? Figure.HiddenFigure : Figure.Of(100)], IsTotal: true));
        return new ReportTable(caption, heading, [new ReportColumn("People", FigureKind.Count), new ReportColumn("Share (%)", FigureKind.Percent)], rows);
    }

    /// <summary>The facts of one scope, and whether and how to protect them.</summary>
    internal sealed class Context(IReadOnlyDictionary<string, Measure> facts, bool suppress, int threshold, ICellKeys? keys)
    {
        public bool Suppress => suppress;

        public int Threshold => threshold;

        public Measure this[string key] => facts.TryGetValue(key, out var m) ? m : default;

        /// <summary>Whether any fact's key starts with the prefix.</summary>
        public bool Has(string prefix) => facts.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));

        public CountLine Line(IReadOnlyList<string> codes, string prefix = "", string totalPopulation = Populations.InPost) =>
            new(codes, codes.Select(c => this[prefix + c].N).ToList(), codes.Select(c => (IReadOnlyList<string>)[prefix + c]).ToList(),
                suppress ? Protect : null, totalPopulation);

        /// <summary>
        /// A count as it may be shown: as it is to the owner; shared, a zero as it is (a zero hides nobody), a count from 1 to
        /// the threshold less one hidden, any other rounded by its cell key.
        /// </summary>
        public Figure Protect(IReadOnlyCollection<string> factKeys, long value, string? population)
        {
            if (!suppress || value == 0)
            {
                return Figure.Of(value);
            }
            if (value < threshold)
            {
                return Figure.HiddenFigure;
            }
            return Figure.Of(CellKeyRounding.Round(value, keys!.KeyOf(population ?? Label(factKeys), factKeys)));
        }

        /// <summary>The count of one fact as it may be shown.</summary>
        public Figure Count(string factKey, string? population = null) => Protect([factKey], this[factKey].N, population);

        /// <summary>
        /// Another number about the people of a cell (full-time equivalent): shared, hidden with the cell's count and
        /// otherwise rounded as a count is, by a key of its own, so it can no more be subtracted than a count.
        /// </summary>
        public Figure Number(IReadOnlyCollection<string> factKeys, double value, Figure people, string measure)
        {
            if (!suppress)
            {
                return Figure.Of(Math.Round(value, 1));
            }
            if (people.Hidden)
            {
                return Figure.HiddenFigure;
            }
            return value <= 0 ? Figure.Of(0) : Figure.Of(CellKeyRounding.Round(value, keys!.KeyOf(measure + ":" + Label(factKeys), factKeys)));
        }

        private static string Label(IReadOnlyCollection<string> factKeys) => string.Join(',', factKeys.Order(StringComparer.Ordinal));
    }
}
