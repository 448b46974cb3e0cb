using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class RoleRoutesTests
{
    private static readonly HeldQualification Diploma = new("Q-3", "Level 3 diploma", "3");
    private static readonly HeldQualification Certificate = new("Q-2", "Level 2 certificate", "2");
    private static readonly HeldQualification Unlevelled = new("Q-X", "First aid course", "not-levelled");
    private static readonly HeldQualification Foundation = new("Q-5", "Foundation degree", "5");

    [Fact]
    public void With_an_accepted_list_only_the_listed_qualifications_count()
    {
        var requirement = new EntryRequirement("3", ["Q-3"], null, "Demoshire");
        Assert.Equal(RequirementOutcome.Meets, RoleRoutes.Check(requirement, Diploma, []).Outcome);
        var other = RoleRoutes.Check(requirement, Foundation, []);
        Assert.Equal(RequirementOutcome.DoesNotMeet, other.Outcome);
        Assert.Contains("in Demoshire", other.Reason);
    }

    [Fact]
    public void With_only_a_level_a_lower_one_fails_a_significant_one_counts_and_another_may_count()
    {
        var requirement = new EntryRequirement("3", [], null);
        Assert.Equal(RequirementOutcome.DoesNotMeet, RoleRoutes.Check(requirement, Certificate, ["Q-2"]).Outcome);
        Assert.Equal(RequirementOutcome.Meets, RoleRoutes.Check(requirement, Diploma, ["Q-3"]).Outcome);
        Assert.Equal(RequirementOutcome.MayMeet, RoleRoutes.Check(requirement, Foundation, ["Q-3"]).Outcome);
        Assert.Equal(RequirementOutcome.MayMeet, RoleRoutes.Check(requirement, Unlevelled, []).Outcome);
        Assert.Contains("level 2; this role asks for level 3 or above", RoleRoutes.Check(requirement, Certificate, []).Reason);
    }

    private static RoleSummary Role(string code, string sector, string? level, HeldQualification[] significant, string[]? accepted = null, string[]? linked = null) =>
        new(code, code, [sector], level is null && accepted is null ? null : new EntryRequirement(level, accepted ?? [], null), significant)
        {
            Linked = (linked ?? []).Concat(significant.Select(s => s.Reference)).ToList(),
        };

    [Fact]
    public void Onward_routes_are_roles_sharing_a_significant_qualification_or_a_step_up_in_the_sector()
    {
        var assistant = Role("assistant", "early-years", "2", [Certificate]);
        var practitioner = Role("practitioner", "early-years", "3", [Diploma]);
        var playworker = Role("playworker", "sport-leisure-play", null, [], linked: ["Q-2"]);
        var nurse = Role("nurse", "health", "6", []);
        var onward = RoleRoutes.Onward(assistant, [assistant, practitioner, playworker, nurse]);
        Assert.Equal(["playworker", "practitioner"], onward.Select(r => r.Role.Code));
        Assert.Contains("also counts", onward[0].Reason);
        Assert.Contains("asks for level 3", onward[1].Reason);
        Assert.Equal(["assistant"], RoleRoutes.Into(practitioner, [assistant, practitioner, playworker, nurse]).Select(r => r.Role.Code));
    }
}
