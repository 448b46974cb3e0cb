using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Qualifications;

/// <summary>What someone is looking for in the qualifications: words, levels, an awarding body, a status.</summary>
public sealed record QualificationQuery(string? Q, IReadOnlyList<string>? Levels, string? AwardingBody, string? Status)
{
    /// <summary>A role code: qualifications linked to that role.</summary>
    public string? Role { get; init; }

    /// <summary>A workforce sector code: qualifications linked to a role in that sector.</summary>
    public string? Sector { get; init; }

    /// <summary>A framework area code such as CC2010-3: qualifications covering it through their units or as a whole.</summary>
    public string? Area { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var unknown = (Levels ?? []).FirstOrDefault(l => QualificationLevels.Find(l) is null);
        if (unknown is not null)
        {
            errors.Add("level", $"'{unknown}' is not a level. Use entry, 1 to 8, or not-levelled");
        }
        if (Status is not null && !QualificationCodeLists.Statuses.Contains(Status))
        {
            errors.Add("status", "status must be current or withdrawn");
        }
        if (!string.IsNullOrWhiteSpace(Sector) && !WorkforceCodeLists.WorkforceSectors.Contains(Sector.Trim().ToLowerInvariant()))
        {
            errors.Add("sector", $"'{Sector.Trim()}' is not a workforce sector. Use one of: {string.Join(", ", WorkforceCodeLists.WorkforceSectors.Items.Select(i => i.Code))}");
        }
        if (Q is { Length: > 200 })
        {
            errors.Add("q", "Search words must be 200 characters or fewer");
        }
        return errors;
    }
}

