using System.Globalization;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Training;

/// <summary>What a provider enters for a course. Validate names each field and says how to fix it.</summary>
public sealed record CourseInput
{
    /// <summary><see cref="Course.TrainingCourse"/> (the default) or <see cref="Course.Event"/>.</summary>
    public string? Kind { get; init; } = Course.TrainingCourse;
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Topic { get; init; }
    public string? Tier { get; init; }
    public string? SafeguardingLevel { get; init; }
    public IReadOnlyList<string> CommonCoreAreas { get; init; } = [];
    public IReadOnlyList<string> AudienceRoles { get; init; } = [];
    public IReadOnlyList<string> AudienceSectors { get; init; } = [];
    public string? AudienceWorkforce { get; init; }
    public bool Accredited { get; init; }
    public string? CountsTowards { get; init; }
    public string? Delivery { get; init; }
    /// <summary>Cost per place in pounds as typed ("0", "45", "45.50", "£45").</summary>
    public string? Cost { get; init; }
    public bool FreeForVolunteers { get; init; }
    public string? Funding { get; init; }

    public FieldErrors Validate(string prefix = "")
    {
        var errors = new FieldErrors();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(prefix + field, message);
            }
        }
        Check(Kind is Course.TrainingCourse or Course.Event, nameof(Kind), "Select whether it is a training course or a workforce development event");
        Check(!string.IsNullOrWhiteSpace(Title), nameof(Title), "Enter the course title");
        Check((Title ?? "").Trim().Length <= 200, nameof(Title), "The course title must be 200 characters or fewer");
        Check(!string.IsNullOrWhiteSpace(Summary), nameof(Summary), "Enter what the course covers");
        Check((Summary ?? "").Trim().Length <= 2000, nameof(Summary), "What the course covers must be 2,000 characters or fewer");
        Check(Topic is not null && WorkforceCodes.TrainingTopics.Contains(Topic), nameof(Topic), "Select the topic");
        Check(Tier is not null && TrainingCodes.Tiers.Contains(Tier), nameof(Tier), "Select universal, targeted or specialist");
        Check(string.IsNullOrEmpty(SafeguardingLevel) || WorkforceCodes.SafeguardingLevels.Contains(SafeguardingLevel), nameof(SafeguardingLevel),
            "Select safeguarding level 1, 2 or 3, or none");
        Check(Topic == "safeguarding" || string.IsNullOrEmpty(SafeguardingLevel), nameof(SafeguardingLevel),
            "Only a safeguarding course has a safeguarding level: choose the topic Safeguarding children, or no level");
        Check(CommonCoreAreas.All(a => a is "1" or "2" or "3" or "4" or "5" or "6"), nameof(CommonCoreAreas), "Select Common Core areas from the list");
        Check(AudienceRoles.All(WorkforceCodes.Roles.Contains), nameof(AudienceRoles), "Select roles from the list");
        Check(AudienceSectors.All(WorkforceCodeLists.WorkforceSectors.Contains), nameof(AudienceSectors), "Select workforce sectors from the list");
        Check(AudienceWorkforce is not null && TrainingCodes.Workforces.Contains(AudienceWorkforce), nameof(AudienceWorkforce),
            "Select core, wider, or core and wider workforce");
        Check((CountsTowards ?? "").Length <= 200, nameof(CountsTowards), "What it counts towards must be 200 characters or fewer");
        Check(Delivery is not null && TrainingCodes.Deliveries.Contains(Delivery), nameof(Delivery), "Select how the course is delivered");
        Check(CostPence(Cost) is not null, nameof(Cost), "Enter the cost per place in pounds, like 0 or 45.50");
        Check((Funding ?? "").Length <= 200, nameof(Funding), "Funding must be 200 characters or fewer");
        return errors;
    }

    /// <summary>Pounds as typed to pence: "£1,045.50" → 104550; null if it is not an amount from £0 to £100,000.</summary>
    public static int? CostPence(string? typed)
    {
        var text = (typed ?? "").Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || pounds > 100_000 || decimal.Round(pounds, 2) != pounds)
        {
            return null;
        }
        return (int)(pounds * 100);
    }

    public void ApplyTo(Course course)
    {
        course.Kind = Kind!;
        course.Title = Title!.Trim();
        course.Summary = Summary!.Trim();
        course.Topic = Topic!;
        course.Tier = Tier!;
        course.SafeguardingLevel = string.IsNullOrEmpty(SafeguardingLevel) ? null : SafeguardingLevel;
        course.CommonCoreAreas = Course.Join(CommonCoreAreas.Order());
        course.AudienceRoles = Course.Join(AudienceRoles);
        course.AudienceSectors = Course.Join(AudienceSectors);
        course.AudienceWorkforce = AudienceWorkforce!;
        course.Accredited = Accredited;
        course.CountsTowards = string.IsNullOrWhiteSpace(CountsTowards) ? null : CountsTowards.Trim();
        course.Delivery = Delivery!;
        course.CostPence = CostPence(Cost)!.Value;
        course.FreeForVolunteers = FreeForVolunteers;
        course.Funding = string.IsNullOrWhiteSpace(Funding) ? null : Funding.Trim();
    }

    public static CourseInput From(Course course) => new()
    {
        Kind = course.Kind,
        Title = course.Title,
        Summary = course.Summary,
        Topic = course.Topic,
        Tier = course.Tier,
        SafeguardingLevel = course.SafeguardingLevel,
        CommonCoreAreas = Course.Split(course.CommonCoreAreas),
        AudienceRoles = course.RoleCodes,
        AudienceSectors = course.SectorCodes,
        AudienceWorkforce = course.AudienceWorkforce,
        Accredited = course.Accredited,
        CountsTowards = course.CountsTowards,
        Delivery = course.Delivery,
        Cost = (course.CostPence / 100m).ToString("0.##", CultureInfo.InvariantCulture),
        FreeForVolunteers = course.FreeForVolunteers,
        Funding = course.Funding,
    };
}

