using OneWorkforce.Core.Qualifications.Structure;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class ProgressionRoutesTests
{
    private static ProgressionOption Q(string reference, string level, Dictionary<string, int>? units = null, int? hours = null, decimal? cost = null) =>
        new(reference, $"Qualification {reference}", level, units ?? [], hours, cost);

    [Fact]
    public void A_target_two_levels_up_takes_two_steps_and_the_route_keeping_most_credit_comes_first()
    {
        var held = Q("L2", "2", new() { ["U1"] = 5, ["U2"] = 4 });
        var viaA = Q("L3A", "3", new() { ["U1"] = 5, ["U3"] = 10 }, hours: 300);  // keeps U1: 5 credits
        var viaB = Q("L3B", "3", new() { ["U9"] = 10 }, hours: 200);              // keeps nothing
        var target = Q("L4", "4", new() { ["U3"] = 10, ["U4"] = 10 }, hours: 400); // keeps U3 when reached via L3A
        var routes = ProgressionRoutes.Find([held], [viaA, viaB, target], new HashSet<string> { "L4" });
        Assert.Equal(routes.OrderBy(r => r.StepCount).Select(r => r.StepCount), routes.Select(r => r.StepCount)); // fewest steps first
        Assert.Equal([2, 2], routes.Take(2).Select(r => r.StepCount));
        Assert.Equal(["L3A", "L4"], routes[0].Steps.Select(s => s.Qualification.Reference));
        Assert.Equal(15, routes[0].CreditCarried); // 5 (U1 into L3A) + 10 (U3 into L4)
        Assert.Equal("Take Qualification L4 (L4): you keep 10 credits from units U3.", routes[0].Steps[1].Explanation);
        Assert.Equal(["L3B", "L4"], routes[1].Steps.Select(s => s.Qualification.Reference));
    }

    [Fact]
    public void A_target_one_level_up_is_one_step_and_lower_levels_are_never_steps()
    {
        var routes = ProgressionRoutes.Find([Q("L3", "3")], [Q("L2", "2"), Q("L4", "4")], new HashSet<string> { "L4" });
        var route = Assert.Single(routes);
        Assert.Equal(1, route.StepCount);
    }

    [Fact]
    public void Equal_steps_and_credit_are_ranked_by_learning_time_then_cost()
    {
        var routes = ProgressionRoutes.Find([Q("L2", "2")],
            [Q("T1", "3", hours: 500, cost: 100), Q("T2", "3", hours: 300, cost: 900), Q("T3", "3", hours: 300, cost: 200)],
            new HashSet<string> { "T1", "T2", "T3" });
        Assert.Equal(["T3", "T2", "T1"], routes.Select(r => r.Steps[0].Qualification.Reference));
    }

    [Fact]
    public void No_route_to_an_unknown_target()
    {
        Assert.Empty(ProgressionRoutes.Find([Q("L2", "2")], [Q("L3", "3")], new HashSet<string> { "NOPE" }));
    }

    [Fact]
    public void Among_thousands_of_quicker_unrelated_qualifications_the_route_keeping_credit_is_still_found_first()
    {
        var held = Q("L2", "2", new() { ["U1"] = 5, ["U2"] = 4 });
        var viaA = Q("L3A", "3", new() { ["U1"] = 5, ["U3"] = 10 }, hours: 300);
        var target = Q("L4", "4", new() { ["U3"] = 10, ["U4"] = 10 }, hours: 400);
        // 5,000 quicker level 3 qualifications sharing no unit: the index must not let them crowd out L3A.
        var fillers = Enumerable.Range(0, 5000).Select(i => Q($"F{i}", "3", new() { [$"X{i}"] = 10 }, hours: 10));
        var catalogue = new ProgressionCatalogue([viaA, target, .. fillers]);

        var routes = ProgressionRoutes.Find([held], catalogue, new HashSet<string> { "L4" });

        Assert.Equal(["L3A", "L4"], routes[0].Steps.Select(s => s.Qualification.Reference));
        Assert.Equal(15, routes[0].CreditCarried);
        Assert.Equal(5, routes.Count);
        Assert.All(routes.Skip(1), r => Assert.True(r.StepCount == 2 && r.CreditCarried < 15 && r.Steps[0].Qualification.Reference.StartsWith('F')));
    }
}
