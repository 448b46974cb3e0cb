namespace OneWorkforce.Core.Qualifications;

/// <summary>What the near-duplicate check needs to know about a qualification.</summary>
public sealed record DuplicateCandidate(int Id, string Reference, string? Number, string Title, int AwardingBodyId, string LevelCode, string VersionGroup);

public sealed record NearDuplicatePair(DuplicateCandidate First, DuplicateCandidate Second, double Similarity);

/// <summary>
/// The review list of seed 002's data-entry protocol: qualifications of the same awarding body and
/// level whose titles share at least <see cref="QualificationIdentity.NearDuplicateThreshold"/> of
/// their words. Not listed: versions of one qualification (same version group), two records
/// with different Ofqual numbers (the numbers say they differ), and pairs already reviewed.
/// </summary>
public static class NearDuplicates
{
    public static IReadOnlyList<NearDuplicatePair> Find(IEnumerable<DuplicateCandidate> candidates, IReadOnlySet<(int, int)> reviewed,
        double threshold = QualificationIdentity.NearDuplicateThreshold)
    {
        var pairs = new List<NearDuplicatePair>();
        foreach (var group in candidates.GroupBy(c => (c.AwardingBodyId, c.LevelCode)))
        {
            var members = group.OrderBy(c => c.Id).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a.VersionGroup == b.VersionGroup || (a.Number is not null && b.Number is not null && a.Number != b.Number) || reviewed.Contains((a.Id, b.Id)))
                    {
                        continue;
                    }
                    var similarity = QualificationIdentity.TitleSimilarity(a.Title, b.Title);
                    if (similarity >= threshold)
                    {
                        pairs.Add(new NearDuplicatePair(a, b, similarity));
                    }
                }
            }
        }
        return pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.First.Reference).ToList();
    }
}
