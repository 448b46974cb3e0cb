using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class OfqualRegisterTests
{
    [Theory]
    [InlineData("Level 3", "3")]
    [InlineData("Entry Level", "entry")]
    [InlineData("Entry 3", "entry")]
    [InlineData("Level 1/Level 2", "2")]
    [InlineData("Not Applicable", "not-levelled")]
    [InlineData("Level 9", null)]
    [InlineData("", null)]
    public void Ofqual_level_wording_maps_to_framework_levels(string written, string? code) =>
        Assert.Equal(code, OfqualRegister.LevelCode(written));

    [Theory]
    [InlineData("Vocationally-Related Qualification", "other")]
    [InlineData("Occupational Qualification", "other")]
    [InlineData("NVQ", "nvq")]
    [InlineData("End-Point Assessment", "apprenticeship")]
    [InlineData("Diploma", "diploma")]
    [InlineData("", null)]
    public void Ofqual_types_map_to_framework_types(string written, string? code) => Assert.Equal(code, OfqualRegister.TypeCode(written));

    private static Func<string, string> Row(Dictionary<string, string> overrides)
    {
        var row = new Dictionary<string, string>
        {
            [OfqualRegister.Number] = "603/5829/4",
            [OfqualRegister.Title] = "NCFE T Level Technical Qualification in Education and Early Years",
            [OfqualRegister.Owner] = "NCFE",
            [OfqualRegister.Level] = "Level 3",
            [OfqualRegister.Type] = "Technical Qualification",
            [OfqualRegister.Credits] = "",
            [OfqualRegister.Glh] = "1,080",
            [OfqualRegister.Tqt] = "1230",
            [OfqualRegister.Start] = "01/09/2020",
            [OfqualRegister.End] = "",
            [OfqualRegister.CertificationEnd] = "",
            [OfqualRegister.Status] = "Available to learners",
        };
        foreach (var (k, v) in overrides)
        {
            row[k] = v;
        }
        return c => row.GetValueOrDefault(c, "");
    }

    [Fact]
    public void A_register_row_becomes_a_record_keyed_by_its_number()
    {
        var (record, problems) = OfqualRegister.ReadRow("register.csv", 2, Row([]));
        Assert.Empty(problems);
        Assert.Equal("OQ-603-5829-4", record!.Reference);
        Assert.Equal(1080, record.GuidedLearningHours);
        Assert.Equal(1230, record.TotalQualificationTime);
        Assert.Equal(new DateOnly(2020, 9, 1), record.ValidFrom);
        Assert.False(record.WithdrawnBySource);
    }

    [Fact]
    public void No_longer_awarded_means_withdrawn() =>
        Assert.True(OfqualRegister.ReadRow("register.csv", 2, Row(new() { [OfqualRegister.Status] = "No longer awarded" })).Record!.WithdrawnBySource);

    [Fact]
    public void Bad_values_are_reported_by_column()
    {
        var (record, problems) = OfqualRegister.ReadRow("register.csv", 5, Row(new()
        {
            [OfqualRegister.Number] = "",
            [OfqualRegister.Glh] = "lots",
            [OfqualRegister.Start] = "September 2020",
            [OfqualRegister.Level] = "Level 10",
        }));
        Assert.Null(record);
        Assert.Equal([OfqualRegister.Number, OfqualRegister.Level, OfqualRegister.Glh, OfqualRegister.Start], problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(5, p.Row));
    }
}
