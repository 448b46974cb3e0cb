using OneWorkforce.Core.Validation;

namespace OneWorkforce.UnitTests.Areas;

public sealed class FieldErrorsTests
{
    [Fact]
    public void The_first_message_for_a_field_wins_and_order_is_kept()
    {
        var errors = new FieldErrors().Add("Name", "first").Add("Code", "code").Add("Name", "second");
        Assert.Equal(["Name", "Code"], errors.All.Select(e => e.Key));
        Assert.Equal("first", errors.For("Name"));
        Assert.Equal(new[] { "code" }, errors.ToDictionary()["Code"]);
    }
}
