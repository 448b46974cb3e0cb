namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>A unit or a whole qualification mapped to an area of a framework (the Common Core first), fully or partly.</summary>
public sealed record AreaMapping(string AreaCode, string? UnitReference, string? QualificationReference, string Strength = "full");

/// <summary>The framework areas a qualification covers, and whether through its mandatory units, its optional units or a mapping of the whole qualification.</summary>
public sealed record QualificationCoverage(string QualificationReference, IReadOnlySet<string> FromMandatory, IReadOnlySet<string> FromOptional, IReadOnlySet<string> Direct)
{
    public IReadOnlySet<string> All { get; } = FromMandatory.Union(FromOptional).Union(Direct).ToHashSet();

    /// <summary>Areas every holder has met: through mandatory units or the whole qualification.</summary>
    public IReadOnlySet<string> Guaranteed { get; } = FromMandatory.Union(Direct).ToHashSet();
}

public sealed record AreaShare(string AreaCode, int Units, double Share);

public sealed record LevelShare(string LevelCode, int Units, int MappedUnits, double Share);

public sealed record SectorCoverage(string Sector, int MappedQualifications, int Covering5Or6, double Share);

/// <summary>The coverage figures seed 002 §6.4 reports by hand, computed from the mappings.</summary>
public sealed record CoverageReport(
    int MappedQualifications,
    int QualificationsCovering5Or6,
    double ShareCovering5Or6,
    int UnitsConsidered,
    IReadOnlyList<AreaShare> AreaShares,
    int UnitsMappedToNone,
    double ShareMappedToNone,
    IReadOnlyList<LevelShare> ByLevel);

public static class FrameworkCoverage
{
    public static QualificationCoverage Of(QualificationStructure structure, IReadOnlyList<AreaMapping> mappings) =>
        Of(structure, new MappingIndex(mappings));

    /// <summary>Mappings looked up by unit and by whole qualification, built once for many qualifications.</summary>
    private sealed class MappingIndex(IReadOnlyList<AreaMapping> mappings)
    {
        public ILookup<string, string> ByUnit { get; } = mappings.Where(m => m.UnitReference is not null).ToLookup(m => m.UnitReference!, m => m.AreaCode);

        public ILookup<string, string> ByQualification { get; } = mappings.Where(m => m.QualificationReference is not null).ToLookup(m => m.QualificationReference!, m => m.AreaCode);
    }

    private static QualificationCoverage Of(QualificationStructure structure, MappingIndex index)
    {
        HashSet<string> mandatoryUnits = [], fromMandatory = [], fromOptional = [];
        foreach (var group in structure.Groups.Where(g => g.Mandatory))
        {
            foreach (var unit in group.UnitReferences)
            {
                mandatoryUnits.Add(unit);
                fromMandatory.UnionWith(index.ByUnit[unit]);
            }
        }
        foreach (var group in structure.Groups.Where(g => !g.Mandatory))
        {
            foreach (var unit in group.UnitReferences.Where(u => !mandatoryUnits.Contains(u)))
            {
                fromOptional.UnionWith(index.ByUnit[unit]);
            }
        }
        return new QualificationCoverage(structure.QualificationReference, fromMandatory, fromOptional, index.ByQualification[structure.QualificationReference].ToHashSet());
    }

    /// <summary>
    /// Seed 002 §6.4: "Of the 200 or so qualifications mapped to the Common Core, 60% had some coverage
    /// of 5 or 6 areas"; for each area, the share of the units (of those qualifications) mapped to it;
    /// the share mapped to none ("nearly a quarter"); and the share mapped to any area by unit level
    /// ("modules at Level 5 are the least well mapped").
    /// </summary>
    public static CoverageReport Report(IReadOnlyList<QualificationStructure> structures, IReadOnlyDictionary<string, UnitInfo> units,
        IReadOnlyList<AreaMapping> mappings, IReadOnlyList<string> areaCodes, IReadOnlyList<QualificationCoverage>? coverages = null)
    {
        coverages ??= Coverages(structures, mappings);
        var mappedReferences = coverages.Select(c => c.QualificationReference).ToHashSet();
        var covering = coverages.Count(c => c.All.Count(areaCodes.Contains) >= 5);
        var consideredUnits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var structure in structures.Where(s => mappedReferences.Contains(s.QualificationReference)))
        {
            foreach (var group in structure.Groups)
            {
                consideredUnits.UnionWith(group.UnitReferences);
            }
        }
        // One pass over the units: the areas each is mapped to, counted by area and by the unit's level.
        var areasOfUnit = mappings.Where(m => m.UnitReference is not null).ToLookup(m => m.UnitReference!, m => m.AreaCode);
        var byArea = areaCodes.ToDictionary(a => a, _ => 0);
        var levels = new Dictionary<string, (int Units, int Mapped)>();
        var none = 0;
        foreach (var unit in consideredUnits)
        {
            var mapped = false;
            foreach (var area in areasOfUnit[unit].Distinct())
            {
                mapped = true;
                if (byArea.TryGetValue(area, out var count))
                {
                    byArea[area] = count + 1;
                }
            }
            none += mapped ? 0 : 1;
            var level = units[unit].LevelCode;
            var (inLevel, mappedInLevel) = levels.GetValueOrDefault(level);
            levels[level] = (inLevel + 1, mappedInLevel + (mapped ? 1 : 0));
        }
        var areaShares = areaCodes.Select(area => new AreaShare(area, byArea[area], Share(byArea[area], consideredUnits.Count))).ToList();
        var byLevel = levels.Select(l => new LevelShare(l.Key, l.Value.Units, l.Value.Mapped, Share(l.Value.Mapped, l.Value.Units)))
            .OrderBy(l => Reference.QualificationLevels.Find(l.LevelCode)?.SortOrder ?? 100).ThenBy(l => l.LevelCode, StringComparer.Ordinal)
            .ToList();
        return new CoverageReport(coverages.Count, covering, Share(covering, coverages.Count), consideredUnits.Count,
            areaShares, none, Share(none, consideredUnits.Count), byLevel);
    }

    /// <summary>The coverage of each qualification that covers any area.</summary>
    public static List<QualificationCoverage> Coverages(IReadOnlyList<QualificationStructure> structures, IReadOnlyList<AreaMapping> mappings)
    {
        var index = new MappingIndex(mappings);
        return structures.Select(s => Of(s, index)).Where(c => c.All.Count > 0).ToList();
    }

    /// <summary>
    /// Coverage by workforce sector: a qualification is in the sectors of the roles it is linked to;
    /// for each sector, the mapped qualifications and the share covering 5 or 6 areas.
    /// </summary>
    public static IReadOnlyList<SectorCoverage> BySector(IReadOnlyList<QualificationCoverage> coverages, IReadOnlyDictionary<string, IReadOnlySet<string>> sectorsOfQualification,
        IReadOnlyList<string> sectors, IReadOnlyList<string> areaCodes) =>
        sectors.Select(sector =>
        {
            var inSector = coverages.Where(c => sectorsOfQualification.TryGetValue(c.QualificationReference, out var s) && s.Contains(sector)).ToList();
            var covering = inSector.Count(c => c.All.Count(areaCodes.Contains) >= 5);
            return new SectorCoverage(sector, inSector.Count, covering, Share(covering, inSector.Count));
        }).ToList();

    internal static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
