using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>Everything the qualification page and <c>GET /api/v1/qualifications/{ref}</c> show about one qualification.</summary>
public sealed record QualificationView(
    int Id, string Reference, string? Number, string Title, string Level, int? EqfLevel, string LevelName, string? Type,
    string AwardingBody, IReadOnlyList<string> AwardingBodyOtherNames, string AwardingBodyAsWritten,
    string Status, DateOnly? ValidFrom, DateOnly? ValidTo, int? Credits, int? GuidedLearningHours, int? TotalQualificationTime,
    string? Notes, string Source, IReadOnlyList<QualificationSummary> OtherVersions, string? ReplacedBy);

public sealed class QualificationDetails(OneWorkforceDbContext db)
{
    public async Task<QualificationView?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var key = reference.Trim().ToUpperInvariant();
        var q = await db.Qualifications.AsNoTracking().Include(x => x.AwardingBody).ThenInclude(b => b!.Aliases)
            .SingleOrDefaultAsync(x => x.Reference == key, cancellationToken);
        if (q is null)
        {
            return null;
        }
        var level = await db.Levels.AsNoTracking().SingleAsync(l => l.Code == q.LevelCode, cancellationToken);
        var versions = await db.Qualifications.AsNoTracking()
            .Where(x => x.VersionGroup == q.VersionGroup && x.Id != q.Id)
            .OrderBy(x => x.ValidFrom).ThenBy(x => x.Reference)
            .Select(x => new QualificationSummary(x.Reference, x.Number, x.Title, x.LevelCode, x.AwardingBody!.Name, x.Status, x.ValidFrom, x.ValidTo))
            .ToListAsync(cancellationToken);
        var replacedBy = q.ReplacedById is null ? null
            : await db.Qualifications.Where(x => x.Id == q.ReplacedById).Select(x => x.Reference).SingleAsync(cancellationToken);
        return new QualificationView(q.Id, q.Reference, q.Number, q.Title, q.LevelCode, level.EqfLevel, level.Name,
            q.TypeCode is null ? null : QualificationCodeLists.Types.LabelOf(q.TypeCode),
            q.AwardingBody!.Name, q.AwardingBody.Aliases.Select(a => a.Alias).Order().ToList(), q.AwardingBodyAsWritten,
            q.Status, q.ValidFrom, q.ValidTo, q.Credits, q.GuidedLearningHours, q.TotalQualificationTime, q.Notes, q.Source, versions, replacedBy);
    }
}
