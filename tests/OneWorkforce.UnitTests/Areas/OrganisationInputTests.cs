using OneWorkforce.Core.Areas;

namespace OneWorkforce.UnitTests.Areas;

public sealed class OrganisationInputTests
{
    [Fact]
    public void A_complete_organisation_is_valid()
    {
        var input = new OrganisationInput("Little Acorns Day Nursery", "EY100001", "private", ["early-years"]);
        Assert.False(input.Validate().Any);
    }

    [Fact]
    public void Each_missing_or_unknown_value_is_reported()
    {
        var errors = new OrganisationInput("", "has spaces", "charity", ["early-years", "pirates"]).Validate();
        Assert.Equal("Enter the organisation's name", errors.For("Name"));
        Assert.StartsWith("Reference must be up to 50 letters", errors.For("Reference"));
        Assert.Equal("Select the sector of employer", errors.For("EmployerSector"));
        Assert.Equal("'pirates' is not an organisation category. Choose from the list", errors.For("Categories"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+44")]
    [InlineData("@SUM")]
    [InlineData("-1")]
    public void References_cannot_start_with_a_spreadsheet_formula_character(string reference) =>
        Assert.NotNull(new OrganisationInput("A", reference, "private", []).Validate().For("Reference"));
}
