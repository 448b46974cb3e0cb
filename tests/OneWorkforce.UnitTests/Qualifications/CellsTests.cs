using OneWorkforce.Core.Frameworks;
using OneWorkforce.Core.Qualifications.Templates;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class CellsTests
{
    private static Cells One(string value) => new("f.csv", 2, _ => value);

    [Theory]
    [InlineData("450", 45000)]
    [InlineData("£1,450.50", 145050)]
    [InlineData("0", 0)]
    [InlineData("", null)]
    public void Money_is_read_in_pounds_and_kept_in_pence(string value, int? pence)
    {
        var cells = One(value);
        Assert.Equal(pence, cells.Pence("Cost"));
        Assert.Empty(cells.Problems);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("lots")]
    [InlineData("100001")]
    public void Bad_money_names_the_column_and_the_fix(string value)
    {
        var cells = One(value);
        Assert.Null(cells.Pence("Cost"));
        Assert.Contains("Enter an amount in pounds", Assert.Single(cells.Problems).Message);
    }

    [Theory]
    [InlineData("2024-09-01", 2024, 9, 1)]
    [InlineData("1/9/2024", 2024, 9, 1)]
    public void Dates_are_read_as_exports_write_them_or_as_day_month_year(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), One(value).Date("Valid From"));

    [Fact]
    public void Lists_are_split_on_semicolons() =>
        Assert.Equal(["health", "education"], One(" health ; education;").List("Sectors"));

    [Fact]
    public void Case_identifiers_are_name_based_uuids_the_same_on_every_export()
    {
        var a = CaseNames.Identifier("area:CC2010-1");
        Assert.Equal(a, CaseNames.Identifier("area:CC2010-1"));
        Assert.NotEqual(a, CaseNames.Identifier("area:CC2010-2"));
        Assert.Equal('5', a[14]); // version 5
        Assert.Contains(a[19], "89ab"); // RFC 4122 variant
    }
}
