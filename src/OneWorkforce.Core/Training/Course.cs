namespace OneWorkforce.Core.Training;

/// <summary>
/// A course in the shared training offer, from any training provider or partner organisation: who it is for,
/// its tier and topic, what it counts towards and how it is delivered. Its sessions are the dates people book.
/// </summary>
public class Course
{
    /// <summary>A training course of the shared offer.</summary>
    public const string TrainingCourse = "course";
    /// <summary>A workforce development event: a half-day workshop, forum or network meeting (seed 000's rolling programme).</summary>
    public const string Event = "event";

    public int Id { get; set; }
    /// <summary><see cref="TrainingCourse"/> or <see cref="Event"/>: events are booked and registered the same way, and listed apart.</summary>
    public string Kind { get; set; } = TrainingCourse;
    /// <summary>The organisation that provides the course (its training-provider accounts manage it).</summary>
    public int ProviderOrganisationId { get; set; }
    public int AreaId { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    /// <summary>A training topic code of the workforce data standard (safeguarding, first-aid, caf, common-core…).</summary>
    public required string Topic { get; set; }
    public required string Tier { get; set; }
    public string? SafeguardingLevel { get; set; }
    /// <summary>Common Core area numbers (1 to 6) the course covers, separated by semicolons.</summary>
    public string? CommonCoreAreas { get; set; }
    /// <summary>Role codes the course is for, separated by semicolons; empty for anyone.</summary>
    public string? AudienceRoles { get; set; }
    /// <summary>Workforce sector codes the course is for, separated by semicolons; empty for every sector.</summary>
    public string? AudienceSectors { get; set; }
    public required string AudienceWorkforce { get; set; }
    public bool Accredited { get; set; }
    /// <summary>The qualification the course counts towards, from the qualifications framework.</summary>
    public int? QualificationId { get; set; }
    public string? CountsTowards { get; set; }
    public required string Delivery { get; set; }
    /// <summary>Cost per place in pence; 0 for free.</summary>
    public int CostPence { get; set; }
    public bool FreeForVolunteers { get; set; }
    public string? Funding { get; set; }
    public bool Published { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<CourseSession> Sessions { get; set; } = [];

    public IReadOnlyList<string> RoleCodes => Split(AudienceRoles);
    public IReadOnlyList<string> SectorCodes => Split(AudienceSectors);
    public IReadOnlyList<int> CoreAreaNumbers => Split(CommonCoreAreas).Select(int.Parse).ToList();

    public static IReadOnlyList<string> Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Join(IEnumerable<string>? codes)
    {
        var joined = string.Join(';', (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct());
        return joined.Length == 0 ? null : joined;
    }
}

/// <summary>One date of a course: when, where, how many places, and the deadlines to book and to cancel.</summary>
public class CourseSession
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    /// <summary>Start and end in UTC.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    /// <summary>Worked out from the local (UK) start time when the session is saved, so searches can filter on them.</summary>
    public bool IsEvening { get; set; }
    public bool IsWeekend { get; set; }
    public string? Venue { get; set; }
    public int? DistrictId { get; set; }
    public bool StepFreeAccess { get; set; }
    public int Capacity { get; set; }
    /// <summary>Places taken (booked or attended): changed only by one conditional update, so it never passes the capacity.</summary>
    public int PlacesTaken { get; set; }
    /// <summary>The last day to book.</summary>
    public DateOnly BookingDeadline { get; set; }
    /// <summary>The last day to cancel without losing the place's cost.</summary>
    public DateOnly CancellationDeadline { get; set; }
    public bool Cancelled { get; set; }
    public DateTime CreatedAt { get; set; }

    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);
}

/// <summary>
/// A place on a session (or a place on its waiting list) for one person: an account holder booking for themself,
/// or a worker of an organisation booked by their manager.
/// </summary>
public class Booking
{
    public long Id { get; set; }
    public int SessionId { get; set; }
    public CourseSession? Session { get; set; }
    /// <summary>Who the place is for: "u:{user id}" or "w:{worker id}". Unique on a session; a new booking after a cancellation reuses the row.</summary>
    public required string AttendeeKey { get; set; }
    public string? AttendeeUserId { get; set; }
    public long? WorkerId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>How the person is shown to the provider: a name for an account holder, the staff reference for a worker.</summary>
    public required string AttendeeName { get; set; }
    public string? AttendeeEmail { get; set; }
    public required string BookedByUserId { get; set; }
    public required string Status { get; set; }
    /// <summary>The order of the waiting list: when the person joined it.</summary>
    public DateTime StatusChangedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Set when attendance is marked: the code anyone can check the certificate with.</summary>
    public string? CertificateCode { get; set; }
    public long? TrainingRecordId { get; set; }
    public DateTime? AttendanceMarkedAt { get; set; }
    /// <summary>When the reminder a few days before the session went (null until then), so it goes once whatever runs it.</summary>
    public DateTime? ReminderSentAt { get; set; }
    /// <summary>When the attendee was sent the feedback form (once attendance was marked); the answers themselves are anonymous.</summary>
    public DateTime? FeedbackRequestedAt { get; set; }
    /// <summary>When the attendee was sent the impact follow-up, some weeks after the course.</summary>
    public DateTime? ImpactRequestedAt { get; set; }

    public bool HoldsPlace => Status is TrainingCodes.BookingStatus.Booked or TrainingCodes.BookingStatus.Attended;
}
