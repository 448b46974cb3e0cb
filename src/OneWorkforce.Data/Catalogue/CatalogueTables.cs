using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneWorkforce.Core.Qualifications.Structure;

namespace OneWorkforce.Data.Catalogue;

/// <summary>A unit group of a qualification's structure, with the ids of its units.</summary>
public sealed record GroupRow(int Id, int QualificationId, string QualificationReference, string Code, string Title, bool Mandatory,
    int? MinCredits, int? MinUnits, List<int> UnitIds);

/// <summary>
/// The catalogue's big tables (units, unit groups and their 2 million links at national size) read once
/// per catalogue change and shared by the snapshots built from them (progression, coverage). Links are
/// read as pairs of numbers and each unit's reference is one shared string: reading the reference of every
/// link took seconds more than the numbers (ADR 0009). Unit titles are not read (no snapshot needs them).
/// </summary>
public sealed class CatalogueTables
{
    public required IReadOnlyDictionary<int, UnitInfo> Units { get; init; }
    public required IReadOnlyList<GroupRow> Groups { get; init; }

    public const string Key = "tables";

    public static Task<CatalogueTables> GetAsync(OneWorkforceDbContext db, CatalogueSnapshots snapshots, CancellationToken cancellationToken) =>
        snapshots.GetAsync(db, Key, ct => ReadAsync(db, ct), cancellationToken);

    private static async Task<CatalogueTables> ReadAsync(OneWorkforceDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Reference, u.LevelCode, u.Credits, u.GuidedLearningHours })
            .ToDictionaryAsync(u => u.Id, u => new UnitInfo(u.Reference, "", string.Intern(u.LevelCode), u.Credits, u.GuidedLearningHours), cancellationToken);
        var groups = (await (from g in db.UnitGroups.AsNoTracking()
                             join q in db.Qualifications on g.QualificationId equals q.Id
                             select new { g.Id, g.QualificationId, q.Reference, g.Code, g.Title, g.Mandatory, g.MinCredits, g.MinUnits })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => g.Id, g => new GroupRow(g.Id, g.QualificationId, g.Reference, g.Code, g.Title, g.Mandatory, g.MinCredits, g.MinUnits, []));
        await ReadNumbersAsync(db, "SELECT group_id, unit_id, 1 FROM unit_group_members ORDER BY group_id, unit_id", (groupId, unitId, _) =>
        {
            if (groups.TryGetValue(groupId, out var group))
            {
                group.UnitIds.Add(unitId);
            }
        }, cancellationToken);
        return new CatalogueTables { Units = units, Groups = groups.Values.ToList() };
    }

    /// <summary>Every mapping of a unit to a framework area, as numbers (666,667 rows at national size).</summary>
    public static async Task<List<(int AreaId, int UnitId, bool Full)>> UnitMappingsAsync(OneWorkforceDbContext db, CancellationToken cancellationToken)
    {
        var mappings = new List<(int, int, bool)>();
        await ReadNumbersAsync(db, "SELECT framework_area_id, unit_id, CASE WHEN strength = 'full' THEN 1 ELSE 0 END FROM framework_mappings WHERE unit_id IS NOT NULL",
            (area, unit, full) => mappings.Add((area, unit, full == 1)), cancellationToken);
        return mappings;
    }

    /// <summary>Reads rows of three integers with plain SQL.</summary>
    private static Task ReadNumbersAsync(OneWorkforceDbContext db, string sql, Action<int, int, int> row, CancellationToken cancellationToken) =>
        RawSql.ReadAsync(db, sql, null, reader => row(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)), cancellationToken);
}
