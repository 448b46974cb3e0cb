using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class NearDuplicatesTests
{
    private static DuplicateCandidate Q(int id, string title, int body = 1, string level = "3", string? number = null, string? group = null) =>
        new(id, $"EYQ-{id:000}", number, title, body, level, group ?? $"g{id}");

    private static readonly HashSet<(int, int)> None = [];

    [Fact]
    public void Similar_titles_of_one_body_and_level_are_listed_most_similar_first()
    {
        // Seed-like titles: {btec, diploma, in, childcare, and, education} against the same plus "national": 6 / 7 = 0.857.
        var pairs = NearDuplicates.Find([
            Q(25, "BTEC Diploma in Childcare and Education"),
            Q(32, "BTEC National Diploma in Childcare and Education"),
            Q(40, "BTEC Diploma in Childcare and Education", body: 2), // another body
            Q(41, "BTEC Diploma in Childcare and Education", level: "2"), // another level
            Q(50, "Foundation Degree in Early Years"),
        ], None);
        var pair = Assert.Single(pairs);
        Assert.Equal((25, 32), (pair.First.Id, pair.Second.Id));
        Assert.Equal(6.0 / 7, pair.Similarity, 3);
    }

    [Fact]
    public void Versions_different_numbers_and_reviewed_pairs_are_not_listed()
    {
        var same = "Level 3 Diploma in Early Years Education and Care (Early Years Educator)";
        Assert.Empty(NearDuplicates.Find([Q(1, same, group: "v"), Q(2, same, group: "v")], None));
        Assert.Empty(NearDuplicates.Find([Q(1, same, number: "601/2147/6"), Q(2, same, number: "601/8438/3")], None));
        Assert.Single(NearDuplicates.Find([Q(1, same, number: "601/2147/6"), Q(2, same)], None));
        Assert.Empty(NearDuplicates.Find([Q(1, same), Q(2, same)], new HashSet<(int, int)> { (1, 2) }));
    }
}
