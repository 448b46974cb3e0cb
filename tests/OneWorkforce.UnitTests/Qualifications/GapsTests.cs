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
