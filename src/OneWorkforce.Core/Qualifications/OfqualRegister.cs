using System.Globalization;
using OneWorkforce.Core.Imports;

namespace OneWorkforce.Core.Qualifications;

/// <summary>
/// The Ofqual Register of Regulated Qualifications download (<c>--format ofqual</c>): its columns and
/// the rules each row must meet. Rows are matched by qualification number; the stored reference is
/// <c>OQ-</c> and the number with dashes (603/5829/4 → OQ-603-5829-4).
/// </summary>
public static class OfqualRegister
{
    public const string Number = "Qualification Number";
    public const string Title = "Qualification Title";
    public const string Owner = "Owner Organisation Name";
    public const string Level = "Qualification Level";
    public const string Type = "Qualification Type";
    public const string Credits = "Total Credits";
    public const string Glh = "Guided Learning Hours";
    public const string Tqt = "Total Qualification Time";
    public const string Start = "Operational Start Date";
    public const string End = "Operational End Date";
    public const string CertificationEnd = "Certification End Date";
    public const string Status = "Qualification Status";

    public static readonly IReadOnlyList<string> RequiredColumns = [Number, Title, Owner, Level];

    public static string ReferenceFor(string number) => "OQ-" + number.Replace('/', '-');

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "dd-MM-yyyy"];

    /// <summary>Ofqual writes levels as "Level 3", "Entry Level", "Level 1/Level 2" or "Not Applicable".</summary>
    public static string? LevelCode(string written)
    {
        var text = written.Trim().ToLowerInvariant().Replace("level", "").Replace(" ", "");
        if (text.StartsWith("entry", StringComparison.Ordinal))
        {
            return "entry";
        }
        if (text is "notapplicable" or "n/a" or "")
        {
            return written.Trim().Length == 0 ? null : "not-levelled";
        }
        var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // "Level 1/Level 2" (GCSE-style) files under the higher level.
        return parts.All(p => p.Length == 1 && p[0] is >= '1' and <= '8') ? parts.Max() : null;
    }

    public static string? TypeCode(string written)
    {
        var t = written.Trim().ToLowerInvariant();
        return t switch
        {
            "" => null,
            _ when t.Contains("nvq") => "nvq",
            _ when t.Contains("diploma") => "diploma",
            _ when t.Contains("certificate") => "certificate",
            _ when t.Contains("award") => "award",
            _ when t.Contains("apprenticeship") || t.Contains("end-point") => "apprenticeship",
            _ => "other",
        };
    }

    private static readonly string[] Ended = ["no longer awarded", "withdrawn", "expired", "no longer available"];

    public static (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field)
    {
        var problems = new List<ImportProblem>();
        void Problem(string column, string message) => problems.Add(new ImportProblem(file, line, column, field(column), message));

        var number = QualificationNumber.Normalise(field(Number));
        if (number is null)
        {
            Problem(Number, "Every row of the Ofqual register needs its qualification number, like 603/5829/4");
        }
        else if (!QualificationNumber.IsValid(number))
        {
            Problem(Number, $"'{field(Number).Trim()}' is not a qualification number. {QualificationNumber.FormatHint}");
        }
        var title = field(Title).Trim();
        if (title.Length == 0)
        {
            Problem(Title, "Enter the qualification's title");
        }
        else if (title.Length > EarlyYearsList.MaxTitleLength)
        {
            Problem(Title, $"The title is {title.Length} characters long. Shorten it to {EarlyYearsList.MaxTitleLength} characters or fewer");
        }
        var owner = field(Owner).Trim();
        if (owner.Length == 0)
        {
            Problem(Owner, "Enter the awarding organisation");
        }
        var level = LevelCode(field(Level));
        if (level is null)
        {
            Problem(Level, $"'{field(Level).Trim()}' is not a level. Use Entry Level, Level 1 to Level 8, or Not Applicable");
        }
        int? Whole(string column)
        {
            var text = field(column).Trim().Replace(",", "");
            if (text.Length == 0)
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100_000)
            {
                return value;
            }
            Problem(column, "Enter a whole number of 0 or more, or leave it empty");
            return null;
        }
        DateOnly? Date(string column)
        {
            var text = field(column).Trim();
            if (text.Length == 0)
            {
                return null;
            }
            if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return DateOnly.FromDateTime(value);
            }
            Problem(column, "Write the date as day/month/year, like 01/09/2017, or leave it empty");
            return null;
        }
        var credits = Whole(Credits);
        var glh = Whole(Glh);
        var tqt = Whole(Tqt);
        var start = Date(Start);
        var end = Date(End);
        var certificationEnd = Date(CertificationEnd);
        if (start is not null && end is not null && end < start)
        {
            Problem(End, "The operational end date is before the start date. Correct one of them");
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var status = field(Status).Trim().ToLowerInvariant();
        return (new QualificationRecord(ReferenceFor(number!), number, title, level!, owner, start, end, null, line)
        {
            TypeCode = TypeCode(field(Type)),
            Credits = credits,
            GuidedLearningHours = glh,
            TotalQualificationTime = tqt,
            OperationalEnd = end,
            CertificationEnd = certificationEnd,
            WithdrawnBySource = Ended.Any(status.Contains),
        }, problems);
    }
}
