using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// Qualifications whose title has a word starting with each search word, answered by the full-text
/// index of schema script 0006: SQLite's FTS5 table <c>qualification_search</c> with prefix queries,
/// PostgreSQL's GIN index on <c>to_tsvector('simple', title_key)</c> with <c>word:*</c> queries.
/// </summary>
public static class TitleSearch
{
    /// <param name="words">Normalised title words (letters and digits only, as <see cref="QualificationIdentity.NormaliseTitle"/> gives).</param>
    public static IQueryable<Qualification> Matching(OneWorkforceDbContext db, IQueryable<Qualification> qualifications, IReadOnlyList<string> words)
    {
        var safe = words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        if (safe.Count == 0)
        {
            return qualifications;
        }
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" & ", safe.Select(w => w + ":*"));
            return qualifications.Where(q => EF.Functions.ToTsVector("simple", q.TitleKey).Matches(EF.Functions.ToTsQuery("simple", query)));
        }
        var match = string.Join(' ', safe.Select(w => $"\"{w}\"*"));
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM qualification_search WHERE qualification_search MATCH {match}");
        return qualifications.Where(q => ids.Contains(q.Id));
    }
}
