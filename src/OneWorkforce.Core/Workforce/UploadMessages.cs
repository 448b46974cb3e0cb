namespace OneWorkforce.Core.Workforce;

public enum Severity
{
    /// <summary>Blocks the upload: nothing is saved until it is fixed.</summary>
    Error,
    /// <summary>Worth a look, but the upload goes ahead.</summary>
    Warning,
}

/// <summary>A kind of upload message: a stable code, whether it blocks, a title and how to fix it.</summary>
public sealed record MessageCode(string Code, Severity Severity, string Title, string Fix);

/// <summary>One message about an upload: its code, where (file, row, column), the value found and what to do.</summary>
public sealed record UploadMessage(string Code, Severity Severity, string File, long Row, string Column, string Value, string Message, string Fix)
{
    public override string ToString() =>
        $"{Code} {File}{(Row > 0 ? $", row {Row}" : "")}{(Column.Length > 0 ? $", column '{Column}'" : "")}{(Value.Length > 0 ? $" ('{Shorten(Value)}')" : "")}: {Message} {Fix}";

    public static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;
}

/// <summary>Every message code an upload can give, listed on the data dictionary page.</summary>
public static class MessageCodes
{
    public static readonly MessageCode FileTooLarge = new("E100", Severity.Error, "File too large",
        "Split the file into smaller files (for example one per organisation) and upload them together.");
    public static readonly MessageCode FileUnreadable = new("E101", Severity.Error, "File cannot be read",
        "Save the file from your spreadsheet as 'CSV UTF-8 (Comma delimited)' or as an Excel workbook (.xlsx), and upload it again.");
    public static readonly MessageCode FileNotRecognised = new("E102", Severity.Error, "File not recognised",
        "Start the file with the header row of one of the templates (organisations, workers or training records). Download a template from the data dictionary.");
    public static readonly MessageCode MissingColumn = new("E103", Severity.Error, "Required column missing",
        "Add the column to the header row, spelled as in the template.");
    public static readonly MessageCode RepeatedColumn = new("E104", Severity.Error, "Column repeated",
        "Keep one column of each name in the header row.");
    public static readonly MessageCode MissingValue = new("E110", Severity.Error, "Required value missing",
        "Fill in the value. The data dictionary says what each column needs.");
    public static readonly MessageCode UnknownCode = new("E111", Severity.Error, "Not a code from the list",
        "Use one of the codes listed in the data dictionary for this column.");
    public static readonly MessageCode NotANumber = new("E112", Severity.Error, "Not a number in range",
        "Type a plain number, such as 22.5, within the limits the data dictionary gives.");
    public static readonly MessageCode NotADate = new("E113", Severity.Error, "Not a date",
        "Type the date as yyyy-mm-dd, for example 2024-09-02.");
    public static readonly MessageCode NotAYear = new("E114", Severity.Error, "Not a year",
        "Type the year of birth as four digits, for example 1987. Never the full date of birth.");
    public static readonly MessageCode TooLong = new("E115", Severity.Error, "Value too long",
        "Shorten the value to the length the data dictionary gives.");
    public static readonly MessageCode PersonalIdentifier = new("E116", Severity.Error, "Looks like a personal identifier",
        "Use a pseudonymous staff reference (such as a payroll number), never a National Insurance number, email address or name with date of birth.");
    public static readonly MessageCode LeavingReasonWithoutDate = new("E117", Severity.Error, "Reason for leaving without a leaving date",
        "Add the leaving date, or clear the reason if the person has not left.");
    public static readonly MessageCode LeavingDateWithoutReason = new("E118", Severity.Error, "Leaving date without a reason",
        "Add the reason for leaving; use 'not-known' if you do not know it.");
    public static readonly MessageCode FutureDate = new("E119", Severity.Error, "Date in the future",
        "Check the date: a start date or a date completed cannot be after today.");
    public static readonly MessageCode DuplicateRow = new("E130", Severity.Error, "Same record twice",
        "Keep one row for each record: remove or merge the repeated rows.");
    public static readonly MessageCode UnknownOrganisation = new("E131", Severity.Error, "Organisation not known",
        "Use the reference of an organisation in this area, or include the organisation in an organisations file uploaded with this one.");
    public static readonly MessageCode UnknownWorker = new("E132", Severity.Error, "Training for a person not known",
        "Add the person to a workers file uploaded with this one, or correct the staff reference.");
    public static readonly MessageCode NotYourOrganisation = new("E133", Severity.Error, "Another organisation's record",
        "Upload only your own organisation's records: use your organisation reference.");
    public static readonly MessageCode OrganisationsFileNotAllowed = new("E134", Severity.Error, "Organisations file not allowed",
        "Only the area lead uploads the organisations file. Ask them to change your organisation's details.");
    public static readonly MessageCode YoungerThan14 = new("W201", Severity.Warning, "Younger than 14",
        "Check the year of birth: the person would be under 14.");
    public static readonly MessageCode OlderThan90 = new("W202", Severity.Warning, "Older than 90",
        "Check the year of birth: the person would be over 90.");
    public static readonly MessageCode LongHours = new("W203", Severity.Warning, "More than 60 hours a week",
        "Check the contracted hours: more than 60 hours a week is unusual.");
    public static readonly MessageCode LeftBeforeStarting = new("W204", Severity.Warning, "Leaving date before start date",
        "Check both dates: the leaving date is before the start date.");
    public static readonly MessageCode IgnoredColumn = new("W205", Severity.Warning, "Column not in the standard",
        "The column is not part of the data standard and was ignored. Remove it, or check its spelling.");
    public static readonly MessageCode ReadAsWindows1252 = new("W206", Severity.Warning, "Read as Windows-1252",
        "The file is not UTF-8, so it was read as Windows-1252 (Excel's 'CSV (Comma delimited)'). Check accented letters came through; next time save as 'CSV UTF-8'.");
    public static readonly MessageCode DeleteNotFound = new("W207", Severity.Warning, "Nothing to delete",
        "The row asks to delete a record that is not held. Remove the row, or check its references.");
    public static readonly MessageCode ExpiresBeforeCompleted = new("W208", Severity.Warning, "Expiry before completion",
        "Check the dates: the expiry date is before the date completed.");
    public static readonly MessageCode HoursMissing = new("W209", Severity.Warning, "Contracted hours missing",
        "Add the contracted hours so full-time equivalent can be worked out; without them a part-time person counts as half-time.");

    public static IReadOnlyList<MessageCode> All { get; } =
    [
        FileTooLarge, FileUnreadable, FileNotRecognised, MissingColumn, RepeatedColumn, MissingValue, UnknownCode, NotANumber, NotADate,
        NotAYear, TooLong, PersonalIdentifier, LeavingReasonWithoutDate, LeavingDateWithoutReason, FutureDate, DuplicateRow,
        UnknownOrganisation, UnknownWorker, NotYourOrganisation, OrganisationsFileNotAllowed,
        YoungerThan14, OlderThan90, LongHours, LeftBeforeStarting, IgnoredColumn, ReadAsWindows1252, DeleteNotFound, ExpiresBeforeCompleted, HoursMissing,
    ];

    public static MessageCode Find(string code) => All.First(c => c.Code == code);

    public static UploadMessage At(this MessageCode code, string file, long row, string column, string value, string message) =>
        new(code.Code, code.Severity, file, row, column, value, message, code.Fix);
}