/// <summary>What a provider enters for a session: the date and UK times, place, capacity and deadlines.</summary>
public sealed record SessionInput
{
    public string? Day { get; init; }
    public string? Month { get; init; }
    public string? Year { get; init; }
    /// <summary>Start and end as typed: "18:00", "6pm", "9.30am".</summary>
    public string? Starts { get; init; }
    public string? Ends { get; init; }
    public string? Venue { get; init; }
    public int? DistrictId { get; init; }
    public bool StepFreeAccess { get; init; }
    public string? Capacity { get; init; }
    /// <summary>Days before the session that booking closes and the last day to cancel.</summary>
    public string? BookingClosesDaysBefore { get; init; }
    public string? CancelDaysBefore { get; init; }

    public (CourseSession? Session, FieldErrors Errors) Validate(DateTime nowUtc, bool classroom, string prefix = "")
    {
        var errors = new FieldErrors();
        DateOnly? date = null;
        if (int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y) && y is >= 2000 and <= 2100 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
        }
        else
        {
            errors.Add(prefix + "Day", "Enter the date of the session as day, month and year, like 27 3 2027");
        }
        var starts = ParseTime(Starts);
        var ends = ParseTime(Ends);
        if (starts is null)
        {
            errors.Add(prefix + nameof(Starts), "Enter the start time, like 9:30am or 18:00");
        }
        if (ends is null)
        {
            errors.Add(prefix + nameof(Ends), "Enter the end time, like 4pm or 21:00");
        }
        else if (starts is not null && ends <= starts)
        {
            errors.Add(prefix + nameof(Ends), "The end time must be after the start time");
        }
        if (!int.TryParse(Capacity, out var capacity) || capacity is < 1 or > 10_000)
        {
            errors.Add(prefix + nameof(Capacity), "Enter the number of places, a whole number from 1 to 10,000");
        }
        if (!int.TryParse(string.IsNullOrWhiteSpace(BookingClosesDaysBefore) ? "0" : BookingClosesDaysBefore, out var closes) || closes is < 0 or > 365)
        {
            errors.Add(prefix + nameof(BookingClosesDaysBefore), "Enter how many days before the session booking closes, from 0 to 365");
        }
        if (!int.TryParse(string.IsNullOrWhiteSpace(CancelDaysBefore) ? "0" : CancelDaysBefore, out var cancel) || cancel is < 0 or > 365)
        {
            errors.Add(prefix + nameof(CancelDaysBefore), "Enter how many days before the session people can cancel, from 0 to 365");
        }
        if (classroom && string.IsNullOrWhiteSpace(Venue))
        {
            errors.Add(prefix + nameof(Venue), "Enter the venue: the building and town, or the address");
        }
        if ((Venue ?? "").Length > 300)
        {
            errors.Add(prefix + nameof(Venue), "The venue must be 300 characters or fewer");
        }
        if (errors.Any || date is null || starts is null || ends is null)
        {
            return (null, errors);
        }
        var session = new CourseSession
        {
            StartsAt = SessionTiming.FromUk(date.Value, starts.Value),
            EndsAt = SessionTiming.FromUk(date.Value, ends.Value),
            Venue = string.IsNullOrWhiteSpace(Venue) ? null : Venue.Trim(),
            DistrictId = DistrictId,
            StepFreeAccess = StepFreeAccess,
            Capacity = capacity,
            BookingDeadline = date.Value.AddDays(-closes),
            CancellationDeadline = date.Value.AddDays(-cancel),
        };
        if (session.StartsAt <= nowUtc)
        {
            errors.Add(prefix + "Day", "The session must be in the future");
            return (null, errors);
        }
        SessionTiming.Apply(session);
        return (session, errors);
    }

    /// <summary>"18:00", "6pm", "6:30 pm", "9.30am", "midday", "noon".</summary>
    public static TimeOnly? ParseTime(string? typed)
    {
        var text = (typed ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace('.', ':');
        if (text is "midday" or "noon" or "12noon")
        {
            return new TimeOnly(12, 0);
        }
        var pm = text.EndsWith("pm", StringComparison.Ordinal);
        var am = text.EndsWith("am", StringComparison.Ordinal);
        if (pm || am)
        {
            text = text[..^2];
        }
        var parts = text.Split(':');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out var hour) || (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], out _))))
        {
            return null;
        }
        var minute = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        if (am || pm)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }
}
