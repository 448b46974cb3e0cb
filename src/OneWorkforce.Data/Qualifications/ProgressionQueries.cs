using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Qualifications;

/// <summary>Progression routes over current qualifications, from qualifications held to a qualification or a role.</summary>
public sealed class ProgressionQueries(OneWorkforceDbContext db)
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
        // One load: every current qualification (the candidates) plus the ones held, even if withdrawn.
        var loaded = await OptionsAsync(heldRefs, cancellationToken);
        var options = loaded.Where(o => o.Current).Select(o => o.Option).ToList();
        var held = loaded.Where(o => heldRefs.Contains(o.Option.Reference)).Select(o => o.Option).ToList();
        var all = await db.Qualifications.AsNoTracking().Where(q => heldRefs.Contains(q.Reference)).Select(q => q.Reference).ToListAsync(cancellationToken);
        foreach (var missing in heldRefs.Except(all))
        {
            errors.Add("from", $"There is no qualification {missing}. Check the reference on the qualification's page");
        }
        HashSet<string> targets;
        if (!string.IsNullOrWhiteSpace(toQualification))
        {
            var target = toQualification.Trim().ToUpperInvariant();
            if (options.All(o => o.Reference != target))
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
        return errors.Any ? ([], errors) : (ProgressionRoutes.Find(held, options, targets), errors);
    }

    /// <summary>Current qualifications and the held ones (withdrawn too), not replaced duplicates, with their units' credits.</summary>
    private async Task<List<(ProgressionOption Option, bool Current)>> OptionsAsync(List<string> heldRefs, CancellationToken cancellationToken)
    {
        var query = db.Qualifications.AsNoTracking()
            .Where(q => q.ReplacedById == null && (q.Status == QualificationStatus.Current || heldRefs.Contains(q.Reference)));
        var qualifications = await query.Select(q => new { q.Id, q.Reference, q.Title, q.LevelCode, q.TotalQualificationTime, q.GuidedLearningHours, q.Status }).ToListAsync(cancellationToken);
        var ids = qualifications.Select(q => q.Id).ToList();
        var units = await (from m in db.UnitGroupMembers.AsNoTracking()
                           join g in db.UnitGroups on m.GroupId equals g.Id
                           join u in db.Units on m.UnitId equals u.Id
                           where ids.Contains(g.QualificationId)
                           select new { g.QualificationId, u.Reference, u.Credits, u.GuidedLearningHours }).ToListAsync(cancellationToken);
        var byQualification = units.GroupBy(u => u.QualificationId).ToDictionary(g => g.Key, g => g.DistinctBy(u => u.Reference).ToList());
        var costs = await OfferQueries.LowestCostsAsync(db, cancellationToken);
        return qualifications.Select(q =>
        {
            var own = byQualification.GetValueOrDefault(q.Id) ?? [];
            var hours = q.TotalQualificationTime ?? q.GuidedLearningHours ?? (own.Count > 0 && own.All(u => u.GuidedLearningHours is not null) ? own.Sum(u => u.GuidedLearningHours) : null);
            return (new ProgressionOption(q.Reference, q.Title, q.LevelCode, own.ToDictionary(u => u.Reference, u => u.Credits), hours,
                    costs.TryGetValue(q.Id, out var cost) ? cost : null),
                q.Status == QualificationStatus.Current);
        }).ToList();
    }
}
