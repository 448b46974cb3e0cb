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

    /// <summary>Qualifications, units, structures, mappings, roles and their links, offers, awarding bodies and frameworks.</summary>
    public static bool IsCatalogue(Type type) =>
        type.Namespace == typeof(Core.Qualifications.Qualification).Namespace ||
        type == typeof(Role) || type == typeof(RoleSector) || type == typeof(Framework) || type == typeof(FrameworkArea) || type == typeof(FrameworkAreaMatch);

    private static void Stamp(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsCatalogue(e.Metadata.ClrType)))
        {
            return;
        }
        var stamps = context.Set<ChangeStamp>();
        var stamp = stamps.Local.FirstOrDefault(s => s.Name == ChangeStamp.Catalogue) ?? stamps.Find(ChangeStamp.Catalogue);
        var value = Guid.NewGuid().ToString("N");
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
