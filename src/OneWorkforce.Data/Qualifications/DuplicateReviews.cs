using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Qualifications;

/// <summary>The near-duplicate review list: found live, decided by the national administrator, every decision audited.</summary>
public sealed class DuplicateReviews(OneWorkforceDbContext db, IActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<NearDuplicatePair>> ListAsync(CancellationToken cancellationToken = default)
    {
        var candidates = await db.Qualifications.AsNoTracking().Where(q => q.ReplacedById == null)
            .Select(q => new DuplicateCandidate(q.Id, q.Reference, q.Number, q.Title, q.AwardingBodyId, q.LevelCode, q.VersionGroup))
            .ToListAsync(cancellationToken);
        var reviewed = (await db.DuplicateReviews.AsNoTracking().Select(r => new { r.FirstId, r.SecondId }).ToListAsync(cancellationToken))
            .Select(r => (r.FirstId, r.SecondId)).ToHashSet();
        return NearDuplicates.Find(candidates, reviewed);
    }

    /// <summary>Both are different qualifications: the pair leaves the list.</summary>
    public Task<bool> KeepAsync(int firstId, int secondId) => DecideAsync(firstId, secondId, DuplicateReview.Kept, null);

    /// <summary>
    /// <paramref name="mergedId"/> is the same qualification as <paramref name="keptId"/>: it is marked
    /// withdrawn and replaced by the kept record, never deleted.
    /// </summary>
    public Task<bool> MergeAsync(int keptId, int mergedId) => DecideAsync(keptId, mergedId, DuplicateReview.Merged, (keptId, mergedId));

    private async Task<bool> DecideAsync(int a, int b, string decision, (int Kept, int Merged)? merge)
    {
        var (first, second) = a < b ? (a, b) : (b, a);
        var pair = (await ListAsync()).FirstOrDefault(p => p.First.Id == first && p.Second.Id == second);
        if (pair is null)
        {
            return false; // not a listed pair: nothing to decide
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (merge is { } m)
        {
            var merged = await db.Qualifications.SingleAsync(q => q.Id == m.Merged);
            merged.ReplacedById = m.Kept;
            merged.Status = QualificationStatus.Withdrawn;
            merged.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }
        db.DuplicateReviews.Add(new DuplicateReview
        {
            FirstId = first,
            SecondId = second,
            Decision = decision,
            DecidedBy = actor.Name,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }
}
