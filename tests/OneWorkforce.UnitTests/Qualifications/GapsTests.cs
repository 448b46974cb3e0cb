using OneWorkforce.Core.Qualifications.Structure;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class GapsTests
{
    private static OfferedQualification Q(string reference, string title, string body, string level = "3") => new(reference, title, body, level);

    [Fact]
    public void Alike_titles_from_different_bodies_at_one_level_are_grouped_once_the_body_names_are_set_aside()
    {
        var offers = Gaps.SimilarAcrossBodies([
            // Without "NCFE CACHE" / "City & Guilds" / "level" / "3": {diploma, in, early, years, education, and, care} against the same: 1.0.
            Q("A", "NCFE CACHE Level 3 Diploma in Early Years Education and Care", "NCFE CACHE"),
            Q("B", "City & Guilds Level 3 Diploma in Early Years Education and Care", "City & Guilds"),
            Q("C", "Level 3 Diploma in Early Years Education and Care (Early Years Educator)", "Focus Awards"), // 7 of 8 words: 0.875
            Q("D", "NCFE CACHE Level 2 Diploma in Early Years Education and Care", "NCFE CACHE", "2"), // another level
            Q("E", "Foundation Degree in Early Years", "Kingston University"),
            Q("F", "NCFE CACHE Level 3 Diploma in Early Years Education and Care (QCF)", "NCFE CACHE"), // same body as A: joins through A
        ]);
        var offer = Assert.Single(offers);
        Assert.Equal(["City & Guilds", "Focus Awards", "NCFE CACHE"], offer.AwardingBodies);
        Assert.Equal(["B", "C", "A", "F"], offer.Qualifications.Select(q => q.Reference));
    }

    [Fact]
    public void One_body_alone_is_not_a_group()
    {
        Assert.Empty(Gaps.SimilarAcrossBodies([Q("A", "Diploma in Play", "X"), Q("B", "Diploma in Play", "X")]));
    }
}

public sealed class GapMatrixTests
{
    [Fact]
    public void Each_cell_counts_distinct_qualifications_and_an_empty_cell_is_a_gap()
    {
        // Seed 002 §6.4: social care has nothing at levels 4 and 5.
        var matrix = OneWorkforce.Core.Qualifications.Structure.GapMatrices.Build(
        [
            new("Social care", "3", "Q-A"), new("Social care", "3", "Q-A"), new("Social care", "6", "Q-B"),
            new("Early years", "3", "Q-C"), new("Early years", "4", "Q-D"), new("Early years", "not-levelled", "Q-E"),
        ], ["Early years", "Social care"]);
        Assert.Equal(["entry", "1", "2", "3", "4", "5", "6", "7", "8"], matrix.Levels);
        var care = matrix.Rows.Single(r => r.Cluster == "Social care");
        Assert.Equal([0, 0, 0, 1, 0, 0, 1, 0, 0], care.Counts);
        Assert.Equal(7, care.Gaps);
        Assert.Equal(1, matrix.Rows.Single(r => r.Cluster == "Early years").Counts[4]);
    }

    [Fact]
    public void Coverage_by_sector_counts_a_qualification_in_each_sector_of_its_roles()
    {
        var areas = new[] { "A1", "A2", "A3", "A4", "A5", "A6" };
        var broad = new OneWorkforce.Core.Qualifications.Structure.QualificationCoverage("Q-1", new HashSet<string>(areas[..5]), new HashSet<string>(), new HashSet<string>());
        var narrow = new OneWorkforce.Core.Qualifications.Structure.QualificationCoverage("Q-2", new HashSet<string> { "A1" }, new HashSet<string>(), new HashSet<string>());
        var sectors = new Dictionary<string, IReadOnlySet<string>>
        {
            ["Q-1"] = new HashSet<string> { "early-years", "health" },
            ["Q-2"] = new HashSet<string> { "early-years" },
        };
        var result = OneWorkforce.Core.Qualifications.Structure.FrameworkCoverage.BySector([broad, narrow], sectors, ["early-years", "health", "education"], areas);
        Assert.Equal((2, 1, 0.5), (result[0].MappedQualifications, result[0].Covering5Or6, result[0].Share));
        Assert.Equal((1, 1, 1.0), (result[1].MappedQualifications, result[1].Covering5Or6, result[1].Share));
        Assert.Equal((0, 0, 0.0), (result[2].MappedQualifications, result[2].Covering5Or6, result[2].Share));
    }

    [Fact]
    public void The_indexed_comparison_finds_exactly_the_groups_that_comparing_every_pair_finds()
    {
        var random = new Random(7);
        string[] vocabulary = ["diploma", "certificate", "in", "for", "the", "children", "young", "people", "care", "play", "work", "early", "years", "youth", "support"];
        var offers = Enumerable.Range(0, 400).Select(i => new OfferedQualification($"Q{i}",
            string.Join(' ', Enumerable.Range(0, 3 + random.Next(4)).Select(_ => vocabulary[random.Next(vocabulary.Length)])),
            $"Body {random.Next(5)}", (2 + random.Next(3)).ToString())).ToList();

        var indexed = Gaps.SimilarAcrossBodies(offers).Select(o => string.Join(",", o.Qualifications.Select(q => q.Reference).Order())).Order().ToList();

        Assert.NotEmpty(indexed);
        Assert.Equal(EveryPair(offers), indexed);
    }

    /// <summary>The plain definition: union every alike pair from different bodies at one level; keep groups naming two or more bodies.</summary>
    private static List<string> EveryPair(List<OfferedQualification> offers)
    {
        HashSet<string> Words(OfferedQualification q)
        {
            var ignore = OneWorkforce.Core.Qualifications.QualificationIdentity.NormaliseTitle(q.AwardingBody).Split(' ').ToHashSet();
            ignore.UnionWith(["level", q.LevelCode]);
            return OneWorkforce.Core.Qualifications.QualificationIdentity.NormaliseTitle(q.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !ignore.Contains(w)).ToHashSet();
        }
        var words = offers.Select(Words).ToList();
        var parent = Enumerable.Range(0, offers.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < offers.Count; i++)
        {
            for (var j = i + 1; j < offers.Count; j++)
            {
                if (offers[i].LevelCode != offers[j].LevelCode || offers[i].AwardingBody == offers[j].AwardingBody || words[i].Count == 0 || words[j].Count == 0)
                {
                    continue;
                }
                var common = words[i].Intersect(words[j]).Count();
                if ((double)common / (words[i].Count + words[j].Count - common) >= Gaps.SimilarThreshold)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }
        return Enumerable.Range(0, offers.Count).GroupBy(Find).Select(g => g.Select(i => offers[i]).ToList())
            .Where(g => g.Select(q => q.AwardingBody).Distinct().Count() > 1)
            .Select(g => string.Join(",", g.Select(q => q.Reference).Order())).Order().ToList();
    }
}
