using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Reference;

/// <summary>
/// Loads the national reference data from its one definition in code. It adds what is missing
/// and leaves what exists alone, so running it twice changes nothing and the national
/// administrator's edits are kept.
/// </summary>
public sealed class ReferenceDataLoader(OneWorkforceDbContext db)
{
    /// <summary>Returns the number of rows written.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        await AddCodeListsAsync(cancellationToken);
        await AddFrameworksAsync(cancellationToken);
        var written = await db.SaveChangesAsync(cancellationToken);
        await AddCommonCoreMatchesAsync(cancellationToken);
        await AddMissingAsync(db.Arcs, a => a.Number, Ocwt.Arcs.Select(a => new Arc { Number = a.Number, Name = a.Name, Colour = a.Colour, ColourHex = a.ColourHex }), cancellationToken);
        await AddMissingAsync(db.Stages, s => s.Number, Ocwt.Stages.Select(s => new Stage { Number = s.Number, Name = s.Name }), cancellationToken);
        await AddMissingAsync(db.ScalePoints, p => p.Value, Ocwt.Scale.Select(p => new ScalePoint { Value = p.Value, Label = p.Label }), cancellationToken);
        await AddMissingAsync(db.Levels, l => l.Code, QualificationLevels.All.Select(l => new Level { Code = l.Code, Name = l.Name, SortOrder = l.SortOrder, EqfLevel = l.EqfLevel }), cancellationToken);
        await AddMissingAsync(db.WorkforceRoles, r => r.Code, Roles.Initial.Select(r => new Role
        {
            Code = r.Code,
            Title = r.Title,
            WorkforceType = r.WorkforceType,
            Sectors = r.Sectors.Select(s => new RoleSector { SectorCode = s }).ToList(),
        }), cancellationToken);
        written += await db.SaveChangesAsync(cancellationToken);
        return written + await AddClusterSchemesAsync(cancellationToken);
    }

    /// <summary>A shipped scheme is added with its allocations once; after that it is the administrator's to change.</summary>
    private async Task<int> AddClusterSchemesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.ClusterSchemes.Select(s => s.Code).ToListAsync(cancellationToken);
        var roles = await db.WorkforceRoles.ToDictionaryAsync(r => r.Code, r => r.Id, cancellationToken);
        foreach (var definition in ClusterSchemes.All.Where(d => !existing.Contains(d.Code)))
        {
            db.ClusterSchemes.Add(new ClusterScheme
            {
                Code = definition.Code,
                Title = definition.Title,
                Description = definition.Description,
                Allocations = definition.ClusterOfRole.Where(a => roles.ContainsKey(a.Key))
                    .Select(a => new RoleCluster { RoleId = roles[a.Key], Cluster = a.Value }).ToList(),
            });
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddCodeListsAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.CodeEntries.Select(e => new { e.List, e.Code }).ToListAsync(cancellationToken))
            .Select(e => (e.List, e.Code)).ToHashSet();
        foreach (var list in WorkforceCodeLists.All)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = list.Items[i];
                if (!existing.Contains((list.Name, item.Code)))
                {
                    db.CodeEntries.Add(new CodeEntry { List = list.Name, Code = item.Code, Label = item.Label, Hint = item.Hint, SortOrder = i + 1 });
                }
            }
        }
    }

    private async Task AddFrameworksAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in CommonCore.Versions)
        {
            var framework = await db.Frameworks.Include(f => f.Areas)
                .SingleOrDefaultAsync(f => f.Code == definition.Code && f.Version == definition.Version, cancellationToken);
            if (framework is null)
            {
                framework = new Framework { Code = definition.Code, Version = definition.Version, Title = definition.Title };
                db.Frameworks.Add(framework);
            }
            foreach (var area in definition.Areas.Where(a => framework.Areas.All(x => x.Code != a.Code)))
            {
                framework.Areas.Add(new FrameworkArea { Code = area.Code, Number = area.Number, Title = area.Title });
            }
        }
    }

    /// <summary>Each 2005 area is an exact match of the 2010 area with the same number.</summary>
    private async Task AddCommonCoreMatchesAsync(CancellationToken cancellationToken)
    {
        var areas = await db.FrameworkAreas.Where(a => a.Code.StartsWith("CC")).ToDictionaryAsync(a => a.Code, cancellationToken);
        var matches = (await db.FrameworkAreaMatches.Select(m => new { m.FromAreaId, m.ToAreaId }).ToListAsync(cancellationToken))
            .Select(m => (m.FromAreaId, m.ToAreaId)).ToHashSet();
        foreach (var area in CommonCore.Areas)
        {
            var from = areas[CommonCore.AreaCode("2005", area.Number)];
            var to = areas[CommonCore.AreaCode("2010", area.Number)];
            if (!matches.Contains((from.Id, to.Id)))
            {
                db.FrameworkAreaMatches.Add(new FrameworkAreaMatch { FromAreaId = from.Id, ToAreaId = to.Id, Kind = FrameworkAreaMatch.ExactMatch });
            }
        }
    }

    private static async Task AddMissingAsync<TEntity, TKey>(DbSet<TEntity> set, Func<TEntity, TKey> key,
        IEnumerable<TEntity> definitions, CancellationToken cancellationToken)
        where TEntity : class
        where TKey : notnull
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        set.AddRange(definitions.Where(d => !existing.Contains(key(d))));
    }
}
