using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Qualifications;

/// <summary>An administrator's decision on a near-duplicate pair: both kept, or the second merged into the first.</summary>
public class DuplicateReview : IAudited
{
    public const string Kept = "kept";
    public const string Merged = "merged";

    public int Id { get; set; }
    /// <summary>The lower id of the pair.</summary>
    public int FirstId { get; set; }
    public int SecondId { get; set; }
    public required string Decision { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime DecidedAt { get; set; }
}
