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
        // Prefix filtering (exact, as in the All-Pairs similarity join): with words in order of rarity, two
        // titles alike at the threshold must share one of the first |s| - ceil(threshold × |s|) + 1 words
        // of each. Only pairs sharing such a word, within a level, are compared, so a national catalogue
        // takes well under a second instead of comparing every pair.
        var frequency = words.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var level in Enumerable.Range(0, qualifications.Count).GroupBy(i => qualifications[i].LevelCode).Select(g => g.ToList()))
        {
            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var i in level)
            {
                if (words[i].Count == 0)
                {
                    continue;
                }
                var prefix = words[i].OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal)
                    .Take(words[i].Count - (int)Math.Ceiling(threshold * words[i].Count) + 1).ToList();
                var compared = new HashSet<int>();
                foreach (var word in prefix)
                {
                    if (!index.TryGetValue(word, out var earlier))
                    {
                        index[word] = earlier = [];
                    }
                    foreach (var j in earlier)
                    {
                        if (compared.Add(j) && qualifications[i].AwardingBody != qualifications[j].AwardingBody)
                        {
                            var common = words[i].Intersect(words[j]).Count();
                            if ((double)common / (words[i].Count + words[j].Count - common) >= threshold)
                            {
                                parent[Find(i)] = Find(j);
                            }
                        }
                    }
                    earlier.Add(i);
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
