using OneWorkforce.Core.Workforce;

namespace OneWorkforce.UnitTests.Workforce;

/// <summary>Every validation rule of the workforce data standard, one row at a time (today is 2026-11-22 throughout).</summary>
public sealed class RowReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly string[] WorkerHeader = [.. WorkforceStandard.Workers.Header];

    private static (object?[]? Values, List<UploadMessage> Messages) ReadWorker(params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>
        {
            ["organisation_reference"] = "EY100001", ["staff_reference"] = "S001", ["role"] = "early-years-worker", ["contract"] = "part-time",
            ["contracted_hours"] = "22.5", ["start_date"] = "2019-09-02", ["leaving_date"] = "", ["leaving_reason"] = "", ["year_of_birth"] = "1987",
            ["gender"] = "female", ["ethnicity"] = "white-british", ["disability"] = "no", ["highest_qualification_level"] = "3",
            ["apprenticeship"] = "none", ["induction_completed"] = "yes", ["action"] = "",
        };
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }
        var reader = new RowReader("workers.csv", WorkforceStandard.Workers, WorkerHeader, Today);
        var messages = new List<UploadMessage>();
        var values = reader.Read(7, WorkerHeader.Select(h => row[h]).ToList(), messages.Add);
        return (values, messages);
    }

    private static UploadMessage Single(List<UploadMessage> messages, MessageCode code)
    {
        var message = Assert.Single(messages);
        Assert.Equal(code.Code, message.Code);
        Assert.Equal(code.Severity, message.Severity);
        Assert.Equal("workers.csv", message.File);
        Assert.Equal(7, message.Row);
        Assert.Equal(code.Fix, message.Fix);
        return message;
    }

    [Fact]
    public void A_good_row_reads_into_stored_values_with_no_messages()
    {
        var (values, messages) = ReadWorker(("contract", "Part-time"), ("ethnicity", "English, Welsh, Scottish, Northern Irish or British"));

        Assert.True(messages.Count == 0, string.Join("\n", messages));
        Assert.NotNull(values);
        Assert.Equal("part-time", values[3]); // the label, in any case, is read as its code
        Assert.Equal(22.5m, values[4]);
        Assert.Equal(new DateOnly(2019, 9, 2), values[5]);
        Assert.Null(values[6]);
        Assert.Equal(1987, values[8]);
        Assert.Equal("white-british", values[10]);
    }

    [Fact]
    public void A_row_marked_for_deletion_needs_only_its_key()
    {
        var (values, messages) = ReadWorker(("role", ""), ("contract", ""), ("start_date", ""), ("year_of_birth", "not a year"), ("action", "Delete"));

        Assert.Empty(messages);
        Assert.NotNull(values);
        Assert.Equal(("EY100001", "S001", "delete"), (values[0], values[1], values[^1]));
        Assert.Null(values[2]);
    }

    [Fact]
    public void A_row_marked_for_deletion_still_needs_its_key()
    {
        var (values, messages) = ReadWorker(("staff_reference", ""), ("action", "delete"));

        Assert.Null(values);
        Assert.Equal("staff_reference", Single(messages, MessageCodes.MissingValue).Column);
    }

    [Theory]
    [InlineData("31/12/2024", 2024, 12, 31)]
    [InlineData("2/9/2019", 2019, 9, 2)]
    [InlineData("2019-09-02", 2019, 9, 2)]
    public void Dates_are_read_as_iso_or_as_day_month_year(string text, int year, int month, int day)
    {
        var (values, messages) = ReadWorker(("start_date", text));

        Assert.Empty(messages);
        Assert.Equal(new DateOnly(year, month, day), values![5]);
    }

    [Fact]
    public void A_blank_required_value_is_an_error_naming_the_column()
    {
        var (values, messages) = ReadWorker(("role", ""));

        Assert.Null(values);
        var message = Single(messages, MessageCodes.MissingValue);
        Assert.Equal("role", message.Column);
        Assert.Equal("Role is blank.", message.Message);
    }

    [Fact]
    public void A_code_not_in_the_list_is_an_error_that_lists_short_lists()
    {
        var (values, messages) = ReadWorker(("contract", "zero-hours"));

        Assert.Null(values);
        var message = Single(messages, MessageCodes.UnknownCode);
        Assert.Equal("contract", message.Column);
        Assert.Equal("zero-hours", message.Value);
        Assert.Contains("full-time, part-time, volunteer, committee, agency, self-employed", message.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("200")]
    [InlineData("1,5")]
    public void Hours_must_be_a_number_from_0_to_168(string hours)
    {
        var (values, messages) = ReadWorker(("contracted_hours", hours));

        Assert.Null(values);
        Assert.Contains("from 0 to 168", Single(messages, MessageCodes.NotANumber).Message);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("2024-13-01")]
    [InlineData("yesterday")]
    public void A_date_that_cannot_be_read_is_an_error(string date)
    {
        var (values, messages) = ReadWorker(("start_date", date));

        Assert.Null(values);
        Assert.Equal(date, Single(messages, MessageCodes.NotADate).Value);
    }

    [Theory]
    [InlineData("87")]
    [InlineData("1987-04-12")]
    [InlineData("1850")]
    public void Year_of_birth_must_be_a_year_never_a_date(string year)
    {
        var (values, messages) = ReadWorker(("year_of_birth", year));

        Assert.Null(values);
        var message = Single(messages, MessageCodes.NotAYear);
        Assert.DoesNotContain("04-12", message.Value); // a full date of birth is not repeated back
    }

    [Fact]
    public void A_value_over_the_field_length_is_an_error()
    {
        var (values, messages) = ReadWorker(("staff_reference", new string('x', 51)));

        Assert.Null(values);
        Assert.Contains("51 characters long; the most allowed is 50", Single(messages, MessageCodes.TooLong).Message);
    }

    [Theory]
    [InlineData("QQ 12 34 56 C")]
    [InlineData("AB123456D")]
    [InlineData("jo.bloggs@example.org")]
    public void A_staff_reference_that_looks_like_a_national_insurance_number_or_email_is_refused(string reference)
    {
        var (values, messages) = ReadWorker(("staff_reference", reference));

        Assert.Null(values);
        Assert.Equal("(hidden)", Single(messages, MessageCodes.PersonalIdentifier).Value);
    }

    [Fact]
    public void A_leaving_reason_without_a_date_and_a_date_without_a_reason_are_errors()
    {
        Single(ReadWorker(("leaving_reason", "pay")).Messages, MessageCodes.LeavingReasonWithoutDate);
        Single(ReadWorker(("leaving_date", "2026-03-31")).Messages, MessageCodes.LeavingDateWithoutReason);
        Assert.Empty(ReadWorker(("leaving_date", "2026-03-31"), ("leaving_reason", "not-known")).Messages);
    }

    [Fact]
    public void A_start_date_after_today_is_an_error()
    {
        var (values, messages) = ReadWorker(("start_date", "2026-11-23"));

        Assert.Null(values);
        Single(messages, MessageCodes.FutureDate);
    }

    [Theory]
    [InlineData("2013", "W201")] // 13 this year
    [InlineData("2012", null)]   // 14
    [InlineData("1936", null)]   // 90
    [InlineData("1935", "W202")] // 91
    public void Ages_under_14_or_over_90_are_warnings_not_errors(string year, string? code)
    {
        var (values, messages) = ReadWorker(("year_of_birth", year));

        Assert.NotNull(values);
        Assert.Equal(code, messages.SingleOrDefault()?.Code);
        Assert.All(messages, m => Assert.Equal(Severity.Warning, m.Severity));
    }

    [Fact]
    public void More_than_60_hours_a_week_is_a_warning()
    {
        Assert.Empty(ReadWorker(("contract", "full-time"), ("contracted_hours", "60")).Messages);
        var (values, messages) = ReadWorker(("contract", "full-time"), ("contracted_hours", "60.5"));

        Assert.NotNull(values);
        Single(messages, MessageCodes.LongHours);
    }

    [Fact]
    public void Leaving_before_starting_is_a_warning()
    {
        var (values, messages) = ReadWorker(("leaving_date", "2019-01-01"), ("leaving_reason", "other"));

        Assert.NotNull(values);
        Assert.Contains("before the start date (2019-09-02)", Single(messages, MessageCodes.LeftBeforeStarting).Message);
    }

    [Fact]
    public void A_part_time_contract_without_hours_is_a_warning()
    {
        var (values, messages) = ReadWorker(("contracted_hours", ""));

        Assert.NotNull(values);
        Single(messages, MessageCodes.HoursMissing);
    }

    [Fact]
    public void Training_that_expires_before_it_was_completed_is_a_warning_and_completion_after_today_an_error()
    {
        string[] header = [.. WorkforceStandard.TrainingRecords.Header];
        var reader = new RowReader("training.csv", WorkforceStandard.TrainingRecords, header, Today);
        var messages = new List<UploadMessage>();

        Assert.NotNull(reader.Read(2, ["EY1", "S1", "Safeguarding", "safeguarding", "2025-03-14", "", "2", "no", "2025-01-01", ""], messages.Add));
        Assert.Equal("W208", Assert.Single(messages).Code);
        messages.Clear();
        Assert.Null(reader.Read(3, ["EY1", "S1", "Safeguarding", "safeguarding", "2027-03-14", "", "2", "no", "", ""], messages.Add));
        Assert.Equal("E119", Assert.Single(messages).Code);
    }

    [Fact]
    public void The_header_row_must_have_every_required_column_once_and_other_columns_are_ignored_with_a_warning()
    {
        var reader = new RowReader("workers.csv", WorkforceStandard.Workers,
            ["Organisation reference", "staff_reference", "role", "role", "start_date", "Nickname"], Today);

        Assert.False(reader.CanReadRows);
        Assert.Equal(["E103 contract", "E104 role", "W205 Nickname"], reader.HeaderMessages.Select(m => $"{m.Code} {m.Column}").Order());
    }

    [Fact]
    public void Each_file_is_recognised_by_its_header_row()
    {
        Assert.Equal(WorkforceStandard.Organisations, WorkforceStandard.Recognise(WorkforceStandard.Organisations.Header));
        Assert.Equal(WorkforceStandard.Workers, WorkforceStandard.Recognise(["Organisation Reference", "Staff Reference", "Role"]));
        Assert.Equal(WorkforceStandard.TrainingRecords, WorkforceStandard.Recognise(WorkforceStandard.TrainingRecords.Header));
        Assert.Null(WorkforceStandard.Recognise(["name", "email", "phone"]));
    }

    [Fact]
    public void Every_code_list_has_unique_codes_and_ethnicity_has_the_19_census_categories_in_5_groups()
    {
        Assert.All(WorkforceCodes.All, list => Assert.Equal(list.Items.Count, list.Items.Select(i => i.Code).Distinct().Count()));
        var categories = WorkforceCodes.Ethnicities.Items.Where(i => i.Code != "not-given").ToList();
        Assert.Equal(19, categories.Count);
        Assert.Equal(WorkforceCodes.EthnicGroups.Items.Select(g => g.Code), categories.Select(c => c.Hint!).Distinct());
        Assert.Equal(["full-time", "part-time", "volunteer", "committee", "agency", "self-employed"], WorkforceCodes.Contracts.Items.Select(i => i.Code));
        Assert.False(WorkforceCodes.IsMinorityEthnic("white-british"));
        Assert.True(WorkforceCodes.IsMinorityEthnic("white-irish"));
        Assert.False(WorkforceCodes.IsMinorityEthnic("not-given"));
    }
}
