using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Training;

/// <summary>Training records a manager enters by hand, with their evidence; audited like every change to a person's data.</summary>
public sealed class TrainingRecordEntry(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<(TrainingRecord? Added, FieldErrors Errors)> AddAsync(Worker worker, TrainingRecordInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = input.Validate(DateOnly.FromDateTime(now));
        if (errors.Any)
        {
            return (null, errors);
        }
        var record = input.ToRecord(worker, now);
        if (await db.TrainingRecords.AnyAsync(t => t.OrganisationId == worker.OrganisationId && t.StaffReference == worker.StaffReference
            && t.Title == record.Title && t.CompletedOn == record.CompletedOn, cancellationToken))
        {
            return (null, errors.Add("Title", "This person already has a record of this training on this date"));
        }
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("training-record-add", "Worker", worker.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange>
            {
                ["training"] = new(null, $"{record.Title} ({record.Topic}{(record.SafeguardingLevel is null ? "" : " level " + record.SafeguardingLevel)}) on {record.CompletedOn:yyyy-MM-dd}"),
                ["evidence"] = new(null, record.Evidence),
            }, worker.AreaId, worker.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (record, errors);
    }
}
