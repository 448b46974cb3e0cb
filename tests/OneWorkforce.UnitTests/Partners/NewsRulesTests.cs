using OneWorkforce.Core.Partners;

namespace OneWorkforce.UnitTests.Partners;

/// <summary>Workforce news (seed 000: 77% of organisations asked for workforce development news): who may get it, and what an update needs.</summary>
public sealed class NewsRulesTests
{
    [Theory]
    [InlineData("reader@example.org", null, null, null)]
    [InlineData("", null, "Email", "Enter your email address")]
    [InlineData("reader@", null, "Email", "Enter an email address in the right format, like name@example.org")]
    [InlineData("Reader <reader@example.org>", null, "Email", "Enter an email address in the right format, like name@example.org")]
    public void An_address_must_be_one_address(string email, string? name, string? field, string? message)
    {
        var errors = NewsRules.CheckSubscription(email, name);
        Assert.Equal(message, field is null ? null : errors.For(field));
        Assert.Equal(field is null, !errors.Any);
    }

    [Fact]
    public void Names_subjects_and_updates_have_limits_and_an_update_needs_both_parts()
    {
        Assert.Equal("Your name must be 100 characters or fewer", NewsRules.CheckSubscription("a@example.org", new string('n', 101)).For("Name"));
        Assert.Equal(["Subject", "Body"], NewsRules.CheckUpdate(" ", null).All.Select(e => e.Key));
        Assert.Equal("The subject must be 150 characters or fewer", NewsRules.CheckUpdate(new string('s', 151), "b").For("Subject"));
        Assert.Equal("The update must be 20,000 characters or fewer", NewsRules.CheckUpdate("s", new string('b', 20_001)).For("Body"));
        Assert.False(NewsRules.CheckUpdate("Spring training", "Six dates").Any);
        Assert.True(new NewsSubscriber { Email = "a", Token = "t", ConfirmedAt = DateTime.UtcNow }.IsActive);
        Assert.False(new NewsSubscriber { Email = "a", Token = "t" }.IsActive);
        Assert.False(new NewsSubscriber { Email = "a", Token = "t", ConfirmedAt = DateTime.UtcNow, UnsubscribedAt = DateTime.UtcNow }.IsActive);
    }
}
