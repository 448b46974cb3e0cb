using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Audit;

namespace OneWorkforce.Data.Audit;

/// <summary>
/// Writes an audit line for every insert, update and delete of an <see cref="IAudited"/> entity,
/// in the same save as the change. Later features get auditing by marking their entities.
/// </summary>
public sealed class AuditingInterceptor(IActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FillGeneratedIds(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        FillGeneratedIds(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    private readonly List<(AuditEntry Entry, EntityEntry Source)> _pendingIds = [];
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _ownTransaction;
    private bool _fixingIds;

    private void Abandon()
    {
        _pendingIds.Clear();
        _ownTransaction?.Dispose();
        _ownTransaction = null;
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var audited = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var source in audited)
        {
            var changes = ChangesOf(source);
            if (source.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            var action = source.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            };
            var (areaId, organisationId) = ScopeOf(source.Entity);
            var entry = AuditLog.Create(actor, clock, action, source.Metadata.ClrType.Name, KeyOf(source),
                changes, areaId, organisationId);
            context.Add(entry);
            if (source.State == EntityState.Added)
            {
                _pendingIds.Add((entry, source));
            }
        }
        // New rows get their ids from the database: the ids are written into the audit lines by a
        // second save, and both saves share one transaction so the change and its audit line land together.
        if (_pendingIds.Count > 0 && !_fixingIds && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = context.Database.BeginTransaction();
        }
    }

    /// <summary>Ids made by the database are known only after the save: write them into the audit lines then.</summary>
    private void FillGeneratedIds(DbContext? context)
    {
        if (context is null || _fixingIds)
        {
            return;
        }
        if (_pendingIds.Count == 0)
        {
            CommitOwnTransaction();
            return;
        }
        foreach (var (entry, source) in _pendingIds)
        {
            entry.EntityId = KeyOf(source);
            if (entry.AreaId is null || entry.OrganisationId is null)
            {
                var (areaId, organisationId) = ScopeOf(source.Entity);
                entry.AreaId ??= areaId;
                entry.OrganisationId ??= organisationId;
            }
        }
        _pendingIds.Clear();
        _fixingIds = true;
        try
        {
            context.SaveChanges();
        }
        finally
        {
            _fixingIds = false;
        }
        CommitOwnTransaction();
    }

    private void CommitOwnTransaction()
    {
        if (_ownTransaction is null)
        {
            return;
        }
        _ownTransaction.Commit();
        _ownTransaction.Dispose();
        _ownTransaction = null;
    }

    private static Dictionary<string, FieldChange> ChangesOf(EntityEntry source)
    {
        var changes = new Dictionary<string, FieldChange>();
        foreach (var property in source.Properties)
        {
            if (property.Metadata.IsPrimaryKey() && source.State == EntityState.Added)
            {
                continue;
            }
            var from = source.State == EntityState.Added ? null : Text(property.OriginalValue);
            var to = source.State == EntityState.Deleted ? null : Text(property.CurrentValue);
            if (from != to)
            {
                changes[property.Metadata.Name] = new FieldChange(from, to);
            }
        }
        return changes;
    }

    private static string KeyOf(EntityEntry source) =>
        string.Join(",", source.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(source.Property(p.Name).CurrentValue)));

    private static (int? AreaId, int? OrganisationId) ScopeOf(object entity) => entity switch
    {
        Organisation o => (o.AreaId, o.Id == 0 ? null : o.Id),
        _ => (null, null),
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
