using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Qualifications;

/// <summary>Progression routes over current qualifications, from qualifications held to a qualification or a role.</summary>
public sealed class ProgressionQueries(OneWorkforceDbContext db, Catalogue.CatalogueSnapshots snapshots)
{
    public async Task<(IReadOnlyList<ProgressionRoute> Routes, FieldErrors Errors)> FindAsync(IReadOnlyList<string> from, string? toQualification, string? toRole,
        CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var heldRefs = from.Select(f => f.Trim().ToUpperInvariant()).Where(f => f.Length > 0).Distinct().ToList();
        if (heldRefs.Count == 0)
        {
            errors.Add("from", "Enter the reference of a qualification you hold, such as EYQ-248");
        }
        if (string.IsNullOrWhiteSpace(toQualification) == string.IsNullOrWhiteSpace(toRole))
        {
            errors.Add("to", "Choose where you want to get to: a qualification or a role, not both");
        }
        if (errors.Any)
        {
            return ([], errors);
        }
        // The candidates (every current qualification) come from the shared snapshot; the held ones are read here, withdrawn ones too.
        var catalogue = await snapshots.GetAsync(db, "progression", BuildCatalogueAsync, cancellationToken);
        var held = await OptionsAsync(db.Qualifications.AsNoTracking().Where(q => heldRefs.Contains(q.Reference)), cancellationToken);
        foreach (var missing in heldRefs.Except(held.Select(h => h.Reference)))
        {
            errors.Add("from", $"There is no qualification {missing}. Check the reference on the qualification's page");
        }
        HashSet<string> targets;
        if (!string.IsNullOrWhiteSpace(toQualification))
        {
            var target = toQualification.Trim().ToUpperInvariant();
            if (!catalogue.ByReference.ContainsKey(target))
            {
                errors.Add("to", $"{target} is not a current qualification. Routes lead only to current qualifications");
            }
            targets = [target];
        }
        else
        {
            var role = await db.WorkforceRoles.AsNoTracking().SingleOrDefaultAsync(r => r.Code == toRole!.Trim().ToLower(), cancellationToken);
            if (role is null)
            {
                errors.Add("to", $"There is no role '{toRole}'");
                return ([], errors);
            }
            targets = (await db.RoleQualifications.AsNoTracking().Where(l => l.RoleId == role.Id && l.Significance == RoleQualification.Significant)
                .Join(db.Qualifications, l => l.QualificationId, q => q.Id, (_, q) => q.Reference).ToListAsync(cancellationToken)).ToHashSet();
            if (targets.Count == 0)
            {
                errors.Add("to", $"No significant qualifications have been linked to the role '{role.Title}' yet");
            }
        }
        return errors.Any ? ([], errors) : (ProgressionRoutes.Find(held, catalogue, targets), errors);
    }

    /// <summary>Builds the progression index now if the catalogue changed (the <see cref="Catalogue.CatalogueWarmer"/> calls it).</summary>
    public Task WarmAsync(CancellationToken cancellationToken) => snapshots.GetAsync(db, "progression", BuildCatalogueAsync, cancellationToken);

    /// <summary>Every current qualification that has not been replaced as a duplicate, indexed for the search.</summary>
    private async Task<ProgressionCatalogue> BuildCatalogueAsync(CancellationToken cancellationToken)
    {
        // Structures from the shared tables (read once per change, ADR 0009), not a join of every link.
        var tables = await Catalogue.CatalogueTables.GetAsync(db, snapshots, cancellationToken);
        var unitsOf = tables.Groups.ToLookup(g => g.QualificationId, g => g.UnitIds);
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => q.ReplacedById == null && q.Status == QualificationStatus.Current)
            .Select(q => new { q.Id, q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours }).ToListAsync(cancellationToken);
        var costs = await OfferQueries.LowestCostsAsync(db, cancellationToken);
        return new(qualifications.Select(q =>
        {
            var own = unitsOf[q.Id].SelectMany(ids => ids).Distinct().Select(id => tables.Units[id]).DistinctBy(u => u.Reference).ToList();
            return Option(q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours,
                own.Select(u => (u.Reference, u.Credits, u.GuidedLearningHours)).ToList(), costs.TryGetValue(q.Id, out var cost) ? cost : null);
        }).ToList());
    }

    private static ProgressionOption Option(string reference, string title, string level, int? totalTime, int? guidedHours,
        List<(string Reference, int Credits, int? GuidedLearningHours)> units, decimal? cost)
    {
        var hours = totalTime ?? guidedHours ?? (units.Count > 0 && units.All(u => u.GuidedLearningHours is not null) ? units.Sum(u => u.GuidedLearningHours) : null);
        return new ProgressionOption(reference, title, level, units.ToDictionary(u => u.Reference, u => u.Credits), hours, cost);
    }

    /// <summary>The qualifications someone holds as route starts: their units' credits and learning hours.</summary>
    private async Task<List<ProgressionOption>> OptionsAsync(IQueryable<Qualification> chosen, CancellationToken cancellationToken)
    {
        var qualifications = await chosen.Select(q => new { q.Id, q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours }).ToListAsync(cancellationToken);
        // Joined in the database (a few qualifications: their links are read directly).
        var units = await (from q in chosen
                           join g in db.UnitGroups on q.Id equals g.QualificationId
                           join m in db.UnitGroupMembers on g.Id equals m.GroupId
                           join u in db.Units on m.UnitId equals u.Id
                           select new { g.QualificationId, u.Reference, u.Credits, u.GuidedLearningHours }).ToListAsync(cancellationToken);
        var byQualification = units.GroupBy(u => u.QualificationId).ToDictionary(g => g.Key, g => g.DistinctBy(u => u.Reference).ToList());
        return qualifications.Select(q => Option(q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours,
            (byQualification.GetValueOrDefault(q.Id) ?? []).Select(u => (u.Reference, u.Credits, u.GuidedLearningHours)).ToList(), null)).ToList();
    }
}
