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
        var held = await OptionsAsync(db.Qualifications.AsNoTracking().Where(q => heldRefs.Contains(q.Reference)), withCosts: false, cancellationToken);
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

    /// <summary>Every current qualification that has not been replaced as a duplicate, indexed for the search.</summary>
    private async Task<ProgressionCatalogue> BuildCatalogueAsync(CancellationToken cancellationToken) =>
        new(await OptionsAsync(db.Qualifications.AsNoTracking().Where(q => q.ReplacedById == null && q.Status == QualificationStatus.Current), withCosts: true, cancellationToken));

    /// <summary>The qualifications as route steps: their units' credits, learning hours and (for candidates) lowest known cost.</summary>
    private async Task<List<ProgressionOption>> OptionsAsync(IQueryable<Qualification> chosen, bool withCosts, CancellationToken cancellationToken)
    {
        var qualifications = await chosen.Select(q => new { q.Id, q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours }).ToListAsync(cancellationToken);
        // Joined in the database (a list of ids would be one parameter per qualification).
        var units = await (from q in chosen
                           join g in db.UnitGroups on q.Id equals g.QualificationId
                           join m in db.UnitGroupMembers on g.Id equals m.GroupId
                           join u in db.Units on m.UnitId equals u.Id
                           select new { g.QualificationId, u.Reference, u.Credits, u.GuidedLearningHours }).ToListAsync(cancellationToken);
        var byQualification = units.GroupBy(u => u.QualificationId).ToDictionary(g => g.Key, g => g.DistinctBy(u => u.Reference).ToList());
        var costs = withCosts ? await OfferQueries.LowestCostsAsync(db, cancellationToken) : []; // held qualifications are not steps: no cost needed
        // One string per unit reference, shared by every qualification that has the unit.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return qualifications.Select(q =>
        {
            var own = byQualification.GetValueOrDefault(q.Id) ?? [];
            var hours = q.TotalQualificationTime ?? q.GuidedLearningHours ?? (own.Count > 0 && own.All(u => u.GuidedLearningHours is not null) ? own.Sum(u => u.GuidedLearningHours) : null);
            return new ProgressionOption(q.Reference, q.Title, q.LevelCode,
                own.ToDictionary(u => names.TryGetValue(u.Reference, out var name) ? name : names[u.Reference] = u.Reference, u => u.Credits), hours,
                costs.TryGetValue(q.Id, out var cost) ? cost : null);
        }).ToList();
    }
}
