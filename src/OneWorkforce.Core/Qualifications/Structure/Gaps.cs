namespace OneWorkforce.Core.Qualifications.Structure;

public sealed record OfferedQualification(string Reference, string Title, string AwardingBody, string LevelCode);

/// <summary>Qualifications much alike, at one level, offered by more than one awarding body.</summary>
public sealed record SimilarOffer(string LevelCode, IReadOnlyList<OfferedQualification> Qualifications)
{
    public IReadOnlyList<string> AwardingBodies => Qualifications.Select(q => q.AwardingBody).Distinct().Order().ToList();
}

/// <summary>Gap analysis figures that need no mapping: similar qualifications offered by several bodies.</summary>
public static class Gaps
{
    public const double SimilarThreshold = 0.75;

    /// <summary>
    /// Groups qualifications of the same level from different awarding bodies whose titles share at
    /// least <see cref="SimilarThreshold"/> of their words once the body's own name and the words
    /// "level" and the level number are set aside ("NCFE CACHE Level 3 Diploma in ..." is compared as
    /// "diploma in ..."). Groups are joined through any alike pair; each group names two or more bodies.
    /// </summary>
    public static IReadOnlyList<SimilarOffer> SimilarAcrossBodies(IReadOnlyList<OfferedQualification> qualifications, double threshold = SimilarThreshold)
    {
        var words = qualifications.Select(Words).ToList();
        var parent = Enumerable.Range(0, qualifications.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        // Pairs are compared only within a level.
        foreach (var level in Enumerable.Range(0, qualifications.Count).GroupBy(i => qualifications[i].LevelCode).Select(g => g.ToList()))
        for (var x = 0; x < level.Count; x++)
        {
            for (var y = x + 1; y < level.Count; y++)
            {
                var (i, j) = (level[x], level[y]);
                if (qualifications[i].AwardingBody == qualifications[j].AwardingBody || words[i].Count == 0 || words[j].Count == 0)
                {
                    continue;
                }
                var common = words[i].Intersect(words[j]).Count();
                if ((double)common / (words[i].Count + words[j].Count - common) >= threshold)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }
        return Enumerable.Range(0, qualifications.Count).GroupBy(Find)
            .Select(g => g.Select(i => qualifications[i]).OrderBy(q => q.AwardingBody).ThenBy(q => q.Reference).ToList())
            .Where(g => g.Select(q => q.AwardingBody).Distinct().Count() > 1)
            .Select(g => new SimilarOffer(g[0].LevelCode, g))
            .OrderByDescending(o => o.AwardingBodies.Count).ThenBy(o => o.Qualifications[0].Title)
            .ToList();
    }

    private static HashSet<string> Words(OfferedQualification q)
    {
        var ignore = QualificationIdentity.NormaliseTitle(q.AwardingBody).Split(' ').ToHashSet();
        ignore.UnionWith(["level", q.LevelCode]);
        return QualificationIdentity.NormaliseTitle(q.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !ignore.Contains(w)).ToHashSet();
    }
}
