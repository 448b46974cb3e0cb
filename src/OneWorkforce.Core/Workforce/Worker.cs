namespace OneWorkforce.Core.Workforce;

/// <summary>
/// One person who works or volunteers in an organisation (PRODUCT.md §4), pseudonymous: the
/// organisation's own staff reference, never a name, National Insurance number or date of birth.
/// </summary>
public class Worker
{
    public long Id { get; set; }
    public int AreaId { get; set; }
    public int OrganisationId { get; set; }
    public required string StaffReference { get; set; }
    public required string Role { get; set; }
    public required string Contract { get; set; }
    public double? ContractedHours { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? LeavingDate { get; set; }
    public string? LeavingReason { get; set; }
    public int? YearOfBirth { get; set; }
    public string? Gender { get; set; }
    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }
    public string? HighestQualificationLevel { get; set; }
    public string? Apprenticeship { get; set; }
    public string? InductionCompleted { get; set; }
    /// <summary>The submission that last added or changed this record.</summary>
    public long? SubmissionId { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsInPostOn(DateOnly date) => StartDate <= date && (LeavingDate is null || LeavingDate > date);
}

/// <summary>A piece of training a worker completed (the training file of the data standard).</summary>
public class TrainingRecord
{
    public long Id { get; set; }
    public int AreaId { get; set; }
    public int OrganisationId { get; set; }
    public long WorkerId { get; set; }
    public required string StaffReference { get; set; }
    public required string Title { get; set; }
    public required string Topic { get; set; }
    public DateOnly CompletedOn { get; set; }
    public string? Provider { get; set; }
    public string? SafeguardingLevel { get; set; }
    public string? Accredited { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>Common Core area numbers the training covered, separated by semicolons: from the course when attendance made the record.</summary>
    public string? CommonCoreAreas { get; set; }
    /// <summary>What shows the training was done, for a record entered by hand (a certificate number, who signed it off).</summary>
    public string? Evidence { get; set; }
    public long? SubmissionId { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One time an organisation's data came in (a form change, an upload, a confirmation), with the version
/// of the data standard it used and what it changed.
/// </summary>
public class WorkforceSubmission
{
    public long Id { get; set; }
    public int AreaId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>form, upload, confirmation or api.</summary>
    public required string Channel { get; set; }
    public required string StandardVersion { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }
    /// <summary>For a confirmation: the date the manager said the data was correct at.</summary>
    public DateOnly? ConfirmedAsAt { get; set; }
    public required string ActorId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The headline figures of an area's workforce at a date, kept so a trend reads the same later.</summary>
public class WorkforceSnapshot
{
    public long Id { get; set; }
    public int AreaId { get; set; }
    public DateOnly TakenOn { get; set; }
    public required string Label { get; set; }
    /// <summary>JSON: measure name to its counts (numerator and base).</summary>
    public required string FiguresJson { get; set; }
    public DateTime CreatedAt { get; set; }
}
