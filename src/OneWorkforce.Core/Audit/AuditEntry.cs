namespace OneWorkforce.Core.Audit;

/// <summary>One line of the audit log: who did what to which record, when, and what changed.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>The account id, or a name such as <c>cli</c> or <c>system</c>.</summary>
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    /// <summary>What happened: <c>created</c>, <c>updated</c>, <c>deleted</c>, or an event such as <c>invitation-sent</c>.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public int? AreaId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>JSON object of changed fields: <c>{"Name": {"from": "A", "to": "B"}}</c>.</summary>
    public string? Changes { get; set; }
}

/// <summary>Marks an entity whose every insert, update and delete is written to the audit log.</summary>
public interface IAudited;
