using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Catalogue;

/// <summary>
/// Gives the catalogue's <see cref="ChangeStamp"/> a new value in the same save as any change to the
/// catalogue, so every node's <see cref="CatalogueSnapshots"/> notice the change on their next read.
/// </summary>
public sealed class CatalogueStampInterceptor : SaveChangesInterceptor
{
    // Contexts whose save in progress carries a new stamp; the saved signal wakes the CatalogueWarmer.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _stamping = [];
    private readonly SemaphoreSlim _changed = new(0, 1);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Waits until a catalogue change is saved on this node, or the time is up.</summary>
    public async Task WaitForChangeAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _changed.WaitAsync(timeout, cancellationToken);

    private void Saved(DbContext? context)
    {
        if (context is not null && _stamping.Remove(context) && _changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // another save signalled at the same moment: one wake-up is enough
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _stamping.Remove(context);
        }
    }

    /// <summary>Qualifications, units, structures, mappings, roles and their links, offers, awarding bodies and frameworks.</summary>
    public static bool IsCatalogue(Type type) =>
        type.Namespace == typeof(Core.Qualifications.Qualification).Namespace ||
        type == typeof(Role) || type == typeof(RoleSector) || type == typeof(Framework) || type == typeof(FrameworkArea) || type == typeof(FrameworkAreaMatch);

    private void Stamp(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsCatalogue(e.Metadata.ClrType)))
        {
            return;
        }
        var stamps = context.Set<ChangeStamp>();
        var stamp = stamps.Local.FirstOrDefault(s => s.Name == ChangeStamp.Catalogue) ?? stamps.Find(ChangeStamp.Catalogue);
        var value = Guid.NewGuid().ToString("N");
        _stamping.AddOrUpdate(context, value);
        if (stamp is null)
        {
            stamps.Add(new ChangeStamp { Name = ChangeStamp.Catalogue, Stamp = value });
        }
        else
        {
            context.Entry(stamp).Property(s => s.Stamp).CurrentValue = value; // marks it modified without another DetectChanges
        }
    }
}
