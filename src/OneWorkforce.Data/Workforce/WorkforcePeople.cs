using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Workforce;

/// <summary>How many people in post have nothing recorded for a field.</summary>
public sealed record MissingField(string Column, string Label, int People);

/// <summary>
/// One organisation's people, one at a time: listed, added or changed through the same checks and merge as an
/// upload (a one-row file, channel "form"), erased, exported whole, and the data confirmed as correct at a date.
/// Every person-level view, export and change is written to the audit log.
/// </summary>
public sealed class WorkforcePeople(OneWorkforceDbContext db, WorkforceImport import, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] OptionalChecked = ["year_of_birth", "gender", "ethnicity", "disability", "highest_qualification_level", "induction_completed", "contracted_hours"];

    /// <summary>Everyone held for the organisation, in post first; the view is audited.</summary>
    public async Task<IReadOnlyList<Worker>> ListAsync(int areaId, int organisationId, string viewedAs, CancellationToken cancellationToken = default)
    {
        var people = await db.Workers.AsNoTracking().Where(w => w.OrganisationId == organisationId)
            .OrderBy(w => w.LeavingDate != null).ThenBy(w => w.StaffReference).ToListAsync(cancellationToken);
        audit.Record("workforce-people-view", "organisation", organisationId.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["as"] = new(null, viewedAs), ["people"] = new(null, people.Count.ToString(CultureInfo.InvariantCulture)) }, areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return people;
    }

    public Task<Worker?> FindAsync(int organisationId, string staffReference, CancellationToken cancellationToken = default) =>
        db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.OrganisationId == organisationId && w.StaffReference == staffReference, cancellationToken);

    /// <summary>For each field worth having, how many people in post have nothing recorded.</summary>
    public async Task<IReadOnlyList<MissingField>> MissingAsync(int organisationId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var inPost = db.Workers.AsNoTracking().Where(w => w.OrganisationId == organisationId && w.StartDate <= today && (w.LeavingDate == null || w.LeavingDate > today));
        var counts = new Dictionary<string, int>
        {
            ["year_of_birth"] = await inPost.CountAsync(w => w.YearOfBirth == null, cancellationToken),
            ["gender"] = await inPost.CountAsync(w => w.Gender == null, cancellationToken),
            ["ethnicity"] = await inPost.CountAsync(w => w.Ethnicity == null, cancellationToken),
            ["disability"] = await inPost.CountAsync(w => w.Disability == null, cancellationToken),
            ["highest_qualification_level"] = await inPost.CountAsync(w => w.HighestQualificationLevel == null, cancellationToken),
            ["induction_completed"] = await inPost.CountAsync(w => w.InductionCompleted == null, cancellationToken),
            ["contracted_hours"] = await inPost.CountAsync(w => w.ContractedHours == null, cancellationToken),
        };
        return OptionalChecked.Select(c => new MissingField(c, WorkforceStandard.Workers.Fields.Single(f => f.Column == c).Label, counts[c])).ToList();
    }

    /// <summary>Adds or changes one person through the upload's checks and merge; the messages say what is wrong when it is not saved.</summary>
    public async Task<(ImportOutcome Outcome, IReadOnlyList<UploadMessage> Messages)> SaveAsync(int areaId, int organisationId, string organisationReference,
        IReadOnlyDictionary<string, string> values, string actorId, bool dryRun, CancellationToken cancellationToken = default)
    {
        var row = WorkforceStandard.Workers.Fields.Select(f => f.Column == "organisation_reference" ? organisationReference : f.Column == "action" ? "" : values.GetValueOrDefault(f.Column, ""));
        var csv = TableFile.WriteCsv(WorkforceStandard.Workers.Header, [row.ToList()]);
        using var log = new UploadMessageLog();
        var request = new ImportRequest(areaId, organisationId, dryRun, [UploadSource.FromBytes("form", csv)], actorId, "form");
        var outcome = await import.RunAsync(request, log, null, cancellationToken);
        return (outcome, log.ReadAll().ToList());
    }

    /// <summary>Removes a person and their training records for good (the right to erasure); audited without their details.</summary>
    public async Task<bool> EraseAsync(int areaId, int organisationId, string staffReference, CancellationToken cancellationToken = default)
    {
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.OrganisationId == organisationId && w.StaffReference == staffReference, cancellationToken);
        if (worker is null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var training = await db.TrainingRecords.Where(t => t.WorkerId == worker.Id).ExecuteDeleteAsync(cancellationToken);
        db.Workers.Remove(worker);
        audit.Record("workforce-erase", "worker", worker.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["staff_reference"] = new(staffReference, null), ["training_records"] = new(training.ToString(CultureInfo.InvariantCulture), "0") },
            areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>All the organisation's people or training records, in the upload layout (so the file can be uploaded again); audited.</summary>
    public async Task<(IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows)> ExportAsync(int areaId, int organisationId, string organisationReference, string layout,
        CancellationToken cancellationToken = default)
    {
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        List<IReadOnlyList<string>> rows;
        if (layout == "training")
        {
            rows = (await db.TrainingRecords.AsNoTracking().Where(t => t.OrganisationId == organisationId).OrderBy(t => t.StaffReference).ThenBy(t => t.CompletedOn).ToListAsync(cancellationToken))
                .Select(t => (IReadOnlyList<string>)[organisationReference, t.StaffReference, t.Title, t.Topic, D(t.CompletedOn), t.Provider ?? "", t.SafeguardingLevel ?? "", t.Accredited ?? "", D(t.ExpiresOn), ""]).ToList();
        }
        else
        {
            rows = (await db.Workers.AsNoTracking().Where(w => w.OrganisationId == organisationId).OrderBy(w => w.StaffReference).ToListAsync(cancellationToken))
                .Select(w => (IReadOnlyList<string>)[organisationReference, w.StaffReference, w.Role, w.Contract, w.ContractedHours?.ToString(CultureInfo.InvariantCulture) ?? "",
                    D(w.StartDate), D(w.LeavingDate), w.LeavingReason ?? "", w.YearOfBirth?.ToString(CultureInfo.InvariantCulture) ?? "", w.Gender ?? "", w.Ethnicity ?? "",
                    w.Disability ?? "", w.HighestQualificationLevel ?? "", w.Apprenticeship ?? "", w.InductionCompleted ?? "", ""]).ToList();
        }
        audit.Record("workforce-export", "organisation", organisationId.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["file"] = new(null, layout), ["rows"] = new(null, rows.Count.ToString(CultureInfo.InvariantCulture)) }, areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        var header = layout == "training" ? WorkforceStandard.TrainingRecords.Header : WorkforceStandard.Workers.Header;
        return (header, rows);
    }

    /// <summary>A manager confirms the organisation's workforce data as correct at a date.</summary>
    public async Task ConfirmAsync(int organisationId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, cancellationToken);
        organisation.DataConfirmedOn = asAt;
        db.WorkforceSubmissions.Add(new WorkforceSubmission
        {
            AreaId = organisation.AreaId, OrganisationId = organisationId, Channel = "confirmation", StandardVersion = WorkforceStandard.Version,
            ConfirmedAsAt = asAt, ActorId = audit.ActorId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