public sealed record QualificationSummary(string Reference, string? Number, string Title, string Level, string AwardingBody,
    string Status, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>The choices the search page offers as filters.</summary>
public sealed record SearchFilters(IReadOnlyList<string> AwardingBodies, IReadOnlyList<(string Code, string Title)> Roles, IReadOnlyList<(string Code, string Label)> Areas);

/// <summary>Finds qualifications for the search page and the API alike.</summary>
public sealed partial class QualificationSearch(OneWorkforceDbContext db, Catalogue.CatalogueSnapshots snapshots)
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{1,5}-[0-9]{1,7}$")]
    private static partial System.Text.RegularExpressions.Regex ReferencePattern();

    public async Task<(IReadOnlyList<QualificationSummary> Items, int Total)> SearchAsync(QualificationQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var results = db.Qualifications.AsNoTracking();
        var phrase = " " + string.Join(' ', Words(query.Q));
        var exact = (query.Q ?? "").Trim().ToUpperInvariant();
        if (ReferencePattern().IsMatch(exact) || QualificationNumber.IsValid(exact))
        {
            // A reference (EYQ-240) or an Ofqual number (603/5829/4) finds that qualification and its versions.
            results = results.Where(q => q.Reference == exact || q.Number == exact);
        }
        else
        {
            // Each word must start a word of the title: "child" finds childcare and children. The full-text
            // index answers it (FTS5 on SQLite, a GIN index on PostgreSQL; ADR 0009) instead of a scan.
            results = TitleSearch.Matching(db, results, Words(query.Q).ToList());
        }
        if (query.Levels is { Count: > 0 } levels)
        {
            results = results.Where(q => levels.Contains(q.LevelCode));
        }
        if (!string.IsNullOrWhiteSpace(query.AwardingBody))
        {
            var key = AwardingBodyName.Key(query.AwardingBody);
            results = results.Where(q => q.AwardingBody!.Key == key || q.AwardingBody.Aliases.Any(a => a.Key == key));
        }
        if (query.Status is not null)
        {
            results = results.Where(q => q.Status == query.Status);
        }
        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var role = query.Role.Trim().ToLowerInvariant();
            results = results.Where(q => db.RoleQualifications.Any(l => l.QualificationId == q.Id && db.WorkforceRoles.Any(r => r.Id == l.RoleId && r.Code == role)));
        }
        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            var sector = query.Sector.Trim().ToLowerInvariant();
            var inSector = from s in db.Set<RoleSector>()
                           where s.SectorCode == sector
                           join l in db.RoleQualifications on s.RoleId equals l.RoleId
                           select l.QualificationId;
            results = results.Where(q => inSector.Contains(q.Id));
        }
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            var area = query.Area.Trim().ToUpperInvariant();
            // The qualifications covering the area through a unit, or as a whole: one set, joined once.
            var covering = (from a in db.FrameworkAreas
                            where a.Code == area
                            join m in db.FrameworkMappings on a.Id equals m.FrameworkAreaId
                            join gm in db.UnitGroupMembers on m.UnitId equals gm.UnitId
                            join g in db.UnitGroups on gm.GroupId equals g.Id
                            select g.QualificationId)
                .Concat(from a in db.FrameworkAreas
                        where a.Code == area
                        join m in db.FrameworkMappings on a.Id equals m.FrameworkAreaId
                        where m.QualificationId != null
                        select m.QualificationId!.Value);
            results = results.Where(q => covering.Contains(q.Id));
        }
        var total = await results.CountAsync(cancellationToken);
        // Titles with the words together, in order, first (when there are words); then current before withdrawn
        // ("current" sorts before "withdrawn", so the status column itself gives that order and its index serves it); then by title.
        var ordered = phrase.Trim().Length == 0
            ? results.OrderBy(q => q.Status)
            : results.OrderBy(q => (" " + q.TitleKey).Contains(phrase) ? 0 : 1).ThenBy(q => q.Status);
        var items = await ordered.ThenBy(q => q.TitleKey).ThenBy(q => q.Reference)
            .Skip(skip).Take(take)
            .Select(q => new QualificationSummary(q.Reference, q.Number, q.Title, q.LevelCode, q.AwardingBody!.Name, q.Status, q.ValidFrom, q.ValidTo))
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// The search words with typos corrected against the words of all titles ("chidlcare" → "childcare"),
    /// or null when nothing needs correcting. The title words are a catalogue snapshot.
    /// </summary>
    public async Task<string?> CorrectedQueryAsync(string? q, CancellationToken cancellationToken = default)
    {
        var words = Words(q).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var corrected = SpellingCorrection.Correct(words, await VocabularyAsync(cancellationToken));
        return corrected is null ? null : string.Join(' ', corrected);
    }

    /// <summary>Builds the title words now if the catalogue changed (the <see cref="Catalogue.CatalogueWarmer"/> calls it).</summary>
    public Task WarmAsync(CancellationToken cancellationToken) => VocabularyAsync(cancellationToken);

    private Task<HashSet<string>> VocabularyAsync(CancellationToken cancellationToken) =>
        snapshots.GetAsync(db, "title-words", async ct =>
        {
            var titles = await db.Qualifications.AsNoTracking().Select(x => x.TitleKey).Distinct().ToListAsync(ct);
            return titles.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        }, cancellationToken);

    /// <summary>Problems with a role or area the query names that does not exist (the pure checks are in <see cref="QualificationQuery.Validate"/>).</summary>
    public async Task<FieldErrors> CheckAsync(QualificationQuery query, CancellationToken cancellationToken = default)
    {
        var errors = query.Validate();
        if (!string.IsNullOrWhiteSpace(query.Role) && !await db.WorkforceRoles.AnyAsync(r => r.Code == query.Role.Trim().ToLower(), cancellationToken))
        {
            errors.Add("role", $"There is no role '{query.Role.Trim()}'. Choose a role from the list");
        }
        if (!string.IsNullOrWhiteSpace(query.Area) && !await db.FrameworkAreas.AnyAsync(a => a.Code == query.Area.Trim().ToUpper(), cancellationToken))
        {
            errors.Add("area", $"There is no framework area '{query.Area.Trim()}'. Use a code such as CC2010-3");
        }
        return errors;
    }

    /// <summary>The choices of the search filters: awarding bodies with qualifications, roles, Common Core areas (a catalogue snapshot).</summary>
    public Task<SearchFilters> FiltersAsync(CancellationToken cancellationToken = default) =>
        snapshots.GetAsync(db, "search-filters", async ct =>
        {
            var bodies = await db.AwardingBodies.AsNoTracking().Where(b => db.Qualifications.Any(q => q.AwardingBodyId == b.Id))
                .OrderBy(b => b.Name).Select(b => b.Name).ToListAsync(ct);
            var roles = await db.WorkforceRoles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Code, r.Title }).ToListAsync(ct);
            var areas = await db.FrameworkAreas.AsNoTracking()
                .Where(a => a.Framework!.Code == CommonCore.FrameworkCode && a.Framework.Version == StructureQueries.CommonCoreVersion)
                .OrderBy(a => a.Number).Select(a => new { a.Code, a.Number, a.Title }).ToListAsync(ct);
            return new SearchFilters(bodies, roles.Select(r => (r.Code, r.Title)).ToList(), areas.Select(a => (a.Code, $"{a.Number}. {a.Title}")).ToList());
        }, cancellationToken);

    private static IEnumerable<string> Words(string? q) =>
        string.IsNullOrWhiteSpace(q) ? [] : QualificationIdentity.NormaliseTitle(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10);
}
