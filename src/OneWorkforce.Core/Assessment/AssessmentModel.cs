using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Assessment;

/// <summary>
/// One run of the self-assessment in an area, such as "January–June 2009": who is asked, where, until when.
/// </summary>
public class AssessmentCycle : IAudited
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";

    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Name { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>The last day answers are taken; none means until the lead closes it.</summary>
    public DateOnly? ClosesOn { get; set; }
    /// <summary><see cref="Draft"/>, <see cref="Open"/> or <see cref="Closed"/>.</summary>
    public required string Status { get; set; }
    /// <summary>Answers carry no name or account (the default); breakdowns still hide groups under 5.</summary>
    public bool Anonymous { get; set; } = true;
    /// <summary>Codes of <see cref="RespondentGroups"/> asked, comma-separated.</summary>
    public required string GroupCodes { get; set; }
    /// <summary>The score under which an arc is an area to develop (seed 003: 3.00 is reasonable), in hundredths.</summary>
    public int ThresholdHundredths { get; set; } = 300;
    public DateTime CreatedAt { get; set; }
    /// <summary>The address of the open link anyone can answer from (26 random characters); none when the link is off.</summary>
    public string? OpenLinkToken { get; set; }
    public DateTime? OpenedAt { get; set; }
    /// <summary>The statements as they were when the cycle opened (JSON: group → 64 statements in arc then stage order), so answers always read against the wording people saw.</summary>
    public string? StatementsJson { get; set; }
    public List<MatrixEvidence> Matrices { get; set; } = [];

    public IReadOnlyList<string> Groups => GroupCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Scores entered straight in as an arc × stage matrix: a focus group's, a workshop's, or a table like seed 001 appendix E.</summary>
public class MatrixEvidence : IAudited
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    /// <summary>Where the scores come from, such as "Senior managers' analysis workshop".</summary>
    public required string Source { get; set; }
    public required string GroupCode { get; set; }
    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; }
    public List<MatrixEvidenceCell> Cells { get; set; } = [];
}

public class MatrixEvidenceCell
{
    public int EvidenceId { get; set; }
    public int Arc { get; set; }
    public int Stage { get; set; }
    /// <summary>The score in hundredths (3.45 is 345), so both databases hold it exactly.</summary>
    public int ScoreHundredths { get; set; }
}

/// <summary>A note or link of evidence about one arc in a cycle (a report, an inspection finding, a focus group's words).</summary>
public class ArcEvidenceNote : IAudited
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int Arc { get; set; }
    public required string Text { get; set; }
    public string? Link { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>A single-use code that lets one person answer a cycle's questionnaire (printed or mail-merged).</summary>
public class AssessmentInvitation
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public required string Code { get; set; }
    /// <summary>The respondent group the code answers for; none lets the respondent choose.</summary>
    public string? GroupCode { get; set; }
    public string? Locality { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the code was first used to start answering; from then on it only reopens that response.</summary>
    public DateTime? UsedAt { get; set; }
    public int? ResponseId { get; set; }
}

/// <summary>A comment a respondent wrote about one arc, kept apart from the scores so it can be read by arc.</summary>
public class AssessmentComment
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int ResponseId { get; set; }
    public int Arc { get; set; }
    public required string GroupCode { get; set; }
    public required string Text { get; set; }
    /// <summary>Who wrote it, in a cycle that records names (never in an anonymous one).</summary>
    public string? RespondentName { get; set; }
}

/// <summary>
/// The wording of one arc × stage statement for one respondent group, where it differs from the shipped
/// national wording: a national edit (no area) or an area's local statement.
/// </summary>
public class OcwtStatement : IAudited
{
    public int Id { get; set; }
    /// <summary>None for the national framework; an area for its local wording.</summary>
    public int? AreaId { get; set; }
    public int Arc { get; set; }
    public int Stage { get; set; }
    public required string GroupCode { get; set; }
    public required string Text { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}
