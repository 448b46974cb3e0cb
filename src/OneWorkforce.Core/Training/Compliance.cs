using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Training;

/// <summary>Where one person stands on one piece of required training, worst first.</summary>
public enum ComplianceState
{
    /// <summary>Never done (or not at the level, or not covering every Common Core area asked for).</summary>
    Missing,
    /// <summary>Done, but the refresh date has passed.</summary>
    OutOfDate,
    /// <summary>Runs out within 30 days.</summary>
    Within30Days,
    /// <summary>Runs out in 31 to 60 days.</summary>
    Within60Days,
    /// <summary>Runs out in 61 to 90 days.</summary>
    Within90Days,
    /// <summary>In date for more than 90 days, or never needs refreshing.</summary>
    InDate,
}

/// <summary>What a role must hold on one topic once the area's and the organisation's requirements are put together.</summary>
public sealed record RequiredTopic(string Topic, string? SafeguardingLevel, int? RefreshYears, IReadOnlyList<int> CommonCoreAreas, bool SetByOrganisation)
{
    public string Describe()
    {
        var topic = WorkforceCodes.TrainingTopics.LabelOf(Topic);
        var level = SafeguardingLevel is null ? "" : $" level {SafeguardingLevel}";
        var areas = CommonCoreAreas.Count is > 0 and < 6 ? $" (areas {string.Join(", ", CommonCoreAreas)})" : "";
        var refresh = RefreshYears is { } years ? $", every {years} year{(years == 1 ? "" : "s")}" : "";
        return topic + level + areas + refresh;
    }
}

/// <summary>Training a person holds, as far as compliance needs it: the latest completion of a topic at a level.</summary>
public readonly record struct HeldTraining(string Topic, string? SafeguardingLevel, DateOnly CompletedOn, string? CommonCoreAreas = null);

/// <summary>One person against one required topic.</summary>
public sealed record ComplianceCheck(RequiredTopic Requirement, ComplianceState State, DateOnly? LastCompleted, DateOnly? DueOn, IReadOnlyList<int> MissingCoreAreas)
{
    public bool NeedsAction => State is not ComplianceState.InDate;
}

/// <summary>
/// Required training by role and how a person stands against it (pure: the pages, the reminders, the needs analysis
/// and the benchmark all use this one calculation).
/// </summary>
public static class Compliance
{
    public static readonly int[] Windows = [30, 60, 90];

