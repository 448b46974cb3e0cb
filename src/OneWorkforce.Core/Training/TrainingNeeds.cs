using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Training;

/// <summary>Kinds of training need, in the order a manager deals with them.</summary>
public static class NeedKinds
{
    public const string Training = "training";
    public const string Refresh = "refresh";
    public const string CommonCore = "common-core";
    public const string Qualification = "qualification";

    public static string Label(string kind) => kind switch
    {
        Training => "Not yet done",
        Refresh => "Due to be refreshed",
        CommonCore => "Common Core areas not yet covered",
        Qualification => "Qualification below what the role asks for",
        _ => kind,
    };
}

/// <summary>One thing a person needs: the topic (or "qualification"), what exactly, and by when.</summary>
public sealed record TrainingNeed(string Kind, string Topic, string Description, DateOnly? DueBy);

/// <summary>
/// Training needs analysis: what is required (training by role, the Common Core areas the role expects, the role's minimum
/// qualification level from the qualifications framework) against what is held. Needs cover training never done, training
/// out of date or running out within 90 days, Common Core areas not covered, and a qualification below the minimum.
/// </summary>
public static class TrainingNeeds
{
    public static IReadOnlyList<TrainingNeed> For(IReadOnlyList<ComplianceCheck> checks, string? heldLevel, string? minimumLevel)
    {
        var needs = new List<TrainingNeed>();
        foreach (var check in checks.Where(c => c.NeedsAction))
        {
            var required = check.Requirement;
            if (check.MissingCoreAreas.Count > 0 && check.LastCompleted is not null)
            {
                needs.Add(new TrainingNeed(NeedKinds.CommonCore, required.Topic,
                    "Common Core areas " + string.Join(", ", check.MissingCoreAreas.Select(a => $"{a} ({CommonCore.Areas.Single(x => x.Number == a).Title2010})")), null));
            }
            else if (check.State == ComplianceState.Missing)
            {
                needs.Add(new TrainingNeed(NeedKinds.Training, required.Topic, required.Describe(), null));
            }
            else
            {
                needs.Add(new TrainingNeed(NeedKinds.Refresh, required.Topic, required.Describe(), check.DueOn));
            }
        }
        if (!MeetsLevel(heldLevel, minimumLevel))
        {
            var held = heldLevel is null or "none" ? "no relevant qualification recorded" : QualificationLevels.Find(heldLevel)?.Name ?? heldLevel;
            needs.Add(new TrainingNeed(NeedKinds.Qualification, "qualification",
                $"{QualificationLevels.Find(minimumLevel!)?.Name ?? minimumLevel} or above (holds {held})", null));
        }
        return needs;
    }

    /// <summary>Whether a held qualification level is at or above the minimum; no minimum is always met, nothing held never meets one.</summary>
    public static bool MeetsLevel(string? held, string? minimum)
    {
        if (minimum is null || QualificationLevels.Find(minimum) is not { } need || need.Code == "not-levelled")
        {
            return true;
        }
        return held is not null && QualificationLevels.Find(held) is { } have && have.Code != "not-levelled" && have.SortOrder >= need.SortOrder;
    }

    /// <summary>Topic label for a need's topic, with "qualification" for qualification needs.</summary>
    public static string TopicLabel(string topic) => topic == "qualification" ? "Qualification" : WorkforceCodes.TrainingTopics.LabelOf(topic);
}
