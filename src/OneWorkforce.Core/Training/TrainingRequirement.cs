namespace OneWorkforce.Core.Training;

/// <summary>
/// Training a role must hold: a topic, at a safeguarding level where it applies, refreshed every so many years
/// (seed 001 priority 3: "insist all agencies keep up to date records of those trained and to what level").
/// An area sets them for everyone in the area; an organisation adds its own on top (<see cref="OrganisationId"/> set).
/// For the Common Core topic, <see cref="CommonCoreAreas"/> names the areas (1 to 6) the role is expected to cover.
/// </summary>
public class TrainingRequirement
{
    /// <summary>The role code that means every role.</summary>
    public const string AnyRole = "any";

    public int Id { get; set; }
    public int AreaId { get; set; }
    /// <summary>Set when an organisation added the requirement for its own people; null for the area's.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>A role code of the data standard, or <see cref="AnyRole"/>.</summary>
    public required string Role { get; set; }
    /// <summary>A training topic code of the data standard.</summary>
    public required string Topic { get; set; }
    public string? SafeguardingLevel { get; set; }
    /// <summary>How often it must be done again; null when once is enough.</summary>
    public int? RefreshYears { get; set; }
    /// <summary>Common Core area numbers expected, separated by semicolons (only for the Common Core topic).</summary>
    public string? CommonCoreAreas { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool AppliesTo(string role) => Role == AnyRole || Role == role;
}

/// <summary>
/// A reminder sent about one person's required training running out: once per topic, due date and stage (90, 60 or
/// 30 days before, or out of date), so running the reminders again, or on several nodes, never sends the same one twice.
/// </summary>
public class TrainingReminder
{
    public long Id { get; set; }
    public long WorkerId { get; set; }
    public required string Topic { get; set; }
    /// <summary>The date the training runs out, that the reminder was about.</summary>
    public DateOnly DueOn { get; set; }
    /// <summary>"90", "60", "30" (days before) or "out-of-date".</summary>
    public required string Stage { get; set; }
    public DateTime SentAt { get; set; }
}
