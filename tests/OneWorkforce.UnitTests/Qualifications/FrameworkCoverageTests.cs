using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class FrameworkCoverageTests
{
    private static readonly string[] Areas = CommonCore.Areas.Select(a => CommonCore.AreaCode("2010", a.Number)).ToArray();
    private static string Area(int number) => Areas[number - 1];

    [Fact]
    public void A_qualification_covers_areas_through_mandatory_units_optional_units_or_as_a_whole()
    {
        var structure = new QualificationStructure("Q1", 0,
        [
            new UnitGroup("A", "Mandatory", true, ["U1", "U2"]),
            new UnitGroup("B", "Optional", false, ["U3"], MinCredits: 1),
        ]);
        var coverage = FrameworkCoverage.Of(structure,
        [
            new AreaMapping(Area(1), "U1", null), new AreaMapping(Area(3), "U2", null, "partial"),
            new AreaMapping(Area(4), "U3", null), new AreaMapping(Area(6), null, "Q1"), new AreaMapping(Area(2), "U99", null),
        ]);
        Assert.Equal([Area(1), Area(3)], coverage.FromMandatory.Order());
        Assert.Equal([Area(4)], coverage.FromOptional);
        Assert.Equal([Area(1), Area(3), Area(4), Area(6)], coverage.All.Order());
        Assert.Equal([Area(1), Area(3), Area(6)], coverage.Guaranteed.Order()); // an optional unit may not be taken
    }

    /// <summary>
    /// A constructed set shaped like seed 002 §6.4's: 200 mapped qualifications of 5 units each (1,000
    /// units), 120 of them covering 5 or 6 areas; 480 units mapped to communication, 90 to transitions,
    /// 240 to none; level 5 units the least well mapped.
    /// </summary>
    [Fact]
    public void The_report_reproduces_the_seed_figures_from_a_constructed_set()
    {
        var units = new Dictionary<string, UnitInfo>();
        var structures = new List<QualificationStructure>();
        var mappings = new List<AreaMapping>();
        for (var q = 0; q < 200; q++)
        {
            var unitRefs = Enumerable.Range(0, 5).Select(i => $"Q{q}U{i}").ToList();
            structures.Add(new QualificationStructure($"Q{q}", 0, [new UnitGroup("A", "Mandatory", true, unitRefs)]));
            for (var i = 0; i < 5; i++)
            {
                var n = q * 5 + i; // unit number 0..999
                // Levels: 0–199 at level 5, the rest at level 3.
                units[unitRefs[i]] = new UnitInfo(unitRefs[i], "Unit", n < 200 ? "5" : "3", 5);
            }
        }
        var unitList = units.Keys.OrderBy(k => int.Parse(k[1..k.IndexOf('U')]) * 5 + int.Parse(k[(k.IndexOf('U') + 1)..])).ToList();
        // Units 0–239 map to nothing (240 = 24%, "nearly a quarter"; 200 of them at level 5).
        // Units 240–999 map to development; 240–719 also to communication (480); 240–329 also to transitions (90).
        // As wholes: every qualification maps to safeguarding; the first 120 also to areas 1, 2, 4 and 5, so they
        // cover five areas, while the other 80 reach at most three (communication, development, safeguarding).
        for (var n = 240; n < 1000; n++)
        {
            mappings.Add(new AreaMapping(Area(2), unitList[n], null)); // every mapped unit: development
        }
        for (var n = 240; n < 720; n++)
        {
            mappings.Add(new AreaMapping(Area(1), unitList[n], null)); // 480 units: communication
        }
        for (var n = 240; n < 330; n++)
        {
            mappings.Add(new AreaMapping(Area(4), unitList[n], null)); // 90 units: transitions
        }
        for (var q = 0; q < 200; q++)
        {
            mappings.Add(new AreaMapping(Area(3), null, $"Q{q}")); // every qualification as a whole: safeguarding
            if (q < 120)
            {
                mappings.Add(new AreaMapping(Area(1), null, $"Q{q}"));
                mappings.Add(new AreaMapping(Area(2), null, $"Q{q}"));
                mappings.Add(new AreaMapping(Area(4), null, $"Q{q}"));
                mappings.Add(new AreaMapping(Area(5), null, $"Q{q}"));
            }
        }

        var report = FrameworkCoverage.Report(structures, units, mappings, Areas);

        Assert.Equal(200, report.MappedQualifications);
        Assert.Equal(120, report.QualificationsCovering5Or6);
        Assert.Equal(0.60, report.ShareCovering5Or6, 3);                       // "60% had some coverage of 5 or 6 areas"
        Assert.Equal(1000, report.UnitsConsidered);
        Assert.Equal(0.48, report.AreaShares.Single(a => a.AreaCode == Area(1)).Share, 3); // communication: "nearly half"
        Assert.Equal(0.09, report.AreaShares.Single(a => a.AreaCode == Area(4)).Share, 3); // transitions: "less than 10%"
        Assert.Equal(0.24, report.ShareMappedToNone, 3);                       // "nearly a quarter ... did not map to any area"
        var levels = report.ByLevel.ToDictionary(l => l.LevelCode);
        Assert.Equal((200, 0), (levels["5"].Units, levels["5"].MappedUnits)); // level 5: the least well mapped
        Assert.Equal(760.0 / 800, levels["3"].Share, 3);
        Assert.Equal("5", report.ByLevel.MinBy(l => l.Share)!.LevelCode);
    }

    [Fact]
    public void Unmapped_qualifications_are_left_out_of_the_figures()
    {
        var report = FrameworkCoverage.Report(
            [new QualificationStructure("Q1", 0, [new UnitGroup("A", "M", true, ["U1"])]), new QualificationStructure("Q2", 0, [new UnitGroup("A", "M", true, ["U2"])])],
            new Dictionary<string, UnitInfo> { ["U1"] = new("U1", "a", "3", 1), ["U2"] = new("U2", "b", "3", 1) },
            [new AreaMapping(Area(1), "U1", null)], Areas);
        Assert.Equal(1, report.MappedQualifications);
        Assert.Equal(1, report.UnitsConsidered);
        Assert.Equal(0, report.ShareMappedToNone);
    }
}
