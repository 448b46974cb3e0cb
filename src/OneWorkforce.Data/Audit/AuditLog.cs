using System.Text.Json;
using OneWorkforce.Core.Audit;

namespace OneWorkforce.Data.Audit;

/// <summary>
/// The one way to write the audit log. Entries are added to the same unit of work as the change,
/// so a change and its audit line are saved together or not at all.
/// </summary>
public sealed class AuditLog(OneWorkforceDbContext db, IActor actor, TimeProvider clock)
{
    /// <summary>Who the entries are written as.</summary>
    public string ActorId => actor.Id;

    public AuditEntry Record(string action, string entityType, string entityId,
        IReadOnlyDictionary<string, FieldChange>? changes = null, int? areaId = null, int? organisationId = null)
    {
        var entry = Create(actor, clock, action, entityType, entityId, changes, areaId, organisationId);
        db.AuditEntries.Add(entry);
        return entry;
    }

    internal static AuditEntry Create(IActor actor, TimeProvider clock, string action, string entityType, string entityId,
        IReadOnlyDictionary<string, FieldChange>? changes, int? areaId, int? organisationId) => new()
    {
        OccurredAt = clock.GetUtcNow().UtcDateTime,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        AreaId = areaId,
        OrganisationId = organisationId,
        Changes = changes is { Count: > 0 } ? JsonSerializer.Serialize(changes) : null,
    };
}

/// <summary>A field's value before and after a change.</summary>
public sealed record FieldChange(string? From, string? To);
