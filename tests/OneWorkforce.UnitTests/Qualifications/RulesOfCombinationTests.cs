using OneWorkforce.Core.Qualifications.Structure;

namespace OneWorkforce.UnitTests.Qualifications;

/// <summary>
/// A worked diploma: mandatory M1 (level 2, 3 credits), M2 (level 3, 4), M3 (level 3, 5); optional
/// group B needing 6 credits from O1 (level 3, 4), O2 (level 3, 3), O3 (level 2, 2), O4 (level 4, 5);
/// 20 credits in all, at least 14 of them at level 3 or above.
/// </summary>
public sealed class RulesOfCombinationTests
{
    private static readonly Dictionary<string, UnitInfo> Units = new[]
    {
        new UnitInfo("M1", "Communication", "2", 3), new UnitInfo("M2", "Child development", "3", 4), new UnitInfo("M3", "Safeguarding", "3", 5),
        new UnitInfo("O1", "Transitions", "3", 4), new UnitInfo("O2", "Play", "3", 3), new UnitInfo("O3", "First aid", "2", 2),
        new UnitInfo("O4", "Leading practice", "4", 5), new UnitInfo("X9", "Unrelated", "3", 10),
    }.ToDictionary(u => u.Reference);

    private static readonly QualificationStructure Diploma = new("DIP", 20,
    [
        new UnitGroup("A", "Mandatory", true, ["M1", "M2", "M3"]),
        new UnitGroup("B", "Optional", false, ["O1", "O2", "O3", "O4"], MinCredits: 6),
    ], new LevelCreditRule("3", 14));

    [Fact]
    public void Partial_learning_counts_and_the_fewest_further_units_are_listed()
    {
        var result = RulesOfCombination.Assess(Diploma, Units, new HashSet<string> { "M1", "M2", "O3", "X9" });
        Assert.Equal(9, result.CreditsCounted); // 3 + 4 + 2; X9 is not part of this qualification
        Assert.False(result.RulesMet);
        Assert.Equal("1 of 3 mandatory units still to do", result.Groups[0].Explanation);
        Assert.Equal("4 more credits needed from this group", result.Groups[1].Explanation);
        // 11 more credits needed: M3 is mandatory (5), group B needs 4 more (O4, 5), then 1 more credit (O1, the largest left).
        Assert.Equal(["M3", "O4", "O1"], result.UnitsToAdd);
        Assert.Equal(14, result.CreditsToAdd);
    }

    [Fact]
    public void Holding_enough_of_the_right_units_meets_every_rule()
    {
        var result = RulesOfCombination.Assess(Diploma, Units, new HashSet<string> { "M1", "M2", "M3", "O1", "O2", "O4" });
        Assert.Equal(24, result.CreditsCounted);
        Assert.True(result.RulesMet);
        Assert.Empty(result.UnitsToAdd);
        Assert.All(result.Groups, g => Assert.True(g.Met));
    }

    [Fact]
    public void The_level_rule_can_decide_on_its_own()
    {
        var structure = new QualificationStructure("CERT", 10,
            [new UnitGroup("B", "Optional", false, ["M1", "O3", "O1", "O2", "O4"], MinCredits: 5)], new LevelCreditRule("3", 8));
        var result = RulesOfCombination.Assess(structure, Units, new HashSet<string> { "M1", "O3", "O2" });
        Assert.Equal(8, result.CreditsCounted); // 3 + 2 + 3, of which only O2 (3) is at level 3 or above
        Assert.False(result.RulesMet);
        Assert.Equal(["O4"], result.UnitsToAdd); // 5 more level 3+ credits: the largest, O4, gives 8 and the total 13
    }

    [Fact]
    public void Units_needed_for_a_minimum_number_of_units()
    {
        var structure = new QualificationStructure("AWARD", 0, [new UnitGroup("B", "Choose two", false, ["O1", "O2", "O3"], MinUnits: 2)]);
        var result = RulesOfCombination.Assess(structure, Units, new HashSet<string>());
        Assert.Equal("2 more units needed from this group", result.Groups[0].Explanation);
        Assert.Equal(["O1", "O2"], result.UnitsToAdd);
    }
}
