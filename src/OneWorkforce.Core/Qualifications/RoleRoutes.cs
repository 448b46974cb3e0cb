using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications;

/// <summary>What a role asks of someone coming into it, nationally or in one area.</summary>
public sealed record EntryRequirement(string? MinimumLevel, IReadOnlyList<string> Accepted, string? Summary, string? AreaName = null);

/// <summary>A qualification someone holds: its reference, title and level.</summary>
public sealed record HeldQualification(string Reference, string Title, string LevelCode);

/// <summary>What the role pages and routes need to know of each role.</summary>
public sealed record RoleSummary(string Code, string Title, IReadOnlyList<string> Sectors, EntryRequirement? Requirement, IReadOnlyList<HeldQualification> Significant)
{
    /// <summary>References of every qualification linked to the role, significant or of general relevance.</summary>
    public IReadOnlyCollection<string> Linked { get; init; } = Significant.Select(q => q.Reference).ToList();
}

public enum RequirementOutcome { Meets, MayMeet, DoesNotMeet }

public sealed record RequirementCheck(RequirementOutcome Outcome, string Reason);

/// <summary>A role someone could move to, and why it is on the list.</summary>
public sealed record RoleRoute(RoleSummary Role, string Reason);

/// <summary>
/// Entry requirements and the routes between roles (issue: "role page: routes in and onwards";
/// seed 002 §6.3: "what qualifies me for this role, and what is my next step?").
/// </summary>
public static class RoleRoutes
{
    /// <summary>
    /// Does a qualification meet a role's entry requirement? With a list of accepted qualifications,
    /// only those count. With only a minimum level, a qualification below it does not count; one at
    /// or above it counts when it is significant for the role, and otherwise may count (its content
    /// needs checking with the employer).
    /// </summary>
    public static RequirementCheck Check(EntryRequirement requirement, HeldQualification held, IReadOnlyCollection<string> significantForRole)
    {
        var where = requirement.AreaName is null ? "" : $" in {requirement.AreaName}";
        if (requirement.Accepted.Count > 0)
        {
            return requirement.Accepted.Contains(held.Reference)
                ? new(RequirementOutcome.Meets, $"{held.Title} is on the list of qualifications accepted for this role{where}.")
                : new(RequirementOutcome.DoesNotMeet, $"{held.Title} is not on the list of qualifications accepted for this role{where}.");
        }
        if (requirement.MinimumLevel is null)
        {
            return new(RequirementOutcome.MayMeet, "This role has no set entry requirement. Ask the employer.");
        }
        var needed = Rank(requirement.MinimumLevel);
        var has = Rank(held.LevelCode);
        var neededName = QualificationLevels.Find(requirement.MinimumLevel)?.Name.ToLowerInvariant() ?? requirement.MinimumLevel;
        var hasName = QualificationLevels.Find(held.LevelCode)?.Name.ToLowerInvariant() ?? held.LevelCode;
        if (has is null)
        {
            return new(RequirementOutcome.MayMeet, $"{held.Title} has no level, and this role asks for {neededName}{where}. Ask the employer whether it counts.");
        }
        if (has < needed)
        {
            return new(RequirementOutcome.DoesNotMeet, $"{held.Title} is at {hasName}; this role asks for {neededName} or above{where}.");
        }
        return significantForRole.Contains(held.Reference)
            ? new(RequirementOutcome.Meets, $"{held.Title} is at {hasName} and is a significant qualification for this role.")
            : new(RequirementOutcome.MayMeet, $"{held.Title} is at the right level ({hasName}), but it is not recorded as significant for this role. Ask the employer whether its content counts.");
    }

    /// <summary>
    /// Roles someone in <paramref name="from"/> could move on to: roles a qualification significant here
    /// is linked to or accepted for, and roles in the same sector that ask for a higher level.
    /// </summary>
    public static IReadOnlyList<RoleRoute> Onward(RoleSummary from, IEnumerable<RoleSummary> roles)
    {
        var ours = from.Significant.Select(q => q.Reference).ToHashSet();
        var ourLevel = from.Requirement?.MinimumLevel is { } level ? Rank(level) : null;
        var routes = new List<RoleRoute>();
        foreach (var role in roles.Where(r => r.Code != from.Code))
        {
            var counts = from.Significant.Where(q => role.Linked.Contains(q.Reference) || role.Requirement?.Accepted.Contains(q.Reference) == true).ToList();
            var theirLevel = role.Requirement?.MinimumLevel is { } l ? Rank(l) : null;
            if (counts.Count > 0)
            {
                routes.Add(new RoleRoute(role, $"{counts[0].Title}{(counts.Count > 1 ? $" and {counts.Count - 1} more" : "")} also counts for this role."));
            }
            else if (ourLevel is not null && theirLevel > ourLevel && role.Sectors.Intersect(from.Sectors).Any())
            {
                routes.Add(new RoleRoute(role, $"The next step up in the same sector: asks for {QualificationLevels.Find(role.Requirement!.MinimumLevel!)!.Name.ToLowerInvariant()}."));
            }
        }
        return routes.OrderBy(r => r.Role.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>Roles from which <paramref name="to"/> is a route onward.</summary>
    public static IReadOnlyList<RoleRoute> Into(RoleSummary to, IReadOnlyList<RoleSummary> roles) =>
        roles.Where(r => r.Code != to.Code)
            .Select(r => Onward(r, [to]).FirstOrDefault() is { } route ? new RoleRoute(r, route.Reason) : null)
            .OfType<RoleRoute>().OrderBy(r => r.Role.Title, StringComparer.Ordinal).ToList();

    /// <summary>The level's place in the order entry, 1 to 8; null for "not levelled".</summary>
    public static int? Rank(string levelCode) => QualificationLevels.Find(levelCode) is { EqfLevel: not null } l ? l.SortOrder : null;
}
