namespace OneWorkforce.Core.Qualifications;

/// <summary>
/// Typo tolerance for search: each word that starts no word of any title is replaced by the
/// closest title word within 1 edit (words of up to 5 letters) or 2 edits (longer words),
/// counting a swap of two neighbouring letters as one edit ("chidlcare" → "childcare").
/// </summary>
public static class SpellingCorrection
{
    /// <summary>The corrected words, or null when every word is already known or no correction is close enough.</summary>
    public static IReadOnlyList<string>? Correct(IReadOnlyList<string> words, IReadOnlyCollection<string> vocabulary)
    {
        var corrected = new List<string>(words.Count);
        var changed = false;
        foreach (var word in words)
        {
            if (word.Length < 3 || vocabulary.Any(v => v.StartsWith(word, StringComparison.Ordinal)))
            {
                corrected.Add(word);
                continue;
            }
            var allowed = word.Length <= 5 ? 1 : 2;
            var best = vocabulary
                .Where(v => Math.Abs(v.Length - word.Length) <= allowed)
                .Select(v => (Word: v, Distance: Distance(word, v)))
                .Where(c => c.Distance <= allowed)
                .OrderBy(c => c.Distance).ThenBy(c => c.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is null)
            {
                return null;
            }
            corrected.Add(best.Word);
            changed = true;
        }
        return changed ? corrected : null;
    }

    /// <summary>Edits between two words: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
