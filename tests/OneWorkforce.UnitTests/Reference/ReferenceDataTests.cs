using OneWorkforce.Core.Reference;

namespace OneWorkforce.UnitTests.Reference;

public sealed class ReferenceDataTests
{
    [Fact]
    public void The_Common_Core_has_six_areas_in_each_version_with_the_2005_wording_kept()
    {
        Assert.Equal(6, CommonCore.Areas.Count);
        Assert.All(CommonCore.Versions, v => Assert.Equal(6, v.Areas.Count));
        var v2005 = CommonCore.Versions.Single(v => v.Version == "2005");
        Assert.Equal("Multi-agency working", v2005.Areas[4].Title);
        Assert.Equal("Sharing information", v2005.Areas[5].Title);
        Assert.Equal("Information sharing", CommonCore.Versions.Single(v => v.Version == "2010").Areas[5].Title);
        Assert.Equal("CC2010-3", CommonCore.AreaCode("2010", 3));
    }

    [Fact]
    public void The_rainbow_has_eight_arcs_by_eight_stages_on_a_one_to_five_scale()
    {
        Assert.Equal(Enumerable.Range(1, 8), Ocwt.Arcs.Select(a => a.Number));
        Assert.Equal(Enumerable.Range(1, 8), Ocwt.Stages.Select(s => s.Number));
        Assert.Equal(["red", "orange", "yellow", "green", "blue", "indigo", "violet"], Ocwt.Arcs.Take(7).Select(a => a.Colour));
        Assert.Equal("Fragmented", Ocwt.Scale[0].Label);
        Assert.Equal("Integrated and reformed", Ocwt.Scale[4].Label);
        Assert.Equal(3.00m, Ocwt.ReasonableScore); // seed 003 §4.2
        Assert.Equal(8, Ocwt.Arcs.Select(a => a.ColourHex).Distinct().Count());
    }

    [Theory]
    [InlineData("entry", 1)]
    [InlineData("1", 2)]
    [InlineData("2", 3)]
    [InlineData("3", 4)]
    [InlineData("4", 5)]
    [InlineData("5", 5)]
    [InlineData("6", 6)]
    [InlineData("7", 7)]
    [InlineData("8", 8)]
    public void Qualification_levels_carry_their_EQF_level(string level, int eqf) =>
        Assert.Equal(eqf, QualificationLevels.Find(level)!.EqfLevel);

    [Fact]
    public void Training_without_a_level_has_no_EQF_level() => Assert.Null(QualificationLevels.Find("not-levelled")!.EqfLevel);

    [Theory]
    [InlineData(1, "Award")]
    [InlineData(12, "Award")]
    [InlineData(13, "Certificate")]
    [InlineData(36, "Certificate")]
    [InlineData(37, "Diploma")]
    [InlineData(0, null)]
    public void Size_by_credit_follows_the_framework_bands(int credits, string? size) =>
        Assert.Equal(size, QualificationLevels.SizeByCredit(credits));

    [Fact]
    public void The_role_list_is_seed_002_appendix_2_with_sectors_from_the_code_list()
    {
        Assert.Equal(17, Roles.Initial.Count(r => r.WorkforceType == "core"));
        Assert.Equal(17, Roles.Initial.Count(r => r.WorkforceType == "wider"));
        Assert.Equal(Roles.Initial.Count, Roles.Initial.Select(r => r.Code).Distinct().Count());
        Assert.All(Roles.Initial.SelectMany(r => r.Sectors), s => Assert.True(WorkforceCodeLists.WorkforceSectors.Contains(s), s));
        Assert.All(Roles.Initial, r => Assert.NotEmpty(r.Sectors));
    }

    [Fact]
    public void Code_lists_have_unique_codes_and_the_seed_counts()
    {
        Assert.Equal(7, WorkforceCodeLists.WorkforceSectors.Items.Count);          // seed 001
        Assert.Equal(9, WorkforceCodeLists.OrganisationCategories.Items.Count);    // seed 000
        Assert.Equal(5, EveryChildMatters.Outcomes.Items.Count);
        Assert.All(WorkforceCodeLists.All, list => Assert.Equal(list.Items.Count, list.Items.Select(i => i.Code).Distinct().Count()));
        Assert.Equal(["private", "voluntary", "independent"], WorkforceCodeLists.EmployerSectors.Items.Where(i => WorkforceCodeLists.PviSectors.Contains(i.Code)).Select(i => i.Code));
    }
}
