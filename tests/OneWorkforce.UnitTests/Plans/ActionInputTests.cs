using OneWorkforce.Core;
using OneWorkforce.Core.Plans;

namespace OneWorkforce.UnitTests.Plans;

public sealed class ActionInputTests
{
    private static ActionInput Input(string? cost = null, IReadOnlyList<int>? arcs = null, bool all = false, string status = "on-track") =>
        new("Develop a common induction programme", null, arcs ?? [5], all, null, null, null, null, null, cost, status, false);

    [Theory]
    [InlineData("12000", 1_200_000L)]          // seed 003 appendix 2, action 1: "(£12,000)"
    [InlineData("£12,000", 1_200_000L)]
    [InlineData("£12,000.50", 1_200_050L)]
    [InlineData("450.5", 45_050L)]
    public void Costs_in_pounds_are_kept_in_pence(string typed, long pence)
    {
        Assert.False(Input(typed).Validate(out var cost).Any);
        Assert.Equal(pence, cost);
    }

    [Theory]
    [InlineData("twelve thousand")]
    [InlineData("12.345")]
    [InlineData("-5")]
    public void A_cost_that_is_not_pounds_and_pence_is_refused(string typed) =>
        Assert.Equal("Enter the estimated cost in pounds, like 12000 or £12,000.50", Input(typed).Validate(out _).For(nameof(ActionInput.EstimatedCost)));

    [Fact]
    public void Arcs_and_status_are_checked()
    {
        Assert.NotNull(Input(arcs: []).Validate(out _).For(nameof(ActionInput.Arcs)));
        Assert.Null(Input(arcs: [], all: true).Validate(out _).For(nameof(ActionInput.Arcs)));
        Assert.NotNull(Input(arcs: [9]).Validate(out _).For(nameof(ActionInput.Arcs)));
        Assert.NotNull(Input(status: "green").Validate(out _).For(nameof(ActionInput.Status)));
        Assert.Null(Input(status: "At risk").Validate(out _).For(nameof(ActionInput.Status)));
    }

    [Fact]
    public void All_eight_arcs_chosen_one_by_one_are_stored_as_all_arcs()
    {
        Assert.Equal(ActionArcs.All, ActionArcs.From(Enumerable.Range(1, 8), all: false));
        Assert.Equal("1,5,7", ActionArcs.From([7, 1, 5, 5], all: false));
        Assert.Equal("All arcs", ActionArcs.Describe("all"));
        Assert.Equal("Complementary roles, Every Child Matters outcomes", ActionArcs.Describe("6,8"));
    }

    [Theory]
    [InlineData(1_200_000L, "£12,000")]
    [InlineData(45_050L, "£450.50")]
    [InlineData(0L, "£0")]
    public void Pence_print_as_the_plan_prints_pounds(long pence, string shown) => Assert.Equal(shown, Money.Format(pence));
}
