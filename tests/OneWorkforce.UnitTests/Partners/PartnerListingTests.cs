using OneWorkforce.Core.Partners;

namespace OneWorkforce.UnitTests.Partners;

/// <summary>
/// A partner directory listing (seed 000 recommendation 5, a database of providers and partners) and its review after
/// 12 months (recommendation 4: keep what is known about the sector up to date).
/// </summary>
public sealed class PartnerListingTests
{
    private static readonly int[] AreaDistricts = [11, 12, 13];

    private static PartnerListing Good(Func<PartnerListing, PartnerListing>? change = null)
    {
        var listing = new PartnerListing
        {
            Description = "A pre-school in the village hall", Categories = ["early-years"], AgeRanges = ["0-4"], Districts = [12],
            Website = "https://www.example.org.uk", Phone = "01632 960 001", ContactEmail = "hello@example.org",
        };
        return change is null ? listing : change(listing);
    }

    [Fact]
    public void A_complete_listing_passes_and_keeps_its_districts_in_order()
    {
        Assert.Empty(Good().Check(AreaDistricts).All);
        Assert.Equal("12;13", new PartnerListing { Districts = [13, 12, 13] }.DistrictsServed);
        Assert.Equal("all", new PartnerListing { WholeArea = true, Districts = [12] }.DistrictsServed);
        Assert.Equal([12, 13], PartnerListing.ParseDistricts("12;13"));
        Assert.Empty(PartnerListing.ParseDistricts("all"));
    }

    [Theory]
    [InlineData("Description", "", "Say what your organisation does")]
    [InlineData("Categories", "none", "Choose at least one kind of organisation")]
    [InlineData("Categories", "pubs", "'pubs' is not one of the kinds of organisation listed")]
    [InlineData("AgeRanges", "100-120", "'100-120' is not one of the age ranges listed")]
    [InlineData("Districts", "none", "Choose the districts you work in, or the whole area")]
    [InlineData("Districts", "99", "Choose districts of this area from the list")]
    [InlineData("Website", "www.example.org", "Enter the website address in full")]
    [InlineData("Website", "javascript:alert(1)", "Enter the website address in full")]
    [InlineData("Phone", "call me", "Enter a telephone number")]
    [InlineData("Phone", "123", "Enter a telephone number")]
    [InlineData("ContactEmail", "not an email", "Enter an email address in the right format")]
    public void Each_problem_is_named_against_its_field(string field, string value, string message)
    {
        var listing = field switch
        {
            "Description" => Good(l => new PartnerListing { Description = value, Categories = l.Categories, Districts = l.Districts }),
            "Categories" => new PartnerListing { Description = "x", Categories = value == "none" ? [] : [value], WholeArea = true },
            "AgeRanges" => new PartnerListing { Description = "x", Categories = ["youth"], AgeRanges = [value], WholeArea = true },
            "Districts" => new PartnerListing { Description = "x", Categories = ["youth"], Districts = value == "none" ? [] : [int.Parse(value)] },
            "Website" => new PartnerListing { Description = "x", Categories = ["youth"], WholeArea = true, Website = value },
            "Phone" => new PartnerListing { Description = "x", Categories = ["youth"], WholeArea = true, Phone = value },
            _ => new PartnerListing { Description = "x", Categories = ["youth"], WholeArea = true, ContactEmail = value },
        };
        var errors = listing.Check(AreaDistricts);
        Assert.Equal([field], errors.All.Select(e => e.Key));
        Assert.StartsWith(message, errors.For(field));
    }

    [Fact]
    public void Long_text_is_refused_with_its_limit()
    {
        Assert.Equal("The description must be 1,000 characters or fewer",
            new PartnerListing { Description = new string('d', 1001), Categories = ["youth"], WholeArea = true }.Check(AreaDistricts).For("Description"));
    }

    [Fact]
    public void A_listing_is_due_for_review_when_never_confirmed_or_not_in_the_last_12_months()
    {
        var today = new DateOnly(2026, 12, 6);
        Assert.True(PartnerListing.NeedsReview(null, today));
        Assert.True(PartnerListing.NeedsReview(new DateOnly(2025, 12, 6), today));
        Assert.False(PartnerListing.NeedsReview(new DateOnly(2025, 12, 7), today));
        Assert.False(PartnerListing.NeedsReview(today, today));
    }
}
