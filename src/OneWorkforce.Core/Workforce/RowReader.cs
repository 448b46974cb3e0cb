using System.Globalization;
using System.Text.RegularExpressions;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce;

/// <summary>
/// Reads the rows of one workforce file against its layout: each value is checked and turned into its
/// stored form (codes as codes, dates as <see cref="DateOnly"/>, numbers as numbers), and every problem is
/// reported with its file, row, column and value. Pure and reusable across millions of rows.
/// </summary>
public sealed partial class RowReader
{
    private readonly int[] columnOf;
    private readonly Dictionary<string, string>?[] codesOf;
    private readonly DateOnly today;
    private readonly Dictionary<string, int> indexOf;
    private readonly bool[] keyOrAction;
    private readonly int actionIndex;

    public RowReader(string file, RecordLayout layout, IReadOnlyList<string> headers, DateOnly today)
    {
        File = file;
        Layout = layout;
        this.today = today;
        var positions = headers.Select((h, i) => (Name: RecordLayout.Normalise(h), i)).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().i);
        columnOf = layout.Fields.Select(f => positions.TryGetValue(f.Column, out var i) ? i : -1).ToArray();
        codesOf = layout.Fields.Select(f => f.Codes is null ? null : Lookup(f.Codes)).ToArray();
        indexOf = layout.Fields.Select((f, i) => (f.Column, i)).ToDictionary(f => f.Column, f => f.i);
        actionIndex = indexOf.GetValueOrDefault("action", -1);
        keyOrAction = layout.Fields.Select(f => f.Column == "action" || layout.KeyColumns.Contains(f.Column)).ToArray();
        var known = layout.Fields.Select(f => f.Column).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var (header, index) in headers.Select((h, i) => (h, i)))
        {
            var name = RecordLayout.Normalise(header);
            if (name.Length == 0)
            {
                continue;
            }
            if (!seen.Add(name))
            {
                HeaderMessages.Add(MessageCodes.RepeatedColumn.At(file, 1, header, "", $"The column '{header}' appears more than once in the header row."));
            }
            else if (!known.Contains(name))
            {
                HeaderMessages.Add(MessageCodes.IgnoredColumn.At(file, 1, header, "", $"'{header}' is not a column of the {layout.Title.ToLowerInvariant()} file."));
            }
        }
        foreach (var field in layout.Fields.Where((f, i) => f.Required && columnOf[i] < 0))
        {
            HeaderMessages.Add(MessageCodes.MissingColumn.At(file, 1, field.Column, "",
                $"The header row has no '{field.Column}' column, which the {layout.Title.ToLowerInvariant()} file needs."));
        }
    }

    public string File { get; }

    public RecordLayout Layout { get; }

    /// <summary>Problems with the header row itself; errors among them mean no row can be read.</summary>
    public List<UploadMessage> HeaderMessages { get; } = [];

    public bool CanReadRows => HeaderMessages.All(m => m.Severity != Severity.Error);

    /// <summary>
    /// Reads one row. Returns the stored values in the layout's field order (null where blank), or null when
    /// the row has an error. Every problem goes to <paramref name="report"/>.
    /// </summary>
    public object?[]? Read(long row, IReadOnlyList<string> fields, Action<UploadMessage> report)
    {
        var values = new object?[Layout.Fields.Count];
        var ok = true;
        var deleting = IsDelete(fields);
        for (var i = 0; i < values.Length; i++)
        {
            if (deleting && !keyOrAction[i])
            {
                continue; // a row marked for deletion needs only its key
            }
            var raw = columnOf[i] >= 0 && columnOf[i] < fields.Count ? fields[columnOf[i]] : "";
            if (!ReadValue(row, i, raw.Trim(), report, out values[i]))
            {
                ok = false;
            }
        }
        if (ok && !deleting)
        {
            ok = Layout.Name switch
            {
                "workers" => CheckWorker(row, values, report),
                "training" => CheckTraining(row, values, report),
                _ => true,
            };
        }
        return ok ? values : null;
    }

    private bool IsDelete(IReadOnlyList<string> fields) =>
        actionIndex >= 0 && columnOf[actionIndex] >= 0 && columnOf[actionIndex] < fields.Count
        && fields[columnOf[actionIndex]].Trim().Equals("delete", StringComparison.OrdinalIgnoreCase);

    private bool ReadValue(long row, int index, string raw, Action<UploadMessage> report, out object? value)
    {
        var field = Layout.Fields[index];
        value = null;
        if (raw.Length == 0)
        {
            if (field.Required)
            {
                report(MessageCodes.MissingValue.At(File, row, field.Column, "", $"{field.Label} is blank."));
                return false;
            }
            return true;
        }
        if (raw.Length > field.MaxLength && field.Kind != FieldKind.Code)
        {
            report(MessageCodes.TooLong.At(File, row, field.Column, raw, $"{field.Label} is {raw.Length:N0} characters long; the most allowed is {field.MaxLength}."));
            return false;
        }
        switch (field.Kind)
        {
            case FieldKind.Text:
                if (field.Column == "staff_reference" && LooksPersonal(raw))
                {
                    report(MessageCodes.PersonalIdentifier.At(File, row, field.Column, "(hidden)", "The staff reference looks like a National Insurance number or an email address."));
                    return false;
                }
                value = raw;
                return true;
            case FieldKind.Code:
                if (codesOf[index]!.TryGetValue(raw, out var code))
                {
                    value = code;
                    return true;
                }
                report(MessageCodes.UnknownCode.At(File, row, field.Column, raw, $"'{raw}' is not a code of the list '{field.Codes!.Title}'. {Examples(field.Codes)}"));
                return false;
            case FieldKind.Codes:
                var codes = new List<string>();
                foreach (var part in raw.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!codesOf[index]!.TryGetValue(part, out var one))
                    {
                        report(MessageCodes.UnknownCode.At(File, row, field.Column, part, $"'{part}' is not a code of the list '{field.Codes!.Title}'. {Examples(field.Codes)}"));
                        return false;
                    }
                    if (!codes.Contains(one))
                    {
                        codes.Add(one);
                    }
                }
                value = string.Join(';', codes);
                return true;
            case FieldKind.WholeNumber or FieldKind.Decimal:
                if (decimal.TryParse(raw, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
                    && (field.Kind == FieldKind.Decimal || number == decimal.Truncate(number))
                    && (field.Min is null || number >= field.Min) && (field.Max is null || number <= field.Max))
                {
                    value = number;
                    return true;
                }
                report(MessageCodes.NotANumber.At(File, row, field.Column, raw, $"{field.Label} must be {field.Format.ToLowerInvariant()}."));
                return false;
            case FieldKind.Year:
                if (raw.Length == 4 && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= field.Min && year <= field.Max)
                {
                    value = year;
                    return true;
                }
                report(MessageCodes.NotAYear.At(File, row, field.Column, raw.Length > 4 ? "(hidden)" : raw, $"{field.Label} must be a year of four digits."));
                return false;
            case FieldKind.Date:
                if (TryDate(raw, out var date))
                {
                    value = date;
                    return true;
                }
                report(MessageCodes.NotADate.At(File, row, field.Column, raw, $"'{raw}' is not a date that can be read."));
                return false;
            default:
                throw new InvalidOperationException(field.Kind.ToString());
        }
    }

    private bool CheckWorker(long row, object?[] values, Action<UploadMessage> report)
    {
        var started = (DateOnly?)values[Index("start_date")];
        var left = (DateOnly?)values[Index("leaving_date")];
        var reason = (string?)values[Index("leaving_reason")];
        var hours = (decimal?)values[Index("contracted_hours")];
        var born = (int?)values[Index("year_of_birth")];
        var contract = (string?)values[Index("contract")];
        var ok = true;
        if (started > today)
        {
            report(MessageCodes.FutureDate.At(File, row, "start_date", Iso(started), $"The start date is after today ({Iso(today)})."));
            ok = false;
        }
        if (reason is not null && left is null)
        {
            report(MessageCodes.LeavingReasonWithoutDate.At(File, row, "leaving_reason", reason, "There is a reason for leaving but no leaving date."));
            ok = false;
        }
        if (left is not null && reason is null)
        {
            report(MessageCodes.LeavingDateWithoutReason.At(File, row, "leaving_date", Iso(left), "There is a leaving date but no reason for leaving."));
            ok = false;
        }
        if (left is not null && started is not null && left < started)
        {
            report(MessageCodes.LeftBeforeStarting.At(File, row, "leaving_date", Iso(left), $"The leaving date is before the start date ({Iso(started)})."));
        }
        if (born is not null)
        {
            var age = today.Year - born.Value;
            if (age < 14)
            {
                report(MessageCodes.YoungerThan14.At(File, row, "year_of_birth", born.Value.ToString(CultureInfo.InvariantCulture), $"Born in {born}, the person would be {age} this year."));
            }
            else if (age > 90)
            {
                report(MessageCodes.OlderThan90.At(File, row, "year_of_birth", born.Value.ToString(CultureInfo.InvariantCulture), $"Born in {born}, the person would be {age} this year."));
            }
        }
        if (hours > 60)
        {
            report(MessageCodes.LongHours.At(File, row, "contracted_hours", hours.Value.ToString(CultureInfo.InvariantCulture), $"{hours} hours a week is more than 60."));
        }
        if (hours is null && contract == "part-time" && (string?)values[^1] != "delete")
        {
            report(MessageCodes.HoursMissing.At(File, row, "contracted_hours", "", "A part-time contract has no contracted hours."));
        }
        return ok;
    }

    private int Index(string column) => indexOf[column];

    private bool CheckTraining(long row, object?[] values, Action<UploadMessage> report)
    {
        var completed = (DateOnly?)values[Index("completed_on")];
        var expires = (DateOnly?)values[Index("expires_on")];
        if (completed > today)
        {
            report(MessageCodes.FutureDate.At(File, row, "completed_on", Iso(completed), $"The date completed is after today ({Iso(today)})."));
            return false;
        }
        if (expires is not null && expires < completed)
        {
            report(MessageCodes.ExpiresBeforeCompleted.At(File, row, "expires_on", Iso(expires), $"The expiry date is before the date completed ({Iso(completed)})."));
        }
        return true;
    }

    /// <summary>Codes are matched ignoring case; the label people see is accepted for the code too.</summary>
    private static Dictionary<string, string> Lookup(CodeList list)
    {
        var lookup = new Dictionary<string, string>(IgnoreCase.Instance);
        foreach (var item in list.Items)
        {
            lookup.TryAdd(item.Code, item.Code);
            lookup.TryAdd(item.Label, item.Code);
        }
        return lookup;
    }

    private static string Examples(CodeList list) =>
        list.Items.Count <= 8 ? $"Use one of: {string.Join(", ", list.Items.Select(i => i.Code))}." : "The data dictionary lists the codes.";

    public static bool TryDate(string raw, out DateOnly date) =>
        TryIsoDate(raw, out date) || DateOnly.TryParseExact(raw, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The common case, yyyy-mm-dd, read without the general parser (a million rows have several dates each).</summary>
    private static bool TryIsoDate(string raw, out DateOnly date)
    {
        date = default;
        if (raw.Length != 10 || raw[4] != '-' || raw[7] != '-')
        {
            return false;
        }
        int year = 0, month = 0, day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }
            var digit = raw[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }
            if (i < 4) { year = year * 10 + digit; } else if (i < 7) { month = month * 10 + digit; } else { day = day * 10 + digit; }
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Case-insensitive matching whose hash is cheap for the short ASCII codes of the standard.</summary>
    private sealed class IgnoreCase : IEqualityComparer<string>
    {
        public static readonly IgnoreCase Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string value)
        {
            var hash = value.Length;
            foreach (var c in value)
            {
                hash = hash * 31 + (c | 0x20);
            }
            return hash;
        }
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static bool LooksPersonal(string value) => NationalInsurance().IsMatch(value) || value.Contains('@');

    [GeneratedRegex(@"^\s*[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NationalInsurance();
}
