using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// What every qualifications file import does. Every row is checked first; if anything is wrong,
/// nothing is written and every problem is reported. Otherwise rows are matched by reference:
/// new ones added, changed ones updated, unchanged ones left alone, all in one transaction.
/// Importing the same file twice changes nothing the second time. Each format says only which
/// columns it needs and how to read a row.
/// </summary>
public abstract class QualificationFileImport(OneWorkforceDbContext db, TimeProvider clock)
{
    public abstract string Source { get; }
    protected abstract string FormatName { get; }
    protected abstract IReadOnlyList<string> RequiredColumns { get; }
    protected abstract string ReferenceColumn { get; }

    protected abstract (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field);

    public async Task<ImportSummary> ImportAsync(string fileName, byte[] content, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var (records, problems) = Check(TableFile.Read(fileName, content));
        if (problems.Count > 0)
        {
            return ImportSummary.Failed(problems);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var summary = await UpsertAsync(fileName, records, cancellationToken);
        if (!summary.Succeeded || dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return summary;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (await LinkNewReplacementsAsync(records, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }

    /// <summary>References named in Replaced By, each with its stored id (0 while it is only in the file being imported).</summary>
    private Dictionary<string, int> replacements = [];
    private Dictionary<string, Qualification> imported = [];

    /// <summary>Once new qualifications have ids, points the rows replaced by them at them.</summary>
    private async Task<bool> LinkNewReplacementsAsync(List<QualificationRecord> records, CancellationToken cancellationToken)
    {
        var pending = records.Where(r => r.ReplacedBy is not null && replacements.GetValueOrDefault(r.ReplacedBy) == 0).ToList();
        if (pending.Count == 0)
        {
            return false;
        }
        var refs = pending.Select(r => r.ReplacedBy!).Distinct().ToList();
        var ids = await db.Qualifications.Where(q => refs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id, cancellationToken);
        foreach (var record in pending)
        {
            imported[record.Reference].ReplacedById = ids[record.ReplacedBy!];
        }
        return true;
    }

    private (List<QualificationRecord> Records, List<ImportProblem> Problems) Check(CsvTable table)
    {
        var (records, problems) = CsvRecords.Read<QualificationRecord>(table, FormatName, RequiredColumns, ReadRow);
        problems.AddRange(CsvRecords.Repeats(table.FileName, records, r => r.Reference, r => r.Line, ReferenceColumn, "Qualification"));
        return (records, problems.OrderBy(p => p.Row).ToList());
    }

    private async Task<ImportSummary> UpsertAsync(string fileName, List<QualificationRecord> records, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var references = records.Select(r => r.Reference).ToList();
        var existing = await db.Qualifications.Include(q => q.AwardingBody)
            .Where(q => references.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, cancellationToken);
        var bodies = new AwardingBodyRegister(db);
        var identities = await ExistingIdentitiesAsync(references, records.Select(r => QualificationIdentity.NormaliseTitle(r.Title)).Distinct().ToList(), cancellationToken);
        var problems = new List<ImportProblem>();
        imported = [];
        var replacedBy = records.Where(r => r.ReplacedBy is not null).Select(r => r.ReplacedBy!).Distinct().ToList();
        replacements = await db.Qualifications.Where(q => replacedBy.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id, cancellationToken);
        foreach (var record in records.Where(r => r.ReplacedBy is not null && !replacements.ContainsKey(r.ReplacedBy)))
        {
            if (references.Contains(record.ReplacedBy!))
            {
                replacements[record.ReplacedBy!] = 0;
            }
            else
            {
                problems.Add(new ImportProblem(fileName, record.Line, "Replaced By", record.ReplacedBy!,
                    $"There is no qualification {record.ReplacedBy}. Give the reference of a stored qualification or of one in this file, or leave it empty"));
            }
        }
        int added = 0, updated = 0, unchanged = 0;
        foreach (var record in records)
        {
            var body = await bodies.ResolveAsync(record.AwardingBody, cancellationToken);
            var identity = QualificationIdentity.Key(record.Number, body.Key, record.Title, record.LevelCode, record.ValidFrom, record.ValidTo);
            if (identities.TryGetValue(identity, out var twin) && twin != record.Reference)
            {
                problems.Add(new ImportProblem(fileName, record.Line, ReferenceColumn, record.Reference,
                    $"This is the same qualification as {twin} (same {(record.Number is null ? "name, awarding organisation, level and dates" : "qualification number, name and dates")}). Use {twin}'s reference, or change the row"));
                continue;
            }
            identities[identity] = record.Reference;
            var ended = record.WithdrawnBySource
                        || (record.ValidTo is { } to && MonthYear.EndOfMonth(to) < today)
                        || (record.CertificationEnd is { } end && end < today);
            var status = ended ? QualificationStatus.Withdrawn : QualificationStatus.Current;
            var isNew = !existing.TryGetValue(record.Reference, out var qualification);
            if (isNew)
            {
                qualification = new Qualification
                {
                    Reference = record.Reference,
                    Title = record.Title,
                    TitleKey = "",
                    LevelCode = record.LevelCode,
                    AwardingBodyAsWritten = record.AwardingBody,
                    Status = status,
                    Source = Source,
                    VersionGroup = "",
                    CreatedAt = now.UtcDateTime,
                };
                db.Qualifications.Add(qualification);
                added++;
            }
            imported[record.Reference] = qualification!;
            var changed = Apply(qualification!, record, body, status, record.ReplacedBy is null ? null : replacements.GetValueOrDefault(record.ReplacedBy));
            if (changed)
            {
                qualification!.UpdatedAt = now.UtcDateTime;
            }
            if (!isNew && changed)
            {
                updated++;
            }
            else if (!isNew)
            {
                unchanged++;
            }
        }
        return problems.Count > 0 ? ImportSummary.Failed(problems) : new ImportSummary(added, updated, unchanged, []);
    }

    /// <summary>Copies the record's values onto the stored qualification; true when anything changed.</summary>
    private static bool Apply(Qualification q, QualificationRecord r, AwardingBody body, string status, int? replacedById)
    {
        var before = Snapshot(q, q.AwardingBody?.Key);
        if (r.Complete)
        {
            q.AgeFocus = r.AgeFocus;
            q.SourceUrl = r.SourceUrl;
            // 0: the replacement is new in this file; linked once it has an id.
            q.ReplacedById = replacedById == 0 ? q.ReplacedById : replacedById;
        }
        q.Number = r.Number;
        q.Title = r.Title;
        q.TitleKey = QualificationIdentity.NormaliseTitle(r.Title);
        q.LevelCode = r.LevelCode;
        q.AwardingBodyAsWritten = r.AwardingBody;
        q.AwardingBody = body;
        q.ValidFrom = r.ValidFrom;
        q.ValidTo = r.ValidTo;
        q.OperationalEnd = r.OperationalEnd;
        q.CertificationEnd = r.CertificationEnd;
        q.Credits = r.Credits;
        q.GuidedLearningHours = r.GuidedLearningHours;
        q.TotalQualificationTime = r.TotalQualificationTime;
        q.Notes = r.Notes;
        q.Status = status;
        q.VersionGroup = QualificationIdentity.VersionKey(r.Number, body.Key, r.Title, r.LevelCode);
        q.TypeCode = r.TypeCode ?? QualificationCodeLists.GuessType(r.Title);
        return before != Snapshot(q, body.Key) || replacedById == 0;
    }

    private static string Snapshot(Qualification q, string? bodyKey) => string.Join('\u001f',
        q.Number, q.Title, q.LevelCode, q.AwardingBodyAsWritten, bodyKey, q.ValidFrom, q.ValidTo, q.OperationalEnd, q.CertificationEnd,
        q.Credits, q.GuidedLearningHours, q.TotalQualificationTime, q.Notes, q.Status, q.VersionGroup, q.TypeCode, q.AgeFocus, q.SourceUrl,
        q.ReplacedById);

    /// <summary>
    /// Identity keys of stored qualifications other than the ones being imported, mapped to their references.
    /// Every identity key holds the normalised title, so only stored qualifications with one of the file's
    /// titles can clash: those are read (by the title index), not the whole catalogue.
    /// </summary>
    private async Task<Dictionary<string, string>> ExistingIdentitiesAsync(List<string> references, List<string> titleKeys, CancellationToken cancellationToken)
    {
        var others = await db.Qualifications.AsNoTracking()
            .Where(q => titleKeys.Contains(q.TitleKey) && !references.Contains(q.Reference))
            .Select(q => new { q.Reference, q.Number, BodyKey = q.AwardingBody!.Key, q.Title, q.LevelCode, q.ValidFrom, q.ValidTo })
            .ToListAsync(cancellationToken);
        var identities = new Dictionary<string, string>();
        foreach (var q in others)
        {
            identities[QualificationIdentity.Key(q.Number, q.BodyKey, q.Title, q.LevelCode, q.ValidFrom, q.ValidTo)] = q.Reference;
        }
        return identities;
    }
}
