using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>A significant qualification of a role in a cluster: the facts the matrix counts.</summary>
public sealed record ClusterQualification(string Cluster, string LevelCode, string QualificationReference);

public sealed record GapMatrixRow(string Cluster, IReadOnlyList<int> Counts)
{
    /// <summary>The levels (by column) with no qualification: the gaps.</summary>
    public int Gaps => Counts.Count(c => c == 0);
}

/// <summary>Rows of clusters, columns of levels, each cell the number of distinct significant qualifications; an empty cell is a gap.</summary>
public sealed record GapMatrix(IReadOnlyList<string> Levels, IReadOnlyList<GapMatrixRow> Rows);

/// <summary>
/// The cluster × level matrix of seed 002 §6.4 ("there appears to be a need to develop further Level 4
/// and 5 qualifications in some clusters"; none at levels 4–5 in social care).
/// </summary>
public static class GapMatrices
{
    /// <summary>Entry and levels 1 to 8: the levels a gap can be at ("not levelled" is not a gap).</summary>
    public static readonly IReadOnlyList<string> Levels = QualificationLevels.All.Where(l => l.EqfLevel is not null).Select(l => l.Code).ToList();

    public static GapMatrix Build(IEnumerable<ClusterQualification> facts, IReadOnlyList<string> clusters)
    {
        var cells = facts.Where(f => Levels.Contains(f.LevelCode))
            .GroupBy(f => (f.Cluster, f.LevelCode))
            .ToDictionary(g => g.Key, g => g.Select(f => f.QualificationReference).Distinct().Count());
        return new GapMatrix(Levels, clusters.Select(c => new GapMatrixRow(c, Levels.Select(l => cells.GetValueOrDefault((c, l))).ToList())).ToList());
    }
}