    /// <summary>
    /// The requirements for a role: the area's and the organisation's put together, one per topic. Where both set the same
    /// topic the stricter holds: the higher level, the shorter refresh, every Common Core area either asks for.
    /// </summary>
    public static IReadOnlyList<RequiredTopic> ForRole(string role, IEnumerable<TrainingRequirement> requirements) =>
        requirements.Where(r => r.AppliesTo(role))
            .GroupBy(r => r.Topic)
            .Select(g => new RequiredTopic(
                g.Key,
                g.Select(r => r.SafeguardingLevel).Where(l => l is not null).Max(),
                g.All(r => r.RefreshYears is null) ? null : g.Where(r => r.RefreshYears is not null).Min(r => r.RefreshYears),
                g.SelectMany(r => Areas(r.CommonCoreAreas)).Distinct().Order().ToList(),
                g.Any(r => r.OrganisationId is not null)))
            .OrderBy(r => r.Topic, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether training at <paramref name="held"/> level meets a requirement at <paramref name="required"/> (level 2 meets level 1).</summary>
    public static bool LevelMeets(string? held, string? required) =>
        required is null || (held is not null && (held == required || (int.TryParse(held, out var h) && int.TryParse(required, out var r) && h >= r)));

    /// <summary>Common Core areas a record covers: those it names, or all six for Common Core training that names none.</summary>
    public static IReadOnlyList<int> Areas(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => int.TryParse(a, out var n) ? n : 0).Where(n => n is >= 1 and <= 6).Distinct().Order().ToList();

    public static ComplianceCheck Assess(RequiredTopic requirement, IEnumerable<HeldTraining> held, DateOnly today)
    {
        // One pass, no allocation unless Common Core areas are asked for: the area dashboard runs this for every person.
        DateOnly? last = null;
        HashSet<int>? covered = requirement.CommonCoreAreas.Count > 0 ? [] : null;
        foreach (var h in held)
        {
            if (h.Topic != requirement.Topic || !LevelMeets(h.SafeguardingLevel, requirement.SafeguardingLevel))
            {
                continue;
            }
            if (last is null || h.CompletedOn > last)
            {
                last = h.CompletedOn;
            }
            covered?.UnionWith(h.CommonCoreAreas is null ? AllCoreAreas : Areas(h.CommonCoreAreas));
        }
        IReadOnlyList<int> missingAreas = covered is null ? [] : requirement.CommonCoreAreas.Where(a => !covered.Contains(a)).ToList();
        if (last is not { } done)
        {
            return new ComplianceCheck(requirement, ComplianceState.Missing, null, null, missingAreas);
        }
        if (missingAreas.Count > 0)
        {
            return new ComplianceCheck(requirement, ComplianceState.Missing, done, null, missingAreas);
        }
        DateOnly? due = requirement.RefreshYears is { } years ? done.AddYears(years) : null;
        return new ComplianceCheck(requirement, StateOn(due, today), done, due, missingAreas);
    }

    private static readonly int[] AllCoreAreas = [1, 2, 3, 4, 5, 6];

    /// <summary>The state of training that runs out on <paramref name="due"/>: run out on the day itself, within 30, 60 or 90 days after it, or in date.</summary>
    public static ComplianceState StateOn(DateOnly? due, DateOnly today)
    {
        if (due is not { } d)
        {
            return ComplianceState.InDate;
        }
        var days = d.DayNumber - today.DayNumber;
        return days switch
        {
            <= 0 => ComplianceState.OutOfDate,
            <= 30 => ComplianceState.Within30Days,
            <= 60 => ComplianceState.Within60Days,
            <= 90 => ComplianceState.Within90Days,
            _ => ComplianceState.InDate,
        };
    }

    /// <summary>Every required topic for one person.</summary>
    public static IReadOnlyList<ComplianceCheck> AssessPerson(IReadOnlyList<RequiredTopic> required, IReadOnlyList<HeldTraining> held, DateOnly today) =>
        required.Select(r => Assess(r, held, today)).ToList();
}

/// <summary>
/// Counts of people against requirements, in bands that add up to <see cref="Required"/> (so a table of them can be
/// suppressed with its totals): missing, out of date, running out within 30 days, in 31 to 60, in 61 to 90, in date beyond.
/// </summary>
public sealed record ComplianceCounts(int Missing, int OutOfDate, int Within30Days, int Within60Days, int Within90Days, int InDate)
{
    public static readonly string[] BandLabels = ["Never done", "Out of date", "Runs out within 30 days", "Runs out in 31 to 60 days", "Runs out in 61 to 90 days", "In date beyond 90 days"];

    public int Required => Missing + OutOfDate + Within30Days + Within60Days + Within90Days + InDate;

    /// <summary>Not missing and not out of date.</summary>
    public int Compliant => Within30Days + Within60Days + Within90Days + InDate;

    /// <summary>Compliant as a share of those required, in whole per cent; null when nobody is required.</summary>
    public int? PercentInDate => Required == 0 ? null : (int)Math.Round(100.0 * Compliant / Required, MidpointRounding.AwayFromZero);

    public long[] Bands => [Missing, OutOfDate, Within30Days, Within60Days, Within90Days, InDate];

    public static ComplianceCounts Of(IEnumerable<ComplianceCheck> checks)
    {
        var n = new int[6];
        foreach (var check in checks)
        {
            n[(int)check.State]++;
        }
        return new ComplianceCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }
}
