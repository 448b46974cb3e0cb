namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>How far the units someone holds go towards one group of a qualification.</summary>
public sealed record GroupProgress(string Code, string Title, int CreditsCounted, int UnitsCounted, bool Met, string Explanation);

/// <summary>
/// Recognition of prior learning for one qualification: the credits that count, whether its rules of
/// combination are met, and the smallest set of further units that completes it.
/// </summary>
public sealed record CreditAssessment(
    string QualificationReference,
    int CreditsCounted,
    int CreditsRequired,
    bool RulesMet,
    IReadOnlyList<GroupProgress> Groups,
    IReadOnlyList<string> UnitsToAdd,
    int CreditsToAdd,
    IReadOnlyList<string> UnitsCounted);
