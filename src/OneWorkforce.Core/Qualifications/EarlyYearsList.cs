using System.Text.RegularExpressions;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications;

/// <summary>
/// The Department for Education's early years qualifications list (the "eyql" format): its columns
/// and the rules each row must meet. Later files update earlier rows by <c>Qualification Ref</c>.
/// </summary>
public static partial class EarlyYearsList
{
    public const string Ref = "Qualification Ref";
    public const string Level = "Qualification Level";
    public const string From = "From which date";
    public const string To = "To which date";
    public const string Name = "Qualification Name";
    public const string Body = "Awarding Organisation Title";
    public const string Number = "Qualification Number";
    public const string Notes = "Notes/Additional Requirements";

    /// <summary>The columns a file must have. AdditionalRequirementQuestions and RatioRequirements belong to the publisher's content system and are ignored.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = [Ref, Level, From, To, Name, Body, Number, Notes];

    public const int MaxTitleLength = 400;

    [GeneratedRegex("^EYQ-[0-9]{1,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex RefPattern();

    /// <summary>Checks one row. <paramref name="field"/> gives a column's value by its header name.</summary>
    public static (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field)
    {
        var problems = new List<ImportProblem>();
        void Problem(string column, string value, string message) => problems.Add(new ImportProblem(file, line, column, value, message));

        var reference = field(Ref).Trim().ToUpperInvariant();
        if (reference.Length == 0)
        {
            Problem(Ref, "", "Every row needs a reference like EYQ-240. Add one, or delete the row");
        }
        else if (!RefPattern().IsMatch(reference))
        {
            Problem(Ref, field(Ref), "A reference is EYQ- followed by a number, like EYQ-240");
        }

        var levelText = field(Level).Trim();
        var level = QualificationLevels.All.FirstOrDefault(l => string.Equals(l.Code, levelText, StringComparison.OrdinalIgnoreCase));
        if (level is null)
        {
            Problem(Level, levelText, levelText.Length == 0
                ? "Enter the level: a number from 1 to 8, or entry"
                : $"'{levelText}' is not a qualification level. Use a number from 1 to 8, or entry");
        }

        if (!MonthYear.TryParse(field(From), out var validFrom))
        {
            Problem(From, field(From), MonthYear.FormatHint);
        }
        if (!MonthYear.TryParse(field(To), out var validTo))
        {
            Problem(To, field(To), MonthYear.FormatHint);
        }
        if (validFrom is not null && validTo is not null && validTo < validFrom)
        {
            Problem(To, field(To), $"The end ({field(To).Trim()}) is before the start ({field(From).Trim()}). Swap them or correct one");
        }

        var title = Squash(field(Name));
        if (title.Length == 0)
        {
            Problem(Name, "", "Enter the qualification's name");
        }
        else if (title.Length > MaxTitleLength)
        {
            Problem(Name, title, $"The name is {title.Length} characters long. Shorten it to {MaxTitleLength} characters or fewer");
        }

        var body = Squash(field(Body));
        if (body.Length == 0)
        {
            Problem(Body, "", "Enter the awarding organisation, or 'Various Awarding Organisations'");
        }
        else if (body.Length > MaxTitleLength)
        {
            Problem(Body, body, $"The awarding organisation is {body.Length} characters long. Shorten it to {MaxTitleLength} characters or fewer");
        }

        var number = QualificationNumber.Normalise(field(Number));
        if (number is not null && !QualificationNumber.IsValid(number))
        {
            Problem(Number, field(Number), $"'{field(Number).Trim()}' is not a qualification number. {QualificationNumber.FormatHint}");
        }

        var notes = field(Notes).Trim();
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new QualificationRecord(reference, number, title, level!.Code, body, validFrom, validTo,
            notes.Length == 0 || notes.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : notes, line), problems);
    }

    private static string Squash(string value) => Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
