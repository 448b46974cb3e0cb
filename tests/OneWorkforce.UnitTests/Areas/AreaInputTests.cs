using OneWorkforce.Core.Areas;

namespace OneWorkforce.UnitTests.Areas;

public sealed class AreaInputTests
{
    [Theory]
    [InlineData("E06000019", true)]   // Herefordshire
    [InlineData("e10000018", true)]   // Leicestershire, lower case is accepted
    [InlineData(" E10000018 ", true)]
    [InlineData("E1000001", false)]
    [InlineData("X10000018", false)]
    [InlineData("E1000001A", false)]
    [InlineData("", false)]
    public void ONS_area_codes_are_a_letter_and_eight_digits(string code, bool valid) =>
        Assert.Equal(valid, AreaCode.IsValid(code));

    [Fact]
    public void Missing_name_and_code_are_each_reported_against_their_field()
    {
        var errors = new AreaInput(" ", null, null).Validate();
        Assert.Equal("Enter the area's name, for example Herefordshire", errors.For("Name"));
        Assert.StartsWith("Enter the ONS area code", errors.For("Code"));
    }

    [Fact]
    public void A_malformed_code_is_quoted_back_with_how_to_fix_it()
    {
        var errors = new AreaInput("Herefordshire", "HEREFORD", null).Validate();
        Assert.Equal("'HEREFORD' is not an ONS area code. Enter the ONS area code: a letter and 8 digits, like E10000018", errors.For("Code"));
    }

    [Fact]
    public void Districts_are_trimmed_blank_lines_dropped_and_repeats_refused()
    {
        var input = new AreaInput("Herefordshire", "E06000019", [" Hereford ", "", "Leominster", "hereford"]);
        Assert.Equal("District 'Hereford' is listed more than once. List each district once", input.Validate().For("Districts"));
        Assert.Equal(["Hereford", "Leominster", "hereford"], input.CleanDistricts());
        Assert.False(new AreaInput("Herefordshire", "E06000019", ["Hereford", "Leominster"]).Validate().Any);
    }

    [Fact]
    public void Huge_names_are_refused()
    {
        var errors = new AreaInput(new string('a', 201), "E06000019", [new string('b', 10)]).Validate();
        Assert.Equal("Area name must be 200 characters or fewer", errors.For("Name"));
    }
}
